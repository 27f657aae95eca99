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
  openingNotes: 'Opening your saved notes…',
  updatingNotes:
    'Updating your saved notes… This happens once after an update and can take a few seconds; nothing is lost.',
  mentions: (n: number) => `${n} mention${n === 1 ? '' : 's'}`,
  // Navigation
  views: 'Views',
  libraryTab: 'Library',
  actorsTab: 'Actors',
  dataTab: 'Export & storage',
  settingsTab: 'Settings',
  // Library list
  libraryLabel: 'Saved articles',
  loadingRest: 'Loading the rest of your library…',
  thisPage: 'This page',
  counts: (notes: number, actors: number, claims: number) =>
    `${plural(notes, 'note')} · ${plural(actors, 'actor')} · ${plural(claims, 'claim')}`,
  readOn: 'Read',
  showAllItems: (notes: number, claims: number) =>
    notes === 0
      ? `Show all ${plural(claims, 'claim')}`
      : claims === 0
        ? `Show all ${plural(notes, 'note')}`
        : `Show all ${plural(notes, 'note')} and ${plural(claims, 'claim')}`,
  showFewerItems: 'Show fewer',
  moreActors: (n: number) => `+${n} more`,
  /** After a metonym's name on an actor chip: "Kremlin (for Russia)". */
  standsForShort: (name: string) => `(for ${name})`,
  loadingArticle: 'Loading…',
  loadingView: 'Loading…',
  noResults: 'Nothing matches this search and these filters.',
  results: (articles: number, items: number) =>
    `${plural(items, 'item')} in ${plural(articles, 'article')}`,
  keyboardHelp: 'j/k or arrows move, Enter opens, e edits, Delete deletes (undo for 8 seconds).',
  // Items
  kindLabel: { highlight: 'Highlight', actor: 'Actor', claim: 'Claim' },
  edit: 'Edit note',
  editNoteFor: (quote: string) => `Note on “${clip(quote)}”`,
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  open: 'Open in tab',
  copyCitation: 'Copy citation',
  copied: 'Citation copied.',
  copyFailed: 'Could not copy:',
  colour: 'Colour',
  colourNames: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' },
  noColour: 'None',
  status: 'Status',
  statusNames: {
    unverified: 'Unverified',
    checking: 'Checking',
    supported: 'Supported',
    disputed: 'Disputed',
  },
  unknownSpeaker: 'Unknown speaker',
  forget: 'Forget article',
  exportArticle: 'Export as Markdown',
  // Undo and errors
  deleted: 'Deleted.',
  forgotten: (title: string) => `Forgot “${clip(title)}”.`,
  undo: 'Undo',
  dismiss: 'Dismiss',
  writeFailed: 'Not saved, nothing was lost:',
  quotaExceeded:
    'The browser has no room left for Margin’s data. Free some disk space or forget old articles; what is already saved is safe.',
  staleEdit:
    'This note was changed elsewhere (another window or tab) since you opened it. Its current version is shown; your text is still in the editor.',
  missingEdit: 'This note was deleted elsewhere.',
  // Search and filters
  search: 'Search notes, quotes, titles and actors',
  searchPlaceholder: 'Search…',
  filters: 'Filters',
  clearFilters: 'Clear filters',
  any: 'Any',
  kind: 'Kind',
  actor: 'Actor',
  site: 'Site',
  from: 'From',
  to: 'To',
  // Actors view
  actorsFilter: 'Find an actor',
  actorClaims: (name: string, n: number) => `${name}: ${plural(n, 'claim')}`,
  inArticles: (n: number) => `in ${plural(n, 'article')}`,
  noClaims: 'No claims attributed to this actor in what you have read.',
  pickActor: 'Choose an actor to see every claim Margin attributed to it, newest first.',
  actorsTruncated: (shown: number, total: number) =>
    `Showing ${shown} of ${total} actors; type to narrow.`,
  // Export, import, storage
  exportHeading: 'Export',
  exportMarkdown: 'Markdown (everything)',
  exportJson: 'JSON (W3C Web Annotation)',
  exportCsv: 'CSV (one row per note)',
  importHeading: 'Import',
  importLabel: 'Import a Margin JSON export',
  imported: (added: number, skipped: number) =>
    `Imported ${plural(added, 'note')}; ${skipped} already here.`,
  storageHeading: 'Storage',
  storageUsed: (used: string, quota: string) => `${used} used of ${quota} available.`,
  storageUnknown: 'This browser does not say how much is stored.',
  storageCounts: (articles: number, annotations: number) =>
    `${plural(articles, 'article')}, ${plural(annotations, 'annotation')}.`,
  // Settings
  saveAutomatic: 'Save actors and claims Margin finds (your own notes are always saved)',
  pausedSites: 'Do not save them on these sites',
  addSite: 'Add site',
  siteInput: 'Site (e.g. example.com)',
  badSite: 'That is not a site name.',
  removeSite: (site: string) => `Stop pausing ${site}`,
  forgetHeading: 'Forget an article',
  forgetPick: 'Article',
  settingsSaved: 'Settings saved.',
  // In-page cards, notices and the article panel (issue 6)
  reading: {
    typeNames: { person: 'Person', organization: 'Organisation', place: 'Place', other: 'Other' },
    actorCard: (name: string) => `Actor: ${name}`,
    claimCard: 'Claim',
    noteCard: 'Your note',
    alsoCalled: 'Called here',
    alsoAs: 'also as',
    alsoAsFor: 'Also as (for its government)',
    standsFor: (name: string) => `Stands for ${name} here`,
    claimsHere: 'Claims here',
    noClaimsHere: 'No claims attributed here.',
    speaker: 'Speaker',
    cue: 'Cue',
    kindOfClaim: 'Kind',
    quoted: 'Quoted',
    quotedNames: { full: 'Direct quote', partial: 'Partly quoted', none: 'Paraphrase' },
    kindNames: {
      statement: 'Statement',
      allegation: 'Allegation',
      denial: 'Denial',
      accusation: 'Accusation',
      promise: 'Promise',
      belief: 'Belief',
      question: 'Question',
      other: 'Other',
    },
    /** After a claim's kind: what its words say of it, e.g. "Other, not said, hedged". */
    kindWithFlags: (kind: string, negated?: boolean, hedged?: boolean) =>
      [kind, claimFlags(negated, hedged)].filter(Boolean).join(', '),
    /** A saved claim's flags alone: "not said, hedged" (empty when it has none). */
    claimFlags: (negated?: boolean, hedged?: boolean) => claimFlags(negated, hedged),
    negatedHelp: 'The cue is negated: the speaker did not say or declined to say this.',
    hedgedHelp: 'The claim is hedged (“may”, “reportedly”, “possibly”).',
    saveClaim: 'Save claim',
    claimSaved: 'Saved to your notes',
    addNote: 'Add a note',
    setStatus: 'Status',
    needsSaving: 'Turn on saving actors and claims to set a status.',
    changed: 'The saved text changed since you saved it.',
    nowReads: 'It now reads:',
    notices: (changed: number, orphans: number) =>
      [
        changed
          ? `${plural(changed, 'saved note')}: the saved text changed since you saved it.`
          : '',
        orphans ? `${plural(orphans, 'saved note')} could not be placed on this page.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    openPanel: 'See the Margin panel for details.',
    colourLabel: 'Highlight colour',
    // Panel
    panelTitle: 'Margin: this article',
    noReading: 'No article in this tab. Open a news article and Margin will show who said what.',
    siteOff: 'Margin is off on this site.',
    turnOffSite: 'Margin off here',
    turnOnSite: 'Turn Margin on here',
    highlightsHeading: 'Highlights',
    showAll: 'All highlights',
    legend: {
      'margin-person': 'People',
      'margin-organization': 'Organisations',
      'margin-place': 'Places and governments',
      'margin-other': 'Other actors',
      'margin-cue': 'Claim cue (solid underline)',
      'margin-content': 'What was claimed (dotted underline)',
      'margin-note': 'Your highlights',
    },
    actorsHeading: (n: number) => `Actors (${n})`,
    whoSaidWhat: (n: number) => `Who said what (${plural(n, 'claim')})`,
    sourceCounts: (named: number, anonymous: number) =>
      `${named} from named sources, ${anonymous} from unnamed or no source`,
    anonymousSource: 'Unnamed source',
    noSource: 'No source given',
    notesHeading: 'Your notes here',
    orphansHeading: 'Notes that could not be placed',
    changedHeading: 'Changed since you saved them',
    showInPage: (what: string) => `Show in page: ${what}`,
  },
} as const;

function claimFlags(negated?: boolean, hedged?: boolean): string {
  return [negated ? 'not said' : '', hedged ? 'hedged' : ''].filter(Boolean).join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
