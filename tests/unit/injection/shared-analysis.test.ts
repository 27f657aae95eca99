import { describe, expect, it } from 'vitest';
import { createSharedAnalysis } from '../../../utils/shared-analysis';

describe('createSharedAnalysis', () => {
  it('runs a started text once: the request for it joins the work, a second request runs anew', async () => {
    const runs: string[] = [];
    const shared = createSharedAnalysis((text: string) => {
      runs.push(text);
      return text.length;
    });
    shared.start('an article');
    shared.start('an article');
    expect(await shared.take('an article')).toBe(10);
    expect(runs).toEqual(['an article']);
    expect(await shared.take('an article')).toBe(10);
    expect(runs).toEqual(['an article', 'an article']);
  });

  it('runs a text nobody started after the ones started before it, each answered first', async () => {
    const runs: string[] = [];
    const shared = createSharedAnalysis((text: string) => {
      runs.push(text);
      return text;
    });
    shared.start('head');
    const head = shared.take('head').then((value) => [value, [...runs]] as const);
    const whole = shared.take('head and the rest');
    expect(runs).toEqual([]);
    expect(await head).toEqual(['head', ['head']]);
    expect(await whole).toBe('head and the rest');
    expect(runs).toEqual(['head', 'head and the rest']);
  });

  it('forgets a started text nobody claimed in time, and passes errors to the claimant', async () => {
    let now = 0;
    let runs = 0;
    const shared = createSharedAnalysis(
      (text: string) => {
        runs++;
        if (text === 'bad') throw new Error('no model');
        return runs;
      },
      () => now,
    );
    shared.start('old');
    await new Promise((resolve) => setTimeout(resolve, 0));
    now += 120_000;
    expect(await shared.take('old')).toBe(2);
    shared.start('bad');
    await expect(shared.take('bad')).rejects.toThrow('no model');
  });
});
