import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../utils/nlp/types';
import { actorsOf } from './actors-helpers';

/** Every mention must slice back to its own text. */
function expectExactSpans(text: string, actors: Actor[]): void {
  for (const a of actors) {
    for (const m of a.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
}

const PARAGRAPH =
  'President Vladimir V. Putin of Russia met Kim Jong-un in Pyongyang, and Washington said the deal ' +
  'worried officials at the United Nations. Mr. Putin said he would return. ';

describe('findActors on bad input', () => {
  it('returns nothing for empty and blank text', () => {
    expect(actorsOf('')).toEqual([]);
    expect(actorsOf(' \n\n\t ')).toEqual([]);
  });

  it('handles 1 MB of text in time linear in its length', () => {
    const small = PARAGRAPH.repeat(600);
    const big = PARAGRAPH.repeat(6000);
    expect(big.length).toBeGreaterThan(1_000_000);
    actorsOf(small);
    let started = performance.now();
    actorsOf(small);
    const smallMs = performance.now() - started;
    started = performance.now();
    const actors = actorsOf(big);
    const bigMs = performance.now() - started;
    expect(bigMs).toBeLessThan(15_000);
    // Ten times the text may not cost much more than ten times the time (quadratic would be 100x).
    expect(bigMs).toBeLessThan(Math.max(40 * smallMs, 500));
    expect(actors.find((a) => a.name === 'Vladimir Putin')?.mentions.length).toBeGreaterThan(5000);
    expect(actors.length).toBeLessThan(30);
  }, 30_000);

  it('finds no garbage in scripts without letter case', () => {
    for (const text of [
      '北京市今天天气很好，我们去公园散步了。',
      'مرحبا بكم في الموقع. هذا نص عربي قصير.',
      'नमस्ते, आज मौसम अच्छा है।',
    ]) {
      expect(actorsOf(text)).toEqual([]);
    }
  });

  it('only flags capitalised words in other cased languages', () => {
    const text = 'Москва — столица России. Сегодня хорошая погода.';
    const actors = actorsOf(text);
    expectExactSpans(text, actors);
    for (const a of actors) for (const m of a.mentions) expect(m.text).toMatch(/^\p{Lu}/u);
  });

  it('reads an all-caps headline without flagging every word', () => {
    const text =
      'RUSSIA AND NORTH KOREA SIGN DEFENSE PACT AFTER PUTIN VISIT\n\nThe pact was signed on Wednesday.';
    const actors = actorsOf(text);
    expectExactSpans(text, actors);
    const names = actors.map((a) => a.name.toUpperCase());
    expect(names).toEqual(expect.arrayContaining(['RUSSIA', 'NORTH KOREA']));
    for (const word of ['SIGN', 'DEFENSE', 'PACT', 'AFTER', 'VISIT'])
      expect(names).not.toContain(word);
  });

  it('keeps UTF-16 offsets right around emoji and other astral characters', () => {
    const text =
      '🔥🔥 Breaking 𝐍𝐞𝐰𝐬 👉 President Vladimir V. Putin met Kim Jong-un 🇷🇺🇰🇵 in Pyongyang. 😀';
    const actors = actorsOf(text);
    expectExactSpans(text, actors);
    expect(actors.find((a) => a.name === 'Vladimir Putin')?.mentions[0]?.start).toBe(
      text.indexOf('Vladimir'),
    );
  });

  it('does not turn HTML entities or markup left in text into names', () => {
    const text =
      'Smith &amp; Wesson said &quot;no&quot; &#8212; the &lt;b&gt;deal&lt;/b&gt; fell through&nbsp;today.';
    const actors = actorsOf(text);
    expectExactSpans(text, actors);
    for (const a of actors)
      for (const m of a.mentions) expect(m.text).not.toMatch(/^(amp|quot|lt|gt|nbsp|b)$/);
  });

  it('survives one extremely long sentence', () => {
    const text = `${Array.from({ length: 20_000 }, (_, i) => (i % 50 === 0 ? 'Berlin' : 'and')).join(' ')}.`;
    const started = performance.now();
    const actors = actorsOf(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expectExactSpans(text, actors);
  });
});
