/** Why a run ended without results. The UI turns each into a message in the user's language. */

export class RunCancelled extends Error {
  constructor() {
    super('the run was cancelled');
    this.name = 'RunCancelled';
  }
}

/** No worker said anything for `afterMs`: the run was stopped. */
export class RunStalled extends Error {
  constructor(readonly afterMs: number) {
    super(
      `the simulation stopped responding (no progress for ${Math.round(afterMs / 1000)} s) and was stopped`,
    );
    this.name = 'RunStalled';
  }
}

/** A worker reported an error or died. `detail` is its own words. */
export class SimulationFailed extends Error {
  /** What went wrong and where, saying the place in the scenario once. */
  readonly described: string;

  constructor(
    readonly detail: string,
    readonly docPath?: string,
  ) {
    // The engine's messages may already start with the place (docPath): do not say it twice.
    const described = docPath && !detail.startsWith(docPath) ? `${docPath}: ${detail}` : detail;
    super(`the simulation failed: ${described}`);
    this.name = 'SimulationFailed';
    this.described = described;
  }
}
