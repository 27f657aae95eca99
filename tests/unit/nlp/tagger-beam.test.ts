import { describe, expect, it } from 'vitest';
import { LinearModel, hashString, tagGreedy, type Allowed } from '../../../utils/nlp/tagger';
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
  const historyFeatures = (
    _i: number,
    p: number,
    _p2: number,
    sink: { addHash(h: number): void },
  ) => {
    if (p === 2) sink.addHash(hashString('after-B'));
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
      historyFeatures(i, i > 0 ? history[i - 1]! : 0, 0, sink);
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
