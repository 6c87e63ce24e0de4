import type { EstimateAnswer } from '../model/session';

/**
 * Two camps. When the answers fall into two groups far apart (some say 10, others 80), the
 * pooled beta is one smooth hill between them that hides the disagreement; the card says so.
 *
 * The rule, kept simple so the facilitator can check it by eye: take each answer's point value
 * (the one number, or the most likely number), sort them, and find the largest gap between
 * neighbours. When that gap is more than CAMP_GAP families out of 100, the answers below it and
 * above it are the two camps. 40 is a judgement: on a 0..100 scale it is a gap wider than most
 * single answers' low-to-high ranges, so two groups that far apart disagree rather than differ
 * in how sure they are.
 */
export const CAMP_GAP = 40;

export interface AnswerCamps {
  /** The point values of the lower camp and the higher camp, sorted (out of 100). */
  low: number[];
  high: number[];
  /** The gap between them (out of 100). */
  gap: number;
}

/** The answer's point value out of 100: the one number, or the most likely number. */
export function pointValue(a: EstimateAnswer): number {
  return a.kind === 'count' ? a.count : a.likely;
}

export function answerCamps(answers: readonly EstimateAnswer[]): AnswerCamps | null {
  const xs = answers.map(pointValue).sort((a, b) => a - b);
  let at = -1;
  let gap = 0;
  for (let i = 1; i < xs.length; i++) {
    const d = xs[i]! - xs[i - 1]!;
    if (d > gap) {
      gap = d;
      at = i;
    }
  }
  if (at < 0 || !(gap > CAMP_GAP)) return null;
  return { low: xs.slice(0, at), high: xs.slice(at), gap };
}
