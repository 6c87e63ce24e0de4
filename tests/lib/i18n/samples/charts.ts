import type { PartSamples } from './samples-of';
import type { chartsEn } from '../../../../src/lib/i18n/parts/charts';

/** Sample arguments for every charts message that takes any. */
export const chartsSamples: PartSamples<typeof chartsEn> = {
  samples: {},
  /** Messages the same in both languages on purpose (a name, a symbol). */
  sameInBoth: [],
  /** Messages whose argument is a code they translate (it need not appear in the text). */
  translatesItsArgument: [],
};
