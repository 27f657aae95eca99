/**
 * The article panel: the legend with switches, the article's actors ranked by mentions and
 * grouped by type, who said what, named versus unnamed sources, and the reader's notes that
 * changed or could not be placed. Props in, actions out.
 */
import { Fragment } from 'preact';
import type { PanelAction } from '../utils/messages';
import type { ActorType } from '../utils/nlp/types';
import type { ReadingSummary, SpeakerSummary } from '../utils/reading/summary';
import { strings } from './strings';

const r = strings.reading;
const TYPES: ActorType[] = ['person', 'organization', 'place', 'other'];
const LEGEND = Object.keys(r.legend) as (keyof typeof r.legend)[];

/** Props of {@link PanelApp}. */
export interface PanelAppProps {
  summary: ReadingSummary | null;
  onAction: (action: PanelAction) => void;
}

/** The whole panel for one tab. */
export function PanelApp({ summary, onAction }: PanelAppProps) {
  if (!summary) {
    return (
      <main>
        <h1>{r.panelTitle}</h1>
        <p class="empty">{r.noReading}</p>
      </main>
    );
  }
  const siteSwitch = (
    <button
      type="button"
      data-action="site"
      aria-pressed={summary.siteOff}
      onClick={() => onAction({ type: 'site', off: !summary.siteOff })}
    >
      {summary.siteOff ? r.turnOnSite : r.turnOffSite}
    </button>
  );
  if (summary.siteOff) {
    return (
      <main>
        <h1>{r.panelTitle}</h1>
        <p class="off">{r.siteOff}</p>
        {siteSwitch}
      </main>
    );
  }
  return (
    <main>
      <h1>{summary.title}</h1>
      {siteSwitch}
      <Legend summary={summary} onAction={onAction} />
      <section aria-labelledby="actors">
        <h2 id="actors">{r.actorsHeading(summary.actors.length)}</h2>
        {TYPES.map((type) => {
          const actors = summary.actors.filter((a) => a.type === type);
          if (actors.length === 0) return null;
          return (
            <div class="type-group" key={type}>
              <h3>
                <span class={`chip ${type}`} aria-hidden="true" /> {r.typeNames[type]}
              </h3>
              <ul class="actors">
                {actors.map((a) => (
                  <li key={a.id}>
                    <ActorLink id={a.id} name={a.name} mentions={a.mentions} onAction={onAction} />
                    {a.standIns.length > 0 && (
                      <span class="stand-ins">
                        , {r.alsoAs}{' '}
                        {a.standIns.map((m, i) => (
                          <Fragment key={m.id}>
                            {i > 0 && ', '}
                            <ActorLink {...m} onAction={onAction} />
                          </Fragment>
                        ))}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
      <section aria-labelledby="claims">
        <h2 id="claims">{r.whoSaidWhat(summary.claimCount)}</h2>
        <p class="sources">{r.sourceCounts(summary.sources.named, summary.sources.anonymous)}</p>
        {summary.speakers.map((s) => (
          <Speaker key={`${s.actorId ?? ''}:${s.name}`} speaker={s} onAction={onAction} />
        ))}
      </section>
      <Notes summary={summary} />
    </main>
  );
}

function Legend({ summary, onAction }: PanelAppProps & { summary: ReadingSummary }) {
  const allOn = !summary.hidden.includes('all');
  return (
    <section aria-labelledby="legend">
      <h2 id="legend">{r.highlightsHeading}</h2>
      <label class="switch">
        <input
          type="checkbox"
          name="all"
          checked={allOn}
          onChange={(e) =>
            onAction({ type: 'toggle', group: 'all', visible: e.currentTarget.checked })
          }
        />{' '}
        {r.showAll}
      </label>
      <ul class="legend">
        {LEGEND.map((group) => (
          <li key={group}>
            <label>
              <input
                type="checkbox"
                name={group}
                disabled={!allOn}
                checked={!summary.hidden.includes(group)}
                onChange={(e) =>
                  onAction({ type: 'toggle', group, visible: e.currentTarget.checked })
                }
              />{' '}
              <span class={`swatch ${group}`} aria-hidden="true">
                Ab
              </span>{' '}
              {r.legend[group]}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An actor's name, which shows its first mention in the page, and its mention count. */
function ActorLink(props: {
  id: string;
  name: string;
  mentions: number;
  onAction: PanelAppProps['onAction'];
}) {
  return (
    <>
      <button
        type="button"
        class="link"
        data-actor={props.id}
        title={r.showInPage(props.name)}
        onClick={() => props.onAction({ type: 'focus', kind: 'actor', id: props.id })}
      >
        {props.name}
      </button>{' '}
      <span class="count">{props.mentions}</span>
    </>
  );
}

function Speaker({
  speaker,
  onAction,
}: {
  speaker: SpeakerSummary;
  onAction: PanelAppProps['onAction'];
}) {
  const name = speaker.anonymous
    ? speaker.name
      ? `${speaker.name} (${r.anonymousSource.toLowerCase()})`
      : r.noSource
    : speaker.name;
  return (
    <div class={`speaker${speaker.anonymous ? ' anonymous' : ''}`}>
      <h3>
        {name} <span class="count">{speaker.claims.length}</span>
      </h3>
      <ul class="claims">
        {speaker.claims.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              class="link claim"
              data-claim={c.id}
              title={r.showInPage(c.cue)}
              onClick={() => onAction({ type: 'focus', kind: 'claim', id: c.id })}
            >
              <b>{c.cue}</b> {c.content}
            </button>{' '}
            <span class="kind">{r.kindWithFlags(r.kindNames[c.kind], c.negated, c.hedged)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Notes({ summary }: { summary: ReadingSummary }) {
  const changed = summary.notes.filter((n) => n.status === 'changed');
  const orphans = summary.notes.filter((n) => n.status === 'orphan');
  if (changed.length === 0 && orphans.length === 0) return null;
  return (
    <section aria-labelledby="notes" class="notes">
      <h2 id="notes">{r.notesHeading}</h2>
      {changed.length > 0 && (
        <>
          <h3>{r.changedHeading}</h3>
          <p>{r.changed}</p>
          <ul class="changed">
            {changed.map((n) => (
              <li key={n.id}>
                “{n.quote}” → “{n.now}” {n.note && <i>{n.note}</i>}
              </li>
            ))}
          </ul>
        </>
      )}
      {orphans.length > 0 && (
        <>
          <h3>{r.orphansHeading}</h3>
          <ul class="orphans">
            {orphans.map((n) => (
              <li key={n.id}>
                “{n.quote}” {n.note && <i>{n.note}</i>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
