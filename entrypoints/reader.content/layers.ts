/**
 * The painted layers of one reading: the spans of every highlight group, which groups the
 * reader has switched off, and a short flash to show where something is. Spans are kept as
 * offsets, so switching a group back on repaints it from the text map.
 */
import { rangeFromOffsets } from '../../utils/article/text-map';
import type { TextMap } from '../../utils/article/types';
import { GROUP_PRIORITY, type GroupName, type OffsetSpan } from '../../utils/highlight/groups';
import type { Painter } from '../../utils/highlight/painter';

/** Every group, and one switch for all of them. */
export const ALL = 'all';

/** The highlight layers of the current reading. */
export interface Layers {
  /** Replaces every group's spans (a new reading). */
  set(map: TextMap, groups: Map<GroupName, OffsetSpan[]>): void;
  /** Adds one span to a group (a note just saved). */
  add(group: GroupName, span: OffsetSpan): void;
  /** Shows or hides one group, or `all`. */
  setVisible(group: string, visible: boolean): void;
  /** The groups switched off. */
  hidden(): string[];
  /** Paints a span briefly on top of everything, to show where it is. */
  flash(span: OffsetSpan): void;
  /** Removes every paint (the switches are kept for the next reading). */
  clear(): void;
}

/** Layers painted by `painter`. */
export function createLayers(painter: Painter, setTimer: (fn: () => void, ms: number) => void) {
  let map: TextMap | null = null;
  let groups = new Map<GroupName, OffsetSpan[]>();
  const off = new Set<string>();

  const paint = (group: GroupName) => {
    const spans = groups.get(group) ?? [];
    if (!map || off.has(ALL) || off.has(group) || spans.length === 0) {
      painter.clear(group);
      return;
    }
    const m = map;
    painter.paint(
      group,
      spans.map((s) => rangeFromOffsets(m, s.start, s.end)),
      GROUP_PRIORITY[group],
    );
  };
  const repaintAll = () => {
    for (const group of groups.keys()) paint(group);
  };

  const layers: Layers = {
    set(nextMap, nextGroups) {
      painter.clearAll();
      map = nextMap;
      groups = new Map(nextGroups);
      repaintAll();
    },
    add(group, span) {
      groups.set(group, [...(groups.get(group) ?? []), span]);
      paint(group);
    },
    setVisible(group, visible) {
      if (visible) off.delete(group);
      else off.add(group);
      if (group === ALL && visible) off.clear();
      repaintAll();
    },
    hidden: () => [...off],
    flash(span) {
      if (!map) return;
      painter.paint('margin-flash', [rangeFromOffsets(map, span.start, span.end)], 50);
      setTimer(() => painter.clear('margin-flash'), 1600);
    },
    clear() {
      painter.clearAll();
      map = null;
      groups = new Map();
    },
  };
  return layers;
}
