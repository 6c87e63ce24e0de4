/** Timers as the schedule uses them (the page's, or fakes in tests). */
export interface Timers {
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const browserTimers: Timers = {
  setTimeout: (f, ms) => globalThis.setTimeout(f, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** Autosave waits this long after the last change (Excalidraw 300 ms, tldraw 350 ms). */
export const SAVE_DEBOUNCE_MS = 300;
/** ... but no longer than this after the first unsaved change, even while typing goes on. */
export const SAVE_MAX_WAIT_MS = 2000;

/**
 * When to save: `changed()` after every change; `save` runs once the changes pause for
 * `debounceMs`, or `maxWaitMs` after the first unsaved change, whichever is first. `flush()`
 * saves at once (the page is hidden or closing).
 */
export class SaveSchedule {
  #timer: unknown = null;
  #firstChange: number | null = null;

  constructor(
    private readonly save: () => void,
    private readonly timers: Timers = browserTimers,
    readonly debounceMs = SAVE_DEBOUNCE_MS,
    readonly maxWaitMs = SAVE_MAX_WAIT_MS,
  ) {}

  /** True while a change waits to be saved. */
  get pending(): boolean {
    return this.#firstChange !== null;
  }

  changed(): void {
    const now = this.timers.now();
    this.#firstChange ??= now;
    const wait = Math.max(0, Math.min(this.debounceMs, this.#firstChange + this.maxWaitMs - now));
    if (this.#timer !== null) this.timers.clearTimeout(this.#timer);
    this.#timer = this.timers.setTimeout(() => this.flush(), wait);
  }

  /** Save now if a change is waiting. */
  flush(): void {
    if (this.#firstChange === null) return;
    this.cancel();
    this.save();
  }

  cancel(): void {
    if (this.#timer !== null) this.timers.clearTimeout(this.#timer);
    this.#timer = null;
    this.#firstChange = null;
  }
}
