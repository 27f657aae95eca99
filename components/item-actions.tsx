/** The buttons every item row has: open at the quote, copy as citation, delete. */
import type { AnnotationRecord } from '../utils/db/schema';
import type { ItemHandlers } from './item-handlers';
import { strings } from './strings';

/** Props of {@link ItemActions}. */
export interface ItemActionsProps {
  annotation: AnnotationRecord;
  handlers: ItemHandlers;
}

/** Open, copy and delete buttons for one annotation. */
export function ItemActions({ annotation, handlers }: ItemActionsProps) {
  return (
    <>
      <button type="button" class="open" onClick={() => handlers.open(annotation)}>
        {strings.open}
      </button>
      <button type="button" class="copy" onClick={() => handlers.copy(annotation)}>
        {strings.copyCitation}
      </button>
      <button type="button" class="delete" onClick={() => handlers.remove(annotation)}>
        {strings.delete}
      </button>
    </>
  );
}
