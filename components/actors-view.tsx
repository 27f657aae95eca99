/** "What has this actor said before": actors across all saved articles and their claims. */
import { useMemo, useState } from 'preact/hooks';
import { actorKey } from '../utils/library/fold';
import type { ActorSummary } from '../utils/library/actors';
import { siteOf } from '../utils/library/library-state';
import { strings } from './strings';
import type { Actions } from './use-actions';

/** Props of {@link ActorsView}. */
export interface ActorsViewProps {
  actors: ActorSummary[];
  actions: Actions;
}

const SHOWN = 150;

/** A filterable actor list; choosing one lists its claims, newest first, each linking back. */
export function ActorsView({ actors, actions }: ActorsViewProps) {
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string>();
  const matching = useMemo(() => {
    const key = actorKey(filter);
    return key ? actors.filter((a) => a.key.includes(key)) : actors;
  }, [actors, filter]);
  const actor = actors.find((a) => a.key === chosen);

  return (
    <section class="actors-view" aria-label={strings.actorsTab}>
      <input
        type="search"
        class="search"
        value={filter}
        aria-label={strings.actorsFilter}
        placeholder={strings.actorsFilter}
        onInput={(event) => setFilter((event.currentTarget as HTMLInputElement).value)}
      />
      {matching.length > SHOWN && (
        <p class="summary">{strings.actorsTruncated(SHOWN, matching.length)}</p>
      )}
      <ul class="actor-list" aria-label={strings.actors}>
        {matching.slice(0, SHOWN).map((a) => (
          <li key={a.key}>
            <button
              type="button"
              class={`actor-button ${a.type ?? 'other'}`}
              aria-pressed={a.key === chosen}
              onClick={() => setChosen(a.key === chosen ? undefined : a.key)}
            >
              {a.name} <span class="muted">({a.claims.length})</span>
            </button>
          </li>
        ))}
      </ul>
      {actor ? (
        <section
          class="actor-claims"
          aria-label={strings.actorClaims(actor.name, actor.claims.length)}
        >
          <h2>{strings.actorClaims(actor.name, actor.claims.length)}</h2>
          <p class="muted">{strings.inArticles(actor.articleCount)}</p>
          {actor.claims.length === 0 && <p>{strings.noClaims}</p>}
          <ul>
            {actor.claims.map(({ annotation, article }) => (
              <li key={annotation.id} class="item claim">
                <p class="claim-line">
                  <em>{annotation.claim!.cue}</em> {annotation.claim!.content}
                </p>
                <a
                  href={article.url}
                  onClick={(event) => {
                    event.preventDefault();
                    actions.open(article, annotation);
                  }}
                >
                  {article.title}
                </a>{' '}
                <span class="muted">
                  {siteOf(article)}, {new Date(article.lastReadAt).toLocaleDateString()}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p class="muted">{strings.pickActor}</p>
      )}
    </section>
  );
}
