/**
 * Builds a TextMap while the body is walked: collapses whitespace the way a browser renders
 * it, separates blocks with a blank line, and records for every character the live Text node
 * and offset it came from.
 */
import type { TextMap, TextMapSegment } from './types';

const WORD = /[^ \t\n\r\f]+/g;

interface Pending {
  node: Text;
  offset: number;
  real: boolean;
}

/** Accumulates text runs and block breaks into one body string with its segment map. */
export class TextMapBuilder {
  private parts: string[] = [];
  private segments: TextMapSegment[] = [];
  private length = 0;
  private lastNode: Text | null = null;
  private lastOffset = 0;
  private pendingSpace: Pending | null = null;
  private pendingBreak: '' | '\n' | '\n\n' = '';
  private blockHasText = false;

  /** Current body length in UTF-16 code units. */
  get size(): number {
    return this.length;
  }

  /** Ends the current block: the next text starts after a blank line. */
  breakBlock(): void {
    if (this.blockHasText) this.pendingBreak = '\n\n';
    this.blockHasText = false;
    this.pendingSpace = null;
  }

  /** A `<br>`: the next text starts on a new line of the same block. */
  breakLine(): void {
    if (this.blockHasText && this.pendingBreak === '') this.pendingBreak = '\n';
    this.pendingSpace = null;
  }

  /** Appends a text node; `pre` keeps its whitespace as is. */
  appendText(node: Text, pre: boolean): void {
    const data = node.data;
    if (pre) {
      if (data.length > 0) this.emitReal(node, 0, data);
      return;
    }
    let prevEnd = 0;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(data); m !== null; m = WORD.exec(data)) {
      if (m.index > prevEnd && this.blockHasText && !this.pendingSpace) {
        this.pendingSpace = { node, offset: prevEnd, real: data[prevEnd] === ' ' };
      }
      this.emitReal(node, m.index, m[0]);
      prevEnd = m.index + m[0].length;
    }
    if (prevEnd < data.length && this.blockHasText && !this.pendingSpace) {
      this.pendingSpace = { node, offset: prevEnd, real: data[prevEnd] === ' ' };
    }
  }

  private emitReal(node: Text, offset: number, s: string): void {
    if (this.pendingBreak && this.length > 0 && this.lastNode) {
      this.push(this.pendingBreak, this.lastNode, this.lastOffset, true);
    } else if (this.pendingSpace) {
      const p = this.pendingSpace;
      this.push(' ', p.node, p.offset, !p.real);
    }
    this.pendingBreak = '';
    this.pendingSpace = null;
    this.push(s, node, offset, false);
    this.blockHasText = true;
    this.lastNode = node;
    this.lastOffset = offset + s.length;
  }

  private push(s: string, node: Text, nodeOffset: number, synthetic: boolean): void {
    const start = this.length;
    const end = start + s.length;
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      !synthetic &&
      !last.synthetic &&
      last.node === node &&
      last.nodeOffset + (last.end - last.start) === nodeOffset
    ) {
      last.end = end;
    } else {
      const seg: TextMapSegment = { start, end, node, nodeOffset };
      if (synthetic) seg.synthetic = true;
      this.segments.push(seg);
    }
    this.parts.push(s);
    this.length = end;
  }

  /** The finished map; the builder should not be used afterwards. */
  finish(): TextMap {
    return { text: this.parts.join(''), segments: this.segments };
  }
}
