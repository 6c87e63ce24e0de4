import type { PartSamples } from './samples-of';
import type { quantityEn } from '../../../../src/lib/i18n/parts/quantity';

/** Sample arguments for every quantity message that takes any. */
export const quantitySamples: PartSamples<typeof quantityEn> = {
  samples: {
    quantityKindOf: [['Monthly cost']],
    quantityFamilyOf: [['Monthly cost']],
    quantityCountQuestion: [['Chance of an OTS within 2 years']],
    quantityFormulaHelp: [['rate, hours']],
    quantityPreviewText: [['€4', '€1', '€8']],
    quantityPreviewImage: [['30%', '13%', '56%']],
    quantityPreviewValue: [['€ 1.234']],
    quantityPreviewFormula: [['rate, hours']],
    quantityMonths: [
      [1, '1'],
      [3, '3'],
      [2.5, '2.5'],
    ],
    quantityHours: [
      [1, '1'],
      [12, '12'],
    ],
    quantityMissing: [['low, high']],
    quantityKeeps: [['30%']],
    quantityPreviousDistribution: [['€4']],
    quantityPreviousFormula: [['rate * 2']],
    quantityNotANumber: [['abc', 'low']],
    quantityNotAList: [['1; x', 'values']],
    quantityBetaSdTooLarge: [['0.458']],
    quantityFormulaTooLong: [['1,000']],
    quantityFormulaUnknownNames: [['rte', 'rate, hours']],
    quantityFormulaUnknownNoParameters: [['rate']],
    quantityScenarioProblem: [['must be between 0 and 1']],
  },
  /** Messages the same in both languages on purpose (a name, a symbol). */
  sameInBoth: ['quantityFieldAlpha', 'quantityFieldBeta', 'quantityFamilyGamma'],
  /** Messages whose argument is a code they translate (it need not appear in the text). */
  translatesItsArgument: [],
};
