import type { Scenario } from '../model/scenario';

/** How long (ms) after the last edit a live re-run starts. */
export const LIVE_RUN_DELAY_MS = 400;

/**
 * Live results: each edit of a runnable scenario schedules a run after a short quiet period, so
 * the headline follows the edit without a run per keystroke. A newer edit replaces the waiting
 * one; a run in flight is superseded by the pool when the next one starts (its results dropped).
 */
export class LiveRuns {
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly start: (scenario: Scenario) => void,
    private readonly delayMs = LIVE_RUN_DELAY_MS,
  ) {}

  /** The draft changed: run `scenario` after the delay (null = not runnable: nothing scheduled). */
  edited(scenario: Scenario | null): void {
    this.cancel();
    if (!scenario) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.start(scenario);
    }, this.delayMs);
  }

  /** Drop a waiting run (an explicit Run, a new document). */
  cancel(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  get pending(): boolean {
    return this.#timer !== null;
  }
}
