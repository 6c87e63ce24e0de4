import type { PartSamples } from './samples-of';
import type { quantityEn } from '../../../../src/lib/i18n/parts/quantity';

/** Sample arguments for every quantity message that takes any. */
export const quantitySamples: PartSamples<typeof quantityEn> = {
  samples: {},
  /** Messages the same in both languages on purpose (a name, a symbol). */
  sameInBoth: [],
  /** Messages whose argument is a code they translate (it need not appear in the text). */
  translatesItsArgument: [],
};
