import { describe, expect, it } from 'vitest';
import { pauseWhenDue, runSteps } from '../../../utils/article/steps';

/** Three places to pause, then 42. */
function* work(): Generator<void, number> {
  yield;
  yield;
  yield;
  return 42;
}

describe('runSteps', () => {
  it('runs a stepwise pass to its end and returns its result', () => {
    expect(runSteps(work())).toBe(42);
  });
});

describe('pauseWhenDue', () => {
  it('pauses only at the places where the slice is spent', () => {
    const spent = [false, true, false];
    const outer = pauseWhenDue(work(), () => spent.shift() ?? false, 'pause');
    const marks: string[] = [];
    let step = outer.next();
    for (; !step.done; step = outer.next()) marks.push(step.value);
    expect(marks).toEqual(['pause']);
    expect(step.value).toBe(42);
  });

  it('never pauses when the slice is never spent', () => {
    expect(runSteps(pauseWhenDue(work(), () => false, 'pause'))).toBe(42);
  });
});
