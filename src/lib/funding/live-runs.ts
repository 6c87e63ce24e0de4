/** The clock LiveRuns uses (tests pass a fake one). */
export interface LiveClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: LiveClock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Re-runs that follow a moving input (a slider being dragged): a throttle with a trailing run.
 * `request` starts the run at once when none is running and the last one started at least
 * `intervalMs` ago; otherwise the request waits, and when the running one has ended and the
 * interval has passed, the latest request runs (those in between are skipped). So the figures
 * update during a drag, at the pace the computation allows, and always end on the last value;
 * a run is never aborted by a newer request (aborting would restart the worker each time).
 */
export class LiveRuns {
  #running = false;
  #lastStart = -Infinity;
  #pending: (() => Promise<void>) | null = null;
  #timer: unknown = null;

  constructor(
    readonly intervalMs: number,
    private readonly clock: LiveClock = realClock,
  ) {}

  /** Whether a run is under way. */
  get running(): boolean {
    return this.#running;
  }

  /** Whether a request waits for the running one or for the interval. */
  get pending(): boolean {
    return this.#pending !== null;
  }

  request(run: () => Promise<void>): void {
    this.#pending = run;
    this.#next();
  }

  /** Drop a waiting run (a running one is the caller's to abort). */
  cancel(): void {
    this.#pending = null;
    if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  #next(): void {
    if (this.#running || this.#pending === null || this.#timer !== null) return;
    const wait = this.#lastStart + this.intervalMs - this.clock.now();
    if (wait > 0) {
      this.#timer = this.clock.setTimeout(() => {
        this.#timer = null;
        this.#next();
      }, wait);
      return;
    }
    const run = this.#pending;
    this.#pending = null;
    this.#running = true;
    this.#lastStart = this.clock.now();
    void run()
      .catch(() => {}) // the run reports its own failures
      .finally(() => {
        this.#running = false;
        this.#next();
      });
  }
}
