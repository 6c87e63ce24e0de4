/**
 * The stepwise reveal of present mode (issue 8): what the room sees, in this order. The ids are
 * stable (tests and the page's `data-step-id` use them); steps are counted from 1 on screen.
 */
export const PRESENT_STEPS = ['pilot', 'reference', 'difference', 'payers', 'family'] as const;
export type PresentStepId = (typeof PRESENT_STEPS)[number];

/** The number of steps. */
export const STEP_COUNT = PRESENT_STEPS.length;

/** The id of step `n` (1-based; out-of-range numbers are clamped). */
export function stepId(n: number): PresentStepId {
  return PRESENT_STEPS[clampStep(n) - 1]!;
}

/** A step number within 1 .. STEP_COUNT (a non-finite number gives 1). */
export function clampStep(n: number): number {
  if (!Number.isFinite(n)) return 1;
  return Math.min(STEP_COUNT, Math.max(1, Math.round(n)));
}

/** Steps that show simulated numbers: without a run they ask for one. */
export function needsResult(id: PresentStepId): boolean {
  return id === 'difference' || id === 'payers' || id === 'family';
}
