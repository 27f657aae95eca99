/**
 * The one message contract between Margin's contexts. Content scripts and extension pages
 * ask the background; the background asks a tab's content script. Errors cross as values.
 */
import { browser } from 'wxt/browser';
import type { ArticleInput, AutoAnnotationInput } from './db/articles';
import type { HighlightInput } from './db/annotations';
import type { AnnotationPatch } from './db/edits';
import type { AnnotationRecord, ArticleRecord } from './db/schema';
import type { Analysis } from './nlp/types';
import { sendWithRetry } from './retry-send';
import type { ReadingSummary } from './reading/summary';

/** Requests the background answers, each with its payload and reply. */
export interface BackgroundProtocol {
  /** Runs the NLP stage on an article body. */
  analyze: { request: { text: string }; response: Analysis };
  /**
   * The always-on detector found an article: inject the reader into the sender's frame and
   * start analysing `text` meanwhile (the reader's `analyze` of the same text joins it).
   */
  openReader: { request: { text: string }; response: null };
  /**
   * Cheap signals say the sender's frame likely holds an article: inject the reader now, in
   * parallel with the detection (it sleeps until the detector hands it an article).
   */
  prepareReader: { request: Record<string, never>; response: null };
  /** The detector found an article while the reader is still being injected: analyse it. */
  analyzeAhead: { request: { text: string }; response: null };
  /** Records a reading of an article with its automatic annotations. */
  recordReading: {
    request: { article: ArticleInput; annotations: AutoAnnotationInput[] };
    response: ArticleRecord;
  };
  /** Saves the reader's highlight and note. */
  saveHighlight: {
    request: { article: ArticleInput; highlight: HighlightInput };
    response: AnnotationRecord;
  };
  /** Lists an article's saved annotations. */
  listAnnotations: { request: { articleId: string }; response: AnnotationRecord[] };
  /**
   * Edits one annotation (note, colour, claim status) if unchanged since `expectedModified`;
   * an edited automatic annotation becomes the reader's, which is how a claim is saved.
   */
  editAnnotation: {
    request: { id: string; expectedModified: number; patch: AnnotationPatch };
    response: AnnotationRecord;
  };
  /** The sender tab's reading finished: `claims` found (the toolbar badge), or null for none. */
  reportReading: { request: { claims: number | null; title?: string }; response: null };
  /** Tabs whose content script reported a reading, newest first (the panel's fallback). */
  readingTabs: { request: Record<string, never>; response: { tabId: number; title: string }[] };
}

/** What the article panel asks a tab's content script to do. */
export type PanelAction =
  | { type: 'focus'; kind: 'claim' | 'actor'; id: string }
  | { type: 'toggle'; group: string; visible: boolean }
  | { type: 'site'; off: boolean };

/** Requests a tab's content script answers. */
export interface ContentProtocol {
  /** A keyboard command the user pressed while the tab was active. */
  command: { request: { name: string }; response: null };
  /** The tab's reading as the article panel shows it, or null when there is none. */
  summary: { request: Record<string, never>; response: ReadingSummary | null };
  /** Something the reader did in the panel; answers with the updated summary. */
  panel: { request: { action: PanelAction }; response: ReadingSummary | null };
}

/** A reply: the value, or why there is none. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A message on the wire. */
export interface Envelope<P, K extends keyof P = keyof P> {
  margin: 1;
  type: K;
  payload: P[K] extends { request: infer R } ? R : never;
}

type Req<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
type Res<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;

/** Who sent a message: the extension context and, for content scripts, its tab. */
export interface Sender {
  id?: string;
  tab?: { id?: number };
  /** The frame of the sending content script (0 is the top frame). */
  frameId?: number;
  /** The URL of the sending frame. */
  url?: string;
}

/** Handlers for every request of a protocol. */
export type Handlers<P> = {
  [K in keyof P]: (payload: Req<P, K>, sender: Sender) => Promise<Res<P, K>> | Res<P, K>;
};

/** Payload checks, one per request type: a message that fails its check is refused. */
export type Validators<P> = { [K in keyof P]: (payload: unknown) => payload is Req<P, K> };

/** The largest article body Margin sends between contexts (characters). */
export const MAX_TEXT = 2_000_000;

/** Sends a request to the background and waits for its reply. */
export async function askBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: Req<BackgroundProtocol, K>,
): Promise<Result<Res<BackgroundProtocol, K>>> {
  // The same message (and so the same note) is sent again if the worker was stopping.
  // Analysis of a long article may take a while; everything else answers in well under 8 s.
  const timeoutMs = type === 'analyze' ? undefined : 8000;
  return toResult(
    sendWithRetry(() => browser.runtime.sendMessage({ margin: 1, type, payload }), { timeoutMs }),
  );
}

/** Sends a request to one tab's content script and waits for its reply. */
export async function askTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: Req<ContentProtocol, K>,
): Promise<Result<Res<ContentProtocol, K>>> {
  return toResult(browser.tabs.sendMessage(tabId, { margin: 1, type, payload }));
}

async function toResult<T>(reply: Promise<unknown>): Promise<Result<T>> {
  try {
    const value = (await reply) as Result<T> | undefined;
    if (!value || typeof value !== 'object' || !('ok' in value)) {
      return { ok: false, error: 'No answer from the extension. Reload the page and try again.' };
    }
    return value;
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

/** Turns anything thrown into a message fit to show a reader. */
export function errorMessage(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  // A full disk: say what it means and that nothing was half-saved (transactions roll back).
  if (name === 'QuotaExceededError') {
    return 'The browser’s storage is full, so nothing was saved. Free some disk space or forget old articles in Margin, then try again.';
  }
  if (error instanceof Error || error instanceof DOMException) {
    const text = error.message.trim();
    if (!text) return `${error.name || 'Error'} (no details)`;
    return error.name === 'Error' ? text : `${error.name}: ${text}`;
  }
  return String(error ?? 'Unknown error') || 'Unknown error';
}

/**
 * Builds a `runtime.onMessage` listener that answers the protocol's requests. Only messages
 * from this extension's own contexts with a known type and a valid payload are answered;
 * the reply goes through `sendResponse` (returning true keeps the channel open), which both
 * browsers support, instead of a returned promise, which Chrome does not.
 */
export function serve<P>(
  handlers: Handlers<P>,
  validators: Validators<P>,
  isTrustedSender: (sender: Sender) => boolean,
) {
  return (message: unknown, sender: Sender, sendResponse: (reply: unknown) => void) => {
    if (!isEnvelope(message) || !isTrustedSender(sender)) return false;
    const type = message.type as keyof P;
    if (!Object.hasOwn(handlers as object, type)) return false;
    if (!validators[type](message.payload)) {
      sendResponse({ ok: false, error: `Refused a malformed "${String(type)}" request.` });
      return false;
    }
    const handler = handlers[type] as (payload: unknown, sender: Sender) => unknown;
    Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: errorMessage(error) }),
      );
    return true;
  };
}

function isEnvelope(message: unknown): message is { margin: 1; type: string; payload: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { margin?: unknown }).margin === 1 &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}
