/**
 * Runs one piece of work at a time where a new start supersedes the old one: starting aborts
 * the previous run's signal, and only the newest run's outcome is reported (an older one that
 * still settles is ignored). `cancel` aborts the current run and reports nothing.
 */
export class SupersedingJob<T> {
  #controller: AbortController | null = null;
  #generation = 0;

  /** Whether a run is under way. */
  get running(): boolean {
    return this.#controller !== null;
  }

  /**
   * Start `work` with a fresh signal. Resolves with `{ value }`, `{ error }`, or `null` when the
   * run was superseded or cancelled (an AbortError after its own abort counts as cancelled).
   */
  async start(work: (signal: AbortSignal) => Promise<T>): Promise<{ value: T } | { error: unknown } | null> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const generation = ++this.#generation;
    const current = () => generation === this.#generation && !controller.signal.aborted;
    try {
      const value = await work(controller.signal);
      return current() ? { value } : null;
    } catch (error) {
      return current() ? { error } : null;
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
  }

  cancel(): void {
    this.#generation++;
    this.#controller?.abort();
    this.#controller = null;
  }
}
