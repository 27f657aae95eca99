/** Every string Margin shows a reader, in one place so the UI can be translated later. */
export const strings = {
  toolbarLabel: 'Margin: save a highlight',
  notePlaceholder: 'Add a note (optional)',
  noteLabel: 'Note',
  saveHighlight: 'Save highlight',
  close: 'Close',
  saving: 'Saving…',
  saved: 'Saved',
  saveFailed: 'Not saved:',
  popupTitle: 'Margin',
  noArticles: 'Nothing saved yet. Open a news article and Margin will keep what it finds here.',
  actors: 'Actors',
  claims: 'Claims',
  notes: 'Your notes',
  loadFailed: 'Could not read your saved notes:',
  mentions: (n: number) => `${n} mention${n === 1 ? '' : 's'}`,
} as const;
