/**
 * Cards over the article: hovering an actor, a claim or a note shows what Margin knows about
 * it; keyboard commands step through the claims. Highlights fire no events, so the pointer is
 * hit-tested against an interval index of the reading's spans.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MarginCard } from '../../components/margin-card';
import { marginCardCss } from '../../components/margin-card-css';
import { rangeFromOffsets } from '../../utils/article/text-map';
import type { ClaimStatus } from '../../utils/db/schema';
import type { OffsetSpan } from '../../utils/highlight/groups';
import { highlightAt, offsetAtPoint } from '../../utils/highlight/hit-test';
import type { SpanIndex } from '../../utils/highlight/span-index';
import { askBackground } from '../../utils/messages';
import { cardData, claimRecord, indexReading, itemSpan, type Item } from './items';
import type { Layers } from './layers';
import { createOverlay } from './overlay';
import type { Reading } from './reader';

/** What the cards need from the rest of the content script. */
export interface CardDeps {
  current(): Reading | null;
  layers: Layers;
  /** Opens the note toolbar on a span. */
  openNote(span: OffsetSpan): void;
  /** Saves a span as the reader's highlight (when the claim was never stored). */
  saveSpan(span: OffsetSpan): Promise<void>;
}

/** The card controller of one page. */
export interface Cards {
  /** Shows the card of the next (+1) or previous (-1) claim, scrolled into view and focused. */
  step(direction: 1 | -1): void;
  /** Scrolls to an item, flashes it and shows its card. */
  focus(kind: 'claim' | 'actor', id: string): boolean;
  hide(): void;
}

/** Wires hover and keyboard cards for the page of `ctx`. */
export function createCards(ctx: ContentScriptContext, deps: CardDeps): Cards {
  const overlay = createOverlay(ctx, 'margin-card', marginCardCss);
  let indexed: { reading: Reading; index: SpanIndex<Item> } | null = null;
  let shown: Item | null = null;
  let stepAt = -1;
  let pending: number | undefined;
  let frame = false;
  let pointer = { x: 0, y: 0 };

  const index = (reading: Reading) => {
    if (indexed?.reading !== reading) indexed = { reading, index: indexReading(reading) };
    return indexed.index;
  };
  const hide = () => {
    shown = null;
    overlay.hide();
  };

  const show = (reading: Reading, item: Item, focus: boolean, message?: string) => {
    shown = item;
    const span = itemSpan(item);
    const rect = rangeFromOffsets(reading.map, span.start, span.end).getBoundingClientRect();
    const x = Math.max(8, Math.min(rect.left, window.innerWidth - 328));
    const below = rect.bottom + 6;
    const y = below + 220 > window.innerHeight ? Math.max(8, rect.top - 226) : below;
    const again = (msg?: string) => {
      if (shown === item && deps.current() === reading) show(reading, item, false, msg);
    };
    void overlay.show(
      <MarginCard
        data={cardData(reading, item, message)}
        at={{ x, y }}
        focus={focus}
        onClose={hide}
        onNote={() => {
          hide();
          deps.openNote(span);
        }}
        onSave={() => void saveClaim(reading, item, span).then(again)}
        onStatus={(status) => void setStatus(reading, item, status).then(again)}
      />,
    );
  };

  const saveClaim = async (reading: Reading, item: Item, span: OffsetSpan) => {
    if (item.kind !== 'claim') return undefined;
    const record = claimRecord(reading, item.claim);
    try {
      if (!record) return void (await deps.saveSpan(span));
      return await edit(reading, record.id, record.modified, {});
    } catch (error) {
      return String(error instanceof Error ? error.message : error);
    }
  };
  const setStatus = async (reading: Reading, item: Item, status: ClaimStatus) => {
    const record = item.kind === 'claim' ? claimRecord(reading, item.claim) : undefined;
    return record ? edit(reading, record.id, record.modified, { status }) : undefined;
  };

  const onPointer = (event: PointerEvent) => {
    // No cards while a button is down: the reader is selecting text.
    if (overlay.contains(event.target) || event.buttons !== 0) return;
    // One hit test a frame, at the pointer's latest position: the first position of a fast
    // sweep may lie over another actor, whose card would then open where the pointer is not.
    pointer = { x: event.clientX, y: event.clientY };
    if (frame) return;
    frame = true;
    requestAnimationFrame(() => {
      frame = false;
      const { x, y } = pointer;
      const reading = deps.current();
      if (!reading?.analysis) return;
      const hit =
        highlightAt(window, x, y) === false ? null : offsetAtPoint(document, reading.map, x, y);
      const item = hit === null ? undefined : index(reading).at(hit)[0]?.item;
      if (item && sameItem(item, shown)) return;
      window.clearTimeout(pending);
      // A short dwell, so sweeping the pointer across the text does not flicker cards.
      pending = window.setTimeout(
        () => (item ? show(reading, item, false) : hide()),
        item ? 180 : 400,
      );
    });
  };
  ctx.addEventListener(document, 'pointermove', onPointer, { passive: true });
  ctx.addEventListener(document, 'pointerdown', (event) => {
    if (!overlay.contains(event.target)) {
      window.clearTimeout(pending);
      hide();
    }
  });
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key === 'Escape' && overlay.open) hide();
  });
  ctx.onInvalidated(() => window.clearTimeout(pending));

  const reveal = (reading: Reading, item: Item) => {
    const span = itemSpan(item);
    const range = rangeFromOffsets(reading.map, span.start, span.end);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    deps.layers.flash(span);
    show(reading, item, true);
  };

  return {
    hide,
    step(direction) {
      const reading = deps.current();
      const claims = [...(reading?.analysis?.claims ?? [])].sort(
        (a, b) => a.cue.start - b.cue.start,
      );
      if (!reading || claims.length === 0) return;
      stepAt = (stepAt + direction + claims.length) % claims.length;
      reveal(reading, { kind: 'claim', claim: claims[stepAt]! });
    },
    focus(kind, id) {
      const reading = deps.current();
      const analysis = reading?.analysis;
      if (!reading || !analysis) return false;
      const item: Item | undefined =
        kind === 'claim'
          ? mapDefined(
              analysis.claims.find((c) => c.id === id),
              (claim) => ({ kind, claim }),
            )
          : mapDefined(
              analysis.actors.find((a) => a.id === id),
              (actor) => ({ kind, actor }),
            );
      if (!item) return false;
      reveal(reading, item);
      return true;
    },
  };
}

async function edit(
  reading: Reading,
  id: string,
  expectedModified: number,
  patch: { status?: ClaimStatus },
): Promise<string | undefined> {
  const result = await askBackground('editAnnotation', { id, expectedModified, patch });
  if (!result.ok) return `Not saved: ${result.error}`;
  const record = result.value;
  reading.records = reading.records.filter((r) => r.id !== record.id);
  const note = reading.notes.find((n) => n.record.id === record.id);
  if (note) note.record = record;
  else
    reading.notes.push({
      id: record.id,
      status: 'exact',
      quote: record.target.selector[0].exact,
      note: record.body,
      record,
    });
  return undefined;
}

function sameItem(a: Item, b: Item | null): boolean {
  if (!b || a.kind !== b.kind) return false;
  if (a.kind === 'actor') return a.actor === (b as typeof a).actor;
  if (a.kind === 'claim') return a.claim === (b as typeof a).claim;
  return a.note === (b as typeof a).note;
}

function mapDefined<T, U>(value: T | undefined, fn: (v: T) => U): U | undefined {
  return value === undefined ? undefined : fn(value);
}
