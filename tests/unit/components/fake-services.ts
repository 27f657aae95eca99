/** An in-memory PopupServices for component tests, recording what the popup asked for. */
import { vi } from 'vitest';
import type { PopupServices } from '../../../components/popup-services';
import type { AnnotationPatch } from '../../../utils/db/edits';
import { fromSummaries } from '../../../utils/db/library';
import type { AnnotationRecord, ArticleRecord } from '../../../utils/db/schema';
import { summarise } from '../../../utils/db/summaries';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';

/** Fake services over `articles` and `annotations`, both mutated as the popup writes. */
export function fakeServices(articles: ArticleRecord[], annotations: AnnotationRecord[]) {
  const store = new Map(annotations.map((a) => [a.id, a]));
  let settings: Settings = DEFAULT_SETTINGS;
  const listOf = (id: string) =>
    [...store.values()]
      .filter((n) => n.articleId === id)
      .sort((a, b) => a.target.selector[1].start - b.target.selector[1].start);
  const services = {
    listArticles: async () => [...articles].sort((a, b) => b.lastReadAt - a.lastReadAt),
    // As the repository does: from the articles' summaries (previews and counts).
    firstScreen: vi.fn(async (limit: number, alsoId?: string) => {
      const newest = [...articles].sort((a, b) => b.lastReadAt - a.lastReadAt);
      const chosen = newest.filter((a, i) => i < limit || a.id === alsoId);
      return fromSummaries(chosen.map((a) => summarise(a, listOf(a.id))));
    }),
    annotationsOf: vi.fn(async (ids: string[]) => new Map(ids.map((id) => [id, listOf(id)]))),
    loadAll: async (onBatch: (b: AnnotationRecord[]) => void | Promise<void>) =>
      onBatch([...store.values()]),
    nextFrame: async () => {},
    pause: async () => {},
    update: vi.fn(async (id: string, expected: number, patch: AnnotationPatch) => {
      const current = store.get(id);
      if (!current) return { ok: false as const, reason: 'missing' as const };
      if (current.modified !== expected)
        return { ok: false as const, reason: 'stale' as const, current };
      const { status, ...fields } = patch;
      const next = { ...current, ...fields, origin: 'user' as const, modified: expected + 1 };
      if (status && current.claim) next.claim = { ...current.claim, status };
      store.set(id, next);
      return { ok: true as const, value: next };
    }),
    remove: vi.fn(async (id: string) => {
      const current = store.get(id);
      store.delete(id);
      return current;
    }),
    restore: vi.fn(async (record: AnnotationRecord) => void store.set(record.id, record)),
    forget: vi.fn(async () => undefined),
    restoreArticle: vi.fn(async () => {}),
    importNotes: vi.fn(async () => ({ added: 0, skipped: 0 })),
    currentArticleId: async () => undefined as string | undefined,
    openUrl: vi.fn(),
    copy: vi.fn(async () => {}),
    download: vi.fn(),
    loadSettings: async () => settings,
    saveSettings: vi.fn(async (s: Settings) => void (settings = s)),
    estimate: async () => ({ usage: 2048, quota: 1 << 30 }),
  } satisfies PopupServices;
  return { services, store };
}
