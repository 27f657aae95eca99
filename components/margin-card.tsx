/**
 * The card shown over an actor, a claim or a saved note in the page. Rendered in a shadow
 * root by the content script; announced to screen readers through a live region.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ActorType, ClaimKind } from '../utils/nlp/types';
import type { ClaimStatus } from '../utils/db/schema';
import { strings } from './strings';

const r = strings.reading;
const STATUSES: ClaimStatus[] = ['unverified', 'checking', 'supported', 'disputed'];

/** What a card shows, told apart by `kind`. */
export type CardData =
  | {
      kind: 'actor';
      name: string;
      type: ActorType;
      aliases: string[];
      mentions: number;
      /** For a metonym: the actor it stands for here ("Washington": United States). */
      standsFor?: string;
      /** The metonyms that stand for this actor here ("Moscow", "Kremlin" for Russia). */
      standIns?: string[];
      claims: { cue: string; content?: string }[];
    }
  | {
      kind: 'claim';
      speaker?: string;
      cue: string;
      claimKind: ClaimKind;
      quoted: 'full' | 'partial' | 'none';
      /** The cue is negated ("did not clarify", "declined to say"). */
      negated?: boolean;
      /** The claim is hedged ("may", "reportedly"). */
      hedged?: boolean;
      content?: string;
      /** Null when the claim was not stored (saving automatic finds is off). */
      status: ClaimStatus | null;
      saved: boolean;
      message?: string;
    }
  | { kind: 'note'; quote: string; note: string; changed: boolean; now?: string };

/** Props of {@link MarginCard}. */
export interface MarginCardProps {
  data: CardData;
  /** Viewport position of the card's top-left corner. */
  at: { x: number; y: number };
  /** Move the keyboard focus into the card (keyboard navigation). */
  focus?: boolean;
  onSave?: () => void;
  onNote?: () => void;
  onStatus?: (status: ClaimStatus) => void;
  onClose: () => void;
}

/** One card; Escape closes it. */
export function MarginCard({
  data,
  at,
  focus,
  onSave,
  onNote,
  onStatus,
  onClose,
}: MarginCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, data]);
  const label =
    data.kind === 'actor'
      ? r.actorCard(data.name)
      : data.kind === 'claim'
        ? r.claimCard
        : r.noteCard;
  return (
    <div
      ref={ref}
      class="card"
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      style={{ left: `${at.x}px`, top: `${at.y}px` }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div aria-live="polite" aria-atomic="true">
        {data.kind === 'actor' && <ActorBody data={data} />}
        {data.kind === 'claim' && <ClaimBody data={data} />}
        {data.kind === 'note' && <NoteBody data={data} />}
      </div>
      {data.kind === 'claim' && (
        <div class="actions">
          <button type="button" data-action="save-claim" disabled={data.saved} onClick={onSave}>
            {data.saved ? r.claimSaved : r.saveClaim}
          </button>
          <button type="button" data-action="note" onClick={onNote}>
            {r.addNote}
          </button>
          <label>
            {r.setStatus}{' '}
            <select
              name="status"
              disabled={data.status === null}
              title={data.status === null ? r.needsSaving : undefined}
              value={data.status ?? 'unverified'}
              onChange={(e) => onStatus?.(e.currentTarget.value as ClaimStatus)}
            >
              {STATUSES.map((s) => (
                <option value={s} key={s}>
                  {strings.statusNames[s]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {data.kind === 'claim' && data.message && (
        <p role="status" class="message">
          {data.message}
        </p>
      )}
      <button
        type="button"
        class="close"
        data-action="close"
        aria-label={strings.close}
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}

function ActorBody({ data }: { data: Extract<CardData, { kind: 'actor' }> }) {
  return (
    <>
      <h2 class="name">{data.name}</h2>
      <p class="meta">
        <span class={`type ${data.type}`}>{r.typeNames[data.type]}</span> ·{' '}
        {strings.mentions(data.mentions)}
      </p>
      {data.standsFor && <p class="stands-for">{r.standsFor(data.standsFor)}</p>}
      {data.aliases.length > 0 && (
        <p class="aliases">
          {r.alsoCalled}: {data.aliases.map((a) => `“${a}”`).join(', ')}
        </p>
      )}
      {data.standIns && data.standIns.length > 0 && (
        <p class="aliases">
          {r.alsoAsFor}: {data.standIns.join(', ')}
        </p>
      )}
      <h3>{r.claimsHere}</h3>
      {data.claims.length === 0 ? (
        <p class="empty">{r.noClaimsHere}</p>
      ) : (
        <ul class="claims">
          {data.claims.map((c, i) => (
            <li key={i}>
              <b>{c.cue}</b> {c.content}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ClaimBody({ data }: { data: Extract<CardData, { kind: 'claim' }> }) {
  return (
    <>
      <h2 class="name">{data.speaker || strings.unknownSpeaker}</h2>
      <dl>
        <dt>{r.cue}</dt>
        <dd class="cue">{data.cue}</dd>
        <dt>{r.kindOfClaim}</dt>
        <dd class="kind">
          {r.kindWithFlags(r.kindNames[data.claimKind], data.negated, data.hedged)}
        </dd>
        <dt>{r.quoted}</dt>
        <dd class="quoted">{r.quotedNames[data.quoted]}</dd>
      </dl>
      {data.negated && <p class="flag">{r.negatedHelp}</p>}
      {data.hedged && <p class="flag">{r.hedgedHelp}</p>}
      {data.content && <blockquote>{data.content}</blockquote>}
    </>
  );
}

function NoteBody({ data }: { data: Extract<CardData, { kind: 'note' }> }) {
  return (
    <>
      <blockquote>{data.quote}</blockquote>
      {data.note && <p class="note">{data.note}</p>}
      {data.changed && (
        <p class="changed">
          {r.changed} {data.now && `${r.nowReads} “${data.now}”`}
        </p>
      )}
    </>
  );
}
