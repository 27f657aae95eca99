import { describe, expect, it } from 'vitest';
import {
  FeatureBuffer,
  LinearModel,
  hashString,
  tagGreedy,
  type Allowed,
} from '../../../utils/nlp/tagger';
import { tagBeams } from '../../../utils/nlp/tagger/beam';

/**
 * A hand-made model over labels O, A, B where greedy decoding is misled: at position 0 "A"
 * scores a little more than "B", but only "B" may be followed by the label worth most at
 * position 1.
 */
function trap() {
  const model = new LinearModel(['O', 'A', 'B'], 16, 1);
  model.setRow(hashString('w0'), [0, 3, 2]);
  model.setRow(hashString('w1'), [0, 1, 0]);
  model.setRow(hashString('after-B'), [0, 10, 0]);
  const words = ['w0', 'w1'];
  const staticFeatures = (i: number, sink: { addHash(h: number): void }) => {
    sink.addHash(hashString(words[i]!));
    return true;
  };
  const historyFeatures = {
    pair: () => {},
    prev: (_i: number, p: number, sink: { addHash(h: number): void }) => {
      if (p === 2) sink.addHash(hashString('after-B'));
    },
  };
  return { model, staticFeatures, historyFeatures };
}

describe('beam decoding', () => {
  it('finds the better sequence that greedy decoding commits away from', () => {
    const { model, staticFeatures, historyFeatures } = trap();
    const [greedy, beam] = tagBeams(model, 2, staticFeatures, historyFeatures, undefined, [1, 4]);
    expect(Array.from(greedy!)).toEqual([1, 1]);
    expect(Array.from(beam!)).toEqual([2, 1]);
  });

  it('at width 1 is greedy decoding, constraints included', () => {
    const { model, staticFeatures, historyFeatures } = trap();
    const features = (i: number, history: Int32Array, sink: { addHash(h: number): void }) => {
      staticFeatures(i, sink);
      historyFeatures.prev(i, i > 0 ? history[i - 1]! : 0, sink);
    };
    const noB: Allowed = (_i, _prev, label) => label !== 2;
    for (const allowed of [undefined, noB]) {
      const [one] = tagBeams(model, 2, staticFeatures, historyFeatures, allowed, [1]);
      expect(Array.from(one!)).toEqual(Array.from(tagGreedy(model, 2, features, allowed)));
    }
  });

  it('tags a skipped position "O" and keeps going', () => {
    const { model, historyFeatures } = trap();
    const skipFirst = (i: number, sink: { addHash(h: number): void }) => {
      if (i === 0) return false;
      sink.addHash(hashString('w1'));
      return true;
    };
    const [beam] = tagBeams(model, 2, skipFirst, historyFeatures, undefined, [4]);
    expect(Array.from(beam!)).toEqual([0, 1]);
  });
});

/** A small random model and feature functions with label-pair, previous-label and static parts. */
function randomTask(seed: number, n: number, length: number) {
  let x = seed;
  const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32) * 2 - 1;
  const model = new LinearModel(['O', 'A', 'B', 'C'].slice(0, n), 512, 0.25);
  const row = () => Array.from({ length: n }, () => Math.round(rand() * 40));
  const word = (i: number) => hashString(`w${i}`);
  for (let i = 0; i < length; i++) model.setRow(word(i), row());
  for (let p = 0; p < n; p++) {
    for (let i = 0; i < length; i++) model.setRow(hashString(`prev${p}w${i}`), row());
    for (let p2 = 0; p2 < n; p2++) model.setRow(hashString(`pair${p}${p2}`), row());
  }
  // Every fifth position is skipped (tagged "O" unscored), as the role tagger skips tokens.
  const staticFeatures = (i: number, sink: { addHash(h: number): void }) => {
    if (i % 5 === 3) return false;
    sink.addHash(word(i));
    return true;
  };
  const historyFeatures = {
    pair: (p: number, p2: number, sink: { addHash(h: number): void }) =>
      sink.addHash(hashString(`pair${p}${p2}`)),
    prev: (i: number, p: number, sink: { addHash(h: number): void }) =>
      sink.addHash(hashString(`prev${p}w${i}`)),
  };
  // Every feature of the two parts, summed the long way.
  const score = (labels: number[]) => {
    let total = 0;
    for (let i = 0; i < length; i++) {
      if (!staticFeatures(i, { addHash: () => {} })) continue;
      const p = i > 0 ? labels[i - 1]! : 0;
      const p2 = i > 1 ? labels[i - 2]! : 0;
      const scores = new Float64Array(n);
      const buffer = new FeatureBuffer();
      staticFeatures(i, buffer);
      historyFeatures.pair(p, p2, buffer);
      historyFeatures.prev(i, p, buffer);
      model.score(buffer, scores);
      total += scores[labels[i]!]!;
    }
    return total;
  };
  return { model, staticFeatures, historyFeatures, score };
}

describe('beam decoding with cached history scores', () => {
  it('is exact search when the beam holds every pair of last labels', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const n = 3;
      const length = 6;
      const { model, staticFeatures, historyFeatures, score } = randomTask(seed, n, length);
      const noCAfterA: Allowed = (_i, prev, label) => !(prev === 1 && label === 2);
      const [found] = tagBeams(model, length, staticFeatures, historyFeatures, noCAfterA, [16]);
      let best = -Infinity;
      for (let code = 0; code < n ** length; code++) {
        const labels = Array.from({ length }, (_, i) => Math.floor(code / n ** i) % n);
        // Skipped positions are "O"; a forbidden pair anywhere else rules the sequence out.
        if (labels.some((l, i) => !staticFeatures(i, { addHash: () => {} }) && l !== 0)) continue;
        if (labels.some((l, i) => !noCAfterA(i, i > 0 ? labels[i - 1]! : -1, l))) continue;
        best = Math.max(best, score(labels));
      }
      expect(score(Array.from(found!))).toBe(best);
    }
  });

  it('at width 1 matches greedy decoding over the same features', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const { model, staticFeatures, historyFeatures } = randomTask(seed, 4, 12);
      const features = (i: number, history: Int32Array, sink: { addHash(h: number): void }) => {
        if (!staticFeatures(i, sink)) return;
        const p = i > 0 ? history[i - 1]! : 0;
        historyFeatures.pair(p, i > 1 ? history[i - 2]! : 0, sink);
        historyFeatures.prev(i, p, sink);
      };
      const [one] = tagBeams(model, 12, staticFeatures, historyFeatures, undefined, [1, 3]);
      expect(Array.from(one!)).toEqual(Array.from(tagGreedy(model, 12, features)));
    }
  });

  it('scores a feature stored after the model was first used', () => {
    const model = new LinearModel(['O', 'A'], 16, 1);
    const buffer = new FeatureBuffer();
    buffer.addHash(hashString('late'));
    const out = new Float64Array(2);
    model.score(buffer, out);
    expect(Array.from(out)).toEqual([0, 0]);
    model.setRow(hashString('late'), [0, 5]);
    model.score(buffer, out);
    expect(Array.from(out)).toEqual([0, 5]);
  });
});
