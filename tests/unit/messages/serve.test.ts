import { describe, expect, it, vi } from 'vitest';
import { backgroundChecks } from '../../../utils/message-checks';
import { serve, type BackgroundProtocol, type Handlers } from '../../../utils/messages';

// Only the handlers these tests call; the rest of the protocol is not under test here.
const handlers = {
  analyze: ({ text }) => ({ actors: [], claims: [{ id: text } as never] }),
  recordReading: () => {
    throw new Error('disk full');
  },
  saveHighlight: () => ({}) as never,
  listAnnotations: async () => [],
} as Partial<Handlers<BackgroundProtocol>> as Handlers<BackgroundProtocol>;

const own = { id: 'margin@self' };
const listener = serve(handlers, backgroundChecks, (sender) => sender.id === own.id);

function call(message: unknown, sender = own) {
  return new Promise<{ kept: boolean; reply: unknown }>((resolve) => {
    let kept = false;
    const sendResponse = (reply: unknown) => resolve({ kept, reply });
    kept = listener(message, sender, sendResponse) as boolean;
    if (!kept) setTimeout(() => resolve({ kept, reply: undefined }), 10);
  });
}

describe('serve', () => {
  it('answers a valid request through sendResponse and keeps the channel open', async () => {
    const { kept, reply } = await call({ margin: 1, type: 'analyze', payload: { text: 'x' } });
    expect(kept).toBe(true);
    expect(reply).toEqual({ ok: true, value: { actors: [], claims: [{ id: 'x' }] } });
  });

  it('turns a thrown error into an error value', async () => {
    const article = { id: 'a', url: 'a', title: 't' };
    const { reply } = await call({
      margin: 1,
      type: 'recordReading',
      payload: { article, annotations: [] },
    });
    expect(reply).toEqual({ ok: false, error: 'disk full' });
  });

  it('ignores messages from other extensions, unknown types and foreign shapes', async () => {
    expect(
      (await call({ margin: 1, type: 'analyze', payload: { text: 'x' } }, { id: 'evil' })).reply,
    ).toBeUndefined();
    expect((await call({ margin: 1, type: 'dropDatabase', payload: {} })).reply).toBeUndefined();
    expect((await call({ margin: 1, type: 'toString', payload: {} })).reply).toBeUndefined();
    expect((await call({ type: 'analyze', payload: { text: 'x' } })).reply).toBeUndefined();
    expect((await call('analyze')).reply).toBeUndefined();
  });

  it('refuses payloads of the wrong shape or size', async () => {
    const bad = [
      { margin: 1, type: 'analyze', payload: { text: 42 } },
      { margin: 1, type: 'analyze', payload: { text: 'x'.repeat(2_000_001) } },
      { margin: 1, type: 'listAnnotations', payload: {} },
      {
        margin: 1,
        type: 'saveHighlight',
        payload: {
          article: { id: 'a', url: 'a', title: 't' },
          highlight: { body: 'n', colour: 'red' },
        },
      },
    ];
    for (const message of bad) {
      const { reply } = await call(message);
      expect(reply).toMatchObject({ ok: false });
    }
  });

  it('does not call the handler for a refused payload', async () => {
    const spy = vi.fn();
    const guarded = serve({ ...handlers, listAnnotations: spy }, backgroundChecks, () => true);
    guarded({ margin: 1, type: 'listAnnotations', payload: { articleId: 7 } }, own, () => {});
    expect(spy).not.toHaveBeenCalled();
  });
});
