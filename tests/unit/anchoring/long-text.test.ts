// @vitest-environment node
// Anchoring is pure string work: no DOM needed, so no happy-dom start-up per file.
import { describe as suite, expect, it } from 'vitest';
import { anchor } from '../../../utils/anchoring/anchor';
import { describe } from '../../../utils/anchoring/describe';
import { SEED_TEXT, seededRandom, spanOf } from './seed';

// About a megabyte of article-like text that never repeats a sentence: random draws of the
// seed article's words, so a quote occurs once, as in a real page.
function megabyte(): string {
  const words = SEED_TEXT.split(/\s+/);
  const rand = seededRandom(3);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < 1_000_000) {
    const count = 40 + Math.floor(rand() * 80);
    const paragraph = Array.from({ length: count }, () => words[Math.floor(rand() * words.length)]);
    paragraphs.push(`${paragraph.join(' ')}.`);
    length += paragraphs[paragraphs.length - 1]!.length + 2;
  }
  return paragraphs.join('\n\n');
}

suite('long quotes', () => {
  // Three paragraphs, well over the length at which quotes are located by probes.
  const [start] = spanOf(SEED_TEXT, 'This pact is one of');
  const [, end] = spanOf(SEED_TEXT, 'a new level.');
  const selectors = describe(SEED_TEXT, start, end);

  it('is long enough to take the probe path', () => {
    expect(end - start).toBeGreaterThan(600);
  });

  it('follows a long quote that moved', () => {
    const edited = `Correction appended.\n\n${SEED_TEXT}`;
    expect(anchor(edited, selectors)).toMatchObject({
      status: 'moved',
      start: start + 22,
      end: end + 22,
    });
  });

  it('reports a sentence rewritten inside a long quote as changed, with the full span', () => {
    const before = 'a stance that shifted notably after Russia’s invasion of Ukraine';
    const after = 'a stance that did not change after the invasion';
    const edited = SEED_TEXT.replace(before, after);
    expect(edited).not.toBe(SEED_TEXT);
    const result = anchor(edited, selectors);
    expect(result).toMatchObject({
      status: 'changed',
      start,
      end: end + after.length - before.length,
    });
    expect(result.text).toContain(after);
  });

  it('still finds a long quote whose first and last words were edited', () => {
    const edited = SEED_TEXT.replace('This pact is one of', 'The pact is one of').replace(
      'to a new level.',
      'to a higher level.',
    );
    const result = anchor(edited, selectors);
    expect(result.status).toBe('changed');
    expect(result.start).toBe(start);
    expect(result.text?.endsWith('to a higher level.')).toBe(true);
  });

  it('makes an orphan of a long quote that was removed', () => {
    const edited = SEED_TEXT.slice(0, start) + SEED_TEXT.slice(end);
    expect(anchor(edited, selectors).status).toBe('orphan');
  });
});

suite('a megabyte of text (sanity bound, not a timing test)', () => {
  const text = megabyte();
  const at = text.indexOf('\n\n', text.length >> 1) + 2;
  const short = describe(text, at + 20, at + 80);
  const long = describe(text, at, at + 1500);

  it('anchors exact, moved, changed and orphaned quotes', { timeout: 60_000 }, () => {
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(anchor(text, short)).toMatchObject({ status: 'exact', start: at + 20 });
    expect(anchor(`Update.\n\n${text}`, short)).toMatchObject({ status: 'moved', start: at + 29 });

    const edited = text.slice(0, at + 40) + 'NEWWORD' + text.slice(at + 44);
    expect(anchor(edited, short)).toMatchObject({
      status: 'changed',
      start: at + 20,
      end: at + 83,
    });
    expect(anchor(edited, long)).toMatchObject({ status: 'changed', start: at, end: at + 1503 });

    const removed = text.slice(0, at) + text.slice(text.indexOf('\n\n', at + 1500));
    expect(anchor(removed, short).status).toBe('orphan');
    expect(anchor(removed, long).status).toBe('orphan');
  });
});
