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
  constructor(
    readonly detail: string,
    readonly docPath?: string,
  ) {
    super(`the simulation failed: ${docPath ? `${docPath}: ` : ''}${detail}`);
    this.name = 'SimulationFailed';
  }
}
