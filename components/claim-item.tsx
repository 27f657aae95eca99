/** One claim Margin found: speaker, cue, content, and the reader's verdict on it. */
import type { AnnotationRecord, ClaimStatus } from '../utils/db/schema';
import type { ItemHandlers } from './item-handlers';
import { ItemActions } from './item-actions';
import { strings } from './strings';

const STATUSES: ClaimStatus[] = ['unverified', 'checking', 'supported', 'disputed'];

/** The reader's verdict on a claim, saved as soon as it changes. */
export function StatusSelect(props: { annotation: AnnotationRecord; handlers: ItemHandlers }) {
  const { annotation, handlers } = props;
  const status = annotation.claim!.status;
  return (
    <select
      class={`status status-${status}`}
      value={status}
      aria-label={strings.status}
      onChange={(event) =>
        void handlers.edit(annotation, {
          status: (event.currentTarget as HTMLSelectElement).value as ClaimStatus,
        })
      }
    >
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {strings.statusNames[s]}
        </option>
      ))}
    </select>
  );
}

/** Props of {@link ClaimItem}. */
export interface ClaimItemProps {
  claim: AnnotationRecord;
  handlers: ItemHandlers;
}

/** Renders a claim row; all page text through JSX. */
export function ClaimItem({ claim, handlers }: ClaimItemProps) {
  const data = claim.claim!;
  return (
    <li class="item claim" data-nav={`item:${claim.id}`} tabIndex={-1}>
      <p class="claim-line">
        <strong>{data.speaker ?? strings.unknownSpeaker}</strong> <em>{data.cue}</em>{' '}
        {(data.negated || data.hedged) && (
          <span class="claim-flags">
            ({strings.reading.claimFlags(data.negated, data.hedged)}){' '}
          </span>
        )}
        {data.content}
      </p>
      <div class="item-controls">
        <StatusSelect annotation={claim} handlers={handlers} />
        <ItemActions annotation={claim} handlers={handlers} />
      </div>
    </li>
  );
}
