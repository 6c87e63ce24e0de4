import type { DraftField } from './quantity-draft';

/** Why a draft does not (yet) give a value. Turned into words by problem-text.ts. */
export type QuantityProblem =
  /** Fields still empty (a value must be given, or a kind needs these fields). */
  | { code: 'missing'; fields: DraftField[] }
  | { code: 'notANumber'; field: DraftField; text: string }
  | { code: 'notAList'; field: DraftField; text: string }
  | { code: 'minAboveMax' }
  | { code: 'modeOutside' }
  | { code: 'sdNotPositive' }
  | { code: 'meanNotPositive' }
  | { code: 'betaMeanRange' }
  | { code: 'betaSdTooLarge'; maxSd: number }
  | { code: 'shapeNotPositive' }
  | { code: 'countsNotWhole' }
  | { code: 'nTooSmall' }
  | { code: 'kAboveN' }
  | { code: 'probabilityRange' }
  | { code: 'countRange' }
  /** A distribution that can go outside 0..1 given for a probability. */
  | { code: 'probabilityFamily' }
  | { code: 'negative' }
  | { code: 'weightsCount' }
  | { code: 'weightsInvalid' }
  | { code: 'formulaSyntax' }
  | { code: 'formulaTooLong'; limit: number }
  | { code: 'formulaTooComplex' }
  | { code: 'formulaNotAllowed' }
  | { code: 'formulaUnknownNames'; names: string[]; known: string[] };

/** Whether a draft only lacks fields (a gentle "fill in" note) rather than holding a mistake. */
export function onlyMissing(problems: readonly QuantityProblem[]): boolean {
  return problems.length > 0 && problems.every((p) => p.code === 'missing');
}
