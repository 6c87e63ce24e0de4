import type { PartSamples } from './samples-of';
import type { exchangeEn } from '../../../../src/lib/i18n/parts/exchange';

/** Sample arguments for every exchange message that takes any. */
export const exchangeSamples: PartSamples<typeof exchangeEn> = {
  samples: {},
  /** Messages the same in both languages on purpose (a name, a symbol). */
  sameInBoth: [],
  /** Messages whose argument is a code they translate (it need not appear in the text). */
  translatesItsArgument: [],
};
