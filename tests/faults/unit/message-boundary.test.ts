/**
 * Fault: a hostile page or another extension tries to use Margin's messages to read or write
 * the reader's database. Only typed-contract messages from Margin's own contexts with checked
 * payloads get an answer, and the content script relays nothing from the page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backgroundChecks, contentChecks } from '../../../utils/message-checks';
import { serve, type BackgroundProtocol, type Handlers } from '../../../utils/messages';

const JUNK: unknown[] = [
  undefined,
  null,
  0,
  NaN,
  '',
  'x'.repeat(3_000_000),
  [],
  [1, 2],
  // (Inherited fields cannot arrive: messages are structured clones, prototypes are dropped.)
  JSON.parse('{"__proto__": {"text": "x"}}'),
  { text: { toString: () => 'x' } },
  { article: {}, highlight: {} },
  { id: 'a', expectedModified: Infinity, patch: {} },
  { id: 'a', expectedModified: 1, patch: { body: 'x', evil: true } },
  { claims: -1 },
  { claims: 1.5 },
  { articleId: 'x'.repeat(20_000) },
  { action: { type: 'site', off: 'yes' } },
  { name: 'x'.repeat(101) },
];

describe('the message boundary', () => {
  it('every payload check refuses junk without throwing', () => {
    for (const [type, check] of Object.entries({ ...backgroundChecks, ...contentChecks })) {
      for (const payload of JUNK) {
        let accepted = false;
        expect(() => (accepted = (check as (p: unknown) => boolean)(payload))).not.toThrow();
        // readingTabs and summary take an empty object; nothing in JUNK is one.
        expect(accepted, `${type} accepted ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
      }
    }
  });

  it('only Margin’s own contexts and known types get an answer', async () => {
    let ran = 0;
    const handlers = new Proxy({} as Handlers<BackgroundProtocol>, {
      get: (_t, key) => (key === 'listAnnotations' ? () => (ran++, []) : undefined),
      has: (_t, key) => key === 'listAnnotations',
      getOwnPropertyDescriptor: (_t, key) =>
        key === 'listAnnotations' ? { configurable: true, enumerable: true, value: 1 } : undefined,
    });
    const listener = serve(handlers, backgroundChecks, (sender) => sender.id === 'margin');
    const replies: unknown[] = [];
    const send = (message: unknown, sender: { id?: string }) =>
      listener(message, sender, (reply) => replies.push(reply));
    const good = { margin: 1, type: 'listAnnotations', payload: { articleId: 'a' } };
    expect(send(good, { id: 'other-extension' })).toBe(false);
    expect(send(good, {})).toBe(false);
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'dropDb']) {
      expect(send({ ...good, type }, { id: 'margin' })).toBe(false);
    }
    expect(send({ ...good, margin: 2 }, { id: 'margin' })).toBe(false);
    expect(ran).toBe(0);
    expect(send(good, { id: 'margin' })).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(ran).toBe(1);
  });

  it('the content script listens to no page channel (postMessage, DOM events) to relay', () => {
    const files = walk('entrypoints/content').concat(
      walk('entrypoints/reader.content'),
      walk('utils/highlight'),
      walk('utils/article'),
    );
    const offending: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (/addEventListener\(\s*(?:window|document|globalThis)?[^)]*['"]message['"]/.test(text)) {
        offending.push(`${file}: listens to "message"`);
      }
      if (/\bonmessage\s*=|\.postMessage\(/.test(text)) offending.push(`${file}: postMessage`);
      if (/onMessageExternal|onConnectExternal|externally_connectable/.test(text)) {
        offending.push(`${file}: external messaging`);
      }
    }
    expect(offending).toEqual([]);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
