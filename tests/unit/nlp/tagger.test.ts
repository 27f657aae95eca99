import { describe, expect, it } from 'vitest';
import {
  PerceptronTrainer,
  deserializeModel,
  hashFeature,
  serializeModel,
  tagGreedy,
  type FeatureFn,
} from '../../../utils/nlp/tagger';
import { fromBase64, toBase64 } from '../../../utils/nlp/tagger/base64';

// A toy task: tag capitalised words after "the" as NAME, everything else O.
const SENTENCES = [
  'we met the Smith family at the Park',
  'the dog saw the Cat and the bird',
  'a Tree fell on the House near the river',
  'the Jones twins and the Brown dog ran',
];
const LABELS = ['O', 'NAME'];

function sequence(sentence: string) {
  const words = sentence.split(' ');
  const gold = words.map((w, i) => (i > 0 && words[i - 1] === 'the' && /^[A-Z]/.test(w) ? 1 : 0));
  const features: FeatureFn = (i, history, f) => {
    f.add('w', words[i]!.toLowerCase());
    f.add('cap', String(/^[A-Z]/.test(words[i]!)));
    f.add('prev', i > 0 ? words[i - 1]! : '<s>');
    f.add('y-1', String(i > 0 ? history[i - 1] : -1));
  };
  return { words, gold, features };
}

function train() {
  const trainer = new PerceptronTrainer(LABELS);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const s of SENTENCES.map(sequence))
      trainer.trainGreedy(s.words.length, s.gold, s.features);
  }
  return trainer.average(1, 0.01);
}

describe('averaged perceptron tagger', () => {
  it('learns a pattern it was not given as a rule and generalises to new words', () => {
    const model = train();
    const s = sequence('they saw the Green car and the Wall');
    expect(Array.from(tagGreedy(model, s.words.length, s.features))).toEqual(s.gold);
    expect(s.gold.filter(Boolean)).toHaveLength(2);
  });

  it('serialises to JSON and back without changing a decision', () => {
    const model = train();
    const restored = deserializeModel(JSON.parse(JSON.stringify(serializeModel(model))));
    expect(restored.size).toBeGreaterThan(0);
    for (const s of [...SENTENCES, 'the Red fox met a Dog'].map(sequence)) {
      expect(Array.from(tagGreedy(restored, s.words.length, s.features))).toEqual(
        Array.from(tagGreedy(model, s.words.length, s.features)),
      );
    }
  });

  it('respects a hard constraint on label sequences', () => {
    const model = train();
    const s = sequence('the Smith family');
    const never = () => false;
    expect(Array.from(tagGreedy(model, s.words.length, s.features, never))).toEqual([0, 0, 0]);
  });

  it('key filter passes every stored feature and rejects most others', () => {
    const model = train();
    const bits = 12;
    const filter = model.keyFilter(bits);
    const passes = (hash: number) => {
      const low = (hash || 1) & (2 ** bits - 1);
      return (filter[low >>> 5]! & (1 << (low & 31))) !== 0;
    };
    let stored = 0;
    model.forEachRow((hash) => {
      stored++;
      expect(passes(hash)).toBe(true);
    });
    expect(stored).toBeGreaterThan(0);
    const unknown = Array.from({ length: 1000 }, (_, i) => hashFeature('never', String(i)));
    expect(unknown.filter(passes).length).toBeLessThan(500);
  });

  it('hashes features stably and distinguishes key from value', () => {
    expect(hashFeature('w', 'the')).toBe(hashFeature('w', 'the'));
    expect(hashFeature('w', 'the')).not.toBe(hashFeature('p', 'the'));
    expect(hashFeature('ab', 'c')).not.toBe(hashFeature('a', 'bc'));
  });

  it('round-trips bytes through base64', () => {
    for (const length of [0, 1, 2, 3, 4, 255, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(Array.from(fromBase64(text))).toEqual(Array.from(bytes));
    }
  });
});
