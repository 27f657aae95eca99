/**
 * Stepwise work: the article stage's passes are generators that yield where they may pause, so
 * the content script can spread them over slices of main-thread time while Node and the
 * evaluators run the same code straight through.
 */

/** Runs `steps` to its end without pausing and returns its result. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps`, whose every yield is a place it may pause, yielding `mark` at those places
 * only when `due()` says the current slice is spent; returns its result (use with `yield*`).
 */
export function* pauseWhenDue<T, M>(
  steps: Generator<void, T>,
  due: () => boolean,
  mark: M,
): Generator<M, T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (due()) yield mark;
  }
}
