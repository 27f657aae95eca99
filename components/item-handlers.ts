/** The callbacks an item row gets, already bound to its article. */
import type { AnnotationPatch } from '../utils/db/edits';
import type { AnnotationRecord } from '../utils/db/schema';

/** What an item row can ask for. */
export interface ItemHandlers {
  /** Resolves true when the edit was stored. */
  edit(record: AnnotationRecord, patch: AnnotationPatch): Promise<boolean>;
  remove(record: AnnotationRecord): void;
  open(record: AnnotationRecord): void;
  copy(record: AnnotationRecord): void;
}
