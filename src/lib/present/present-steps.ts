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

/**
 * Where the presentation is: a step (from 1) and whether its words are shown. A step that uses
 * glossary words first shows its picture, then (with the next key press) what the words mean,
 * so the picture keeps the whole screen.
 */
export interface PresentPosition {
  step: number;
  words: boolean;
}

/** The position after `at`: the step's words when it has some and they are not shown yet, else the next step. */
export function nextPosition(at: PresentPosition, hasWords: (step: number) => boolean): PresentPosition {
  if (!at.words && hasWords(at.step)) return { step: at.step, words: true };
  if (at.step >= STEP_COUNT) return at;
  return { step: clampStep(at.step + 1), words: false };
}

/** The position before `at`: from a step's words back to its picture, else the previous step's picture. */
export function previousPosition(at: PresentPosition): PresentPosition {
  if (at.words) return { step: at.step, words: false };
  return { step: clampStep(at.step - 1), words: false };
}
