/** How far (in sentences) a quotation's continuation may sit from its cue: after / before it. */
export const MAX_SENTENCES_AFTER = 6;
/** See MAX_SENTENCES_AFTER: a quoted paragraph may also come just before its cue. */
export const MAX_SENTENCES_BEFORE = 2;
