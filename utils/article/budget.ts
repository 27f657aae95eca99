/** Limits that keep one reading of a pathological page bounded in time and memory. */
export interface Budget {
  /** Wall-clock allowance for the whole reading, in milliseconds. */
  timeMs: number;
  maxElements: number;
  maxDepth: number;
  maxTextChars: number;
}

/** Defaults sized so a real 42,000-element news page still passes and a hostile one does not. */
export const DEFAULT_BUDGET: Budget = {
  timeMs: 1500,
  maxElements: 50_000,
  maxDepth: 1_000,
  maxTextChars: 3_000_000,
};

/** Thrown inside the article stage only, caught by `readArticle`, when a limit is hit. */
export class BudgetExceeded extends Error {
  /** Short reason for the debug log, e.g. `too-many-elements`. */
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** A started clock that throws `BudgetExceeded` once the allowance is spent. */
export class Deadline {
  private end: number;
  /** Starts the clock now. */
  constructor(readonly budget: Budget) {
    this.end = Date.now() + budget.timeMs;
  }
  /** Moves the end later by `ms` (time the reading spent paused, not working). */
  extend(ms: number): void {
    this.end += ms;
  }
  /** Throws when the time allowance is spent. */
  check(): void {
    if (Date.now() > this.end) throw new BudgetExceeded('time-budget');
  }
}

/** High-resolution milliseconds where available (browsers, Node), else Date.now(). */
export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
