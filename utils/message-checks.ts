/**
 * Payload checks for the background's requests. Messages cross a trust boundary (a content
 * script lives in a page a stranger wrote), so every field is checked for type and size.
 */
import {
  MAX_TEXT,
  type BackgroundProtocol,
  type ContentProtocol,
  type PanelAction,
  type Validators,
} from './messages';

const MAX_FIELD = 10_000;
const MAX_NOTE = 100_000;
const MAX_ANNOTATIONS = 5_000;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = MAX_FIELD): v is string =>
  typeof v === 'string' && v.length <= max;
const optStr = (v: unknown, max = MAX_FIELD) => v === undefined || isStr(v, max);
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isUuid = (v: unknown) =>
  typeof v === 'string' && /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/.test(v);

function isTarget(v: unknown): boolean {
  if (!isObj(v) || !isStr(v.source) || !Array.isArray(v.selector) || v.selector.length !== 2) {
    return false;
  }
  const [quote, position] = v.selector as unknown[];
  return (
    isObj(quote) &&
    quote.type === 'TextQuoteSelector' &&
    isStr(quote.exact, MAX_NOTE) &&
    isStr(quote.prefix) &&
    isStr(quote.suffix) &&
    isObj(position) &&
    position.type === 'TextPositionSelector' &&
    isOffset(position.start) &&
    isOffset(position.end) &&
    (position.start as number) <= (position.end as number)
  );
}

function isArticle(v: unknown): boolean {
  return (
    isObj(v) &&
    isStr(v.id) &&
    v.id.length > 0 &&
    isStr(v.url) &&
    isStr(v.title) &&
    ['canonicalUrl', 'siteName', 'byline', 'published', 'modified', 'lang'].every((k) =>
      optStr(v[k]),
    )
  );
}

function isAutoAnnotation(v: unknown): boolean {
  if (!isObj(v) || !isTarget(v.target)) return false;
  if (v.kind === 'actor') return isObj(v.actor) && isStr(v.actor.name) && isStr(v.actor.type);
  if (v.kind === 'claim') return isObj(v.claim) && isStr(v.claim.kind) && isStr(v.claim.cue);
  return false;
}

const COLOURS = new Set(['yellow', 'green', 'blue', 'pink']);
const STATUSES = new Set(['unverified', 'checking', 'supported', 'disputed']);

function isPatch(v: unknown): boolean {
  return (
    isObj(v) &&
    Object.keys(v).every((k) => ['body', 'colour', 'status'].includes(k)) &&
    optStr(v.body, MAX_NOTE) &&
    (v.colour === undefined || COLOURS.has(v.colour as string)) &&
    (v.status === undefined || STATUSES.has(v.status as string))
  );
}

function isPanelAction(v: unknown): v is PanelAction {
  if (!isObj(v)) return false;
  if (v.type === 'focus') return (v.kind === 'claim' || v.kind === 'actor') && isStr(v.id, 200);
  if (v.type === 'toggle') return isStr(v.group, 100) && typeof v.visible === 'boolean';
  if (v.type === 'site') return typeof v.off === 'boolean';
  return false;
}

const isEmpty = (p: unknown): p is Record<string, never> => isObj(p) && Object.keys(p).length === 0;

/** The checks the background runs on each request before its handler sees it. */
export const backgroundChecks: Validators<BackgroundProtocol> = {
  analyze: (p): p is { text: string } => isObj(p) && isStr(p.text, MAX_TEXT),
  openReader: (p): p is { text: string } => isObj(p) && isStr(p.text, MAX_TEXT),
  prepareReader: isEmpty,
  analyzeAhead: (p): p is { text: string } => isObj(p) && isStr(p.text, MAX_TEXT),
  recordReading: (p): p is BackgroundProtocol['recordReading']['request'] =>
    isObj(p) &&
    isArticle(p.article) &&
    Array.isArray(p.annotations) &&
    p.annotations.length <= MAX_ANNOTATIONS &&
    p.annotations.every(isAutoAnnotation),
  saveHighlight: (p): p is BackgroundProtocol['saveHighlight']['request'] =>
    isObj(p) &&
    isArticle(p.article) &&
    isObj(p.highlight) &&
    isTarget(p.highlight.target) &&
    isStr(p.highlight.body, MAX_NOTE) &&
    COLOURS.has(p.highlight.colour as string) &&
    (p.highlight.id === undefined || isUuid(p.highlight.id)),
  listAnnotations: (p): p is { articleId: string } => isObj(p) && isStr(p.articleId),
  editAnnotation: (p): p is BackgroundProtocol['editAnnotation']['request'] =>
    isObj(p) && isStr(p.id, 200) && Number.isFinite(p.expectedModified) && isPatch(p.patch),
  reportReading: (p): p is BackgroundProtocol['reportReading']['request'] =>
    isObj(p) &&
    (p.claims === null || (Number.isInteger(p.claims) && (p.claims as number) >= 0)) &&
    optStr(p.title),
  readingTabs: isEmpty,
};

/** The checks a content script runs on requests from the background and the panel. */
export const contentChecks: Validators<ContentProtocol> = {
  command: (p): p is { name: string } => isObj(p) && isStr(p.name, 100),
  summary: isEmpty,
  panel: (p): p is { action: PanelAction } => isObj(p) && isPanelAction(p.action),
};
