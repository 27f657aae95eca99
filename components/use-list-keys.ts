/**
 * Keyboard navigation through the virtual list: j/k or arrows move between rows (article
 * headings, notes, claims), Enter opens, `e` edits a note, Delete deletes (with undo). Rows
 * outside the rendered window are scrolled into it first, then focused once rendered.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { AnnotationRecord } from '../utils/db/schema';
import type { Entry } from '../utils/library/query';
import { cardItems, navKeys } from './card-items';
import type { Actions } from './use-actions';

/** What the list view wires up. */
export interface ListKeys {
  onKeyDown(event: KeyboardEvent): void;
  onFocusIn(event: FocusEvent): void;
  /** Call after each render of the list: focuses a row that was waiting to be rendered. */
  flush(): void;
  reveal: { index: number; seq: number } | undefined;
}

const SKIP = /^(INPUT|TEXTAREA|SELECT)$/;

/** Keyboard handling for `entries` inside `container`. */
export function useListKeys(
  container: { current: HTMLElement | null },
  entries: Entry[],
  expanded: Set<string>,
  actions: Actions,
  onEdit: (id: string) => void,
): ListKeys {
  const focusKey = useRef<string>();
  const pending = useRef<string>();
  const [reveal, setReveal] = useState<{ index: number; seq: number }>();

  const rowEl = (key: string) =>
    container.current?.querySelector<HTMLElement>(`[data-nav="${key.replace(/["\\]/g, '\\$&')}"]`);

  const flush = useCallback(() => {
    const key = pending.current;
    if (!key) return;
    const el = rowEl(key);
    if (el) {
      pending.current = undefined;
      el.focus();
    }
  }, []);

  const goTo = (key: string, entryIndex: number) => {
    focusKey.current = key;
    pending.current = key;
    setReveal((r) => ({ index: entryIndex, seq: (r?.seq ?? 0) + 1 }));
    flush();
  };

  const keysOf = (entry: Entry) =>
    navKeys(entry.article.id, cardItems(entry.annotations ?? [], expanded.has(entry.article.id)));

  const move = (from: HTMLElement | null, dir: 1 | -1) => {
    const articleId = from?.closest<HTMLElement>('[data-article]')?.dataset.article;
    const at = entries.findIndex((e) => e.article.id === articleId);
    if (at === -1) {
      if (entries[0]) goTo(`article:${entries[0].article.id}`, 0);
      return;
    }
    const keys = keysOf(entries[at]!);
    const pos = keys.indexOf(from?.closest<HTMLElement>('[data-nav]')?.dataset.nav ?? '');
    const next = pos + dir;
    if (next >= 0 && next < keys.length) return goTo(keys[next]!, at);
    const neighbour = entries[at + dir];
    if (!neighbour) return;
    const theirs = keysOf(neighbour);
    goTo(dir === 1 ? theirs[0]! : theirs[theirs.length - 1]!, at + dir);
  };

  const recordOf = (row: HTMLElement): [Entry, AnnotationRecord | undefined] | undefined => {
    const articleId = row.closest<HTMLElement>('[data-article]')?.dataset.article;
    const entry = entries.find((e) => e.article.id === articleId);
    if (!entry) return undefined;
    const id = row.dataset.nav?.startsWith('item:') ? row.dataset.nav.slice(5) : undefined;
    return [entry, id ? entry.annotations?.find((a) => a.id === id) : undefined];
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (SKIP.test(target.tagName) || event.altKey || event.ctrlKey || event.metaKey) return;
    const row = target.closest<HTMLElement>('[data-nav]');
    const key = event.key;
    if (key === 'j' || key === 'ArrowDown' || key === 'k' || key === 'ArrowUp') {
      event.preventDefault();
      move(row, key === 'j' || key === 'ArrowDown' ? 1 : -1);
      return;
    }
    if (!row || row !== target) return;
    const found = recordOf(row);
    if (!found) return;
    const [entry, record] = found;
    if (key === 'Enter') {
      event.preventDefault();
      actions.open(entry.article, record);
    } else if (key === 'Delete' && record) {
      event.preventDefault();
      move(row, 1);
      void actions.remove(record);
    } else if (key === 'e' && record?.origin === 'user') {
      event.preventDefault();
      onEdit(record.id);
    }
  };

  const onFocusIn = (event: FocusEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-nav]');
    if (row) focusKey.current = row.dataset.nav;
  };

  return { onKeyDown, onFocusIn, flush, reveal };
}
