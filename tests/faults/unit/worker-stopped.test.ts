/**
 * Fault: the background (MV3 service worker, Firefox event page) is gone in the middle of a
 * save. The content script must send the same note again, and a save that did reach the
 * database before the worker died must not be stored twice.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listAnnotations } from '../../../utils/db/annotations';
import { backgroundChecks } from '../../../utils/message-checks';
import { askBackground } from '../../../utils/messages';
import { isReceiverGone, sendWithRetry } from '../../../utils/retry-send';
import { useFreshDb } from '../../unit/db/fresh-db';
import { deliver } from './background';

useFreshDb();
afterEach(() => vi.restoreAllMocks());

const NOT_THERE = 'Could not establish connection. Receiving end does not exist.';
const PORT_CLOSED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

const article = { id: 'https://news.example.org/a', url: 'https://news.example.org/a', title: 'A' };
const note = 'Check this against the minutes — “verbatim”, 1 €';
function payload() {
  return {
    article,
    highlight: {
      target: {
        source: article.id,
        selector: [
          { type: 'TextQuoteSelector' as const, exact: 'the treaty', prefix: 'p', suffix: 's' },
          { type: 'TextPositionSelector' as const, start: 10, end: 20 },
        ] as [never, never],
      },
      body: note,
      colour: 'yellow' as const,
      id: crypto.randomUUID(),
    },
  };
}

describe('background stopped mid-save', () => {
  it('sends the same note again when the worker was not there', async () => {
    const sent: unknown[] = [];
    let calls = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(structuredClone(message));
      if (++calls === 1) throw new Error(NOT_THERE);
      return deliver(message) as never;
    });
    const request = payload();
    const reply = await askBackground('saveHighlight', request);
    expect(reply.ok).toBe(true);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    const stored = await listAnnotations(article.id);
    expect(stored.map((a) => a.body)).toEqual([note]);
  });

  it('stores a note once when the worker saved it but died before answering', async () => {
    let calls = 0;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const answer = await deliver(message);
      if (++calls === 1) throw new Error(PORT_CLOSED);
      return answer as never;
    });
    const reply = await askBackground('saveHighlight', payload());
    expect(reply.ok).toBe(true);
    expect(calls).toBe(2);
    expect((await listAnnotations(article.id)).map((a) => a.body)).toEqual([note]);
  });

  it('gives up after three attempts with a message the reader sees', async () => {
    const spy = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValue(new Error(NOT_THERE));
    const reply = await askBackground('saveHighlight', payload());
    expect(spy).toHaveBeenCalledTimes(3);
    expect(reply).toEqual({ ok: false, error: NOT_THERE });
  });

  it('never retries a refusal or an invalidated extension context', async () => {
    expect(isReceiverGone(new Error('Extension context invalidated.'))).toBe(false);
    expect(isReceiverGone(new Error('QuotaExceededError'))).toBe(false);
    expect(isReceiverGone(new Error(PORT_CLOSED))).toBe(true);
    let calls = 0;
    await expect(
      sendWithRetry(async () => {
        calls++;
        throw new Error('Extension context invalidated.');
      }),
    ).rejects.toThrow('invalidated');
    expect(calls).toBe(1);
  });

  it('refuses a save whose id is not a UUID (the id is the dedup key, so it is checked)', async () => {
    const bad = payload();
    (bad.highlight as { id: string }).id = '../../etc';
    expect(backgroundChecks.saveHighlight(bad)).toBe(false);
    expect(backgroundChecks.saveHighlight(payload())).toBe(true);
  });
});

describe('a background that never answers', () => {
  it('is asked again after the timeout, and the note is stored once', async () => {
    let calls = 0;
    const answer = await sendWithRetry(
      async () => {
        calls++;
        if (calls === 1) return new Promise<string>(() => {});
        return 'saved';
      },
      { timeoutMs: 50, delayMs: 1 },
    );
    expect(answer).toBe('saved');
    expect(calls).toBe(2);
  });
});
