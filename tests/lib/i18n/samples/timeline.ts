import type { PartSamples } from './samples-of';
import type { timelineEn } from '../../../../src/lib/i18n/parts/timeline';

/** Sample arguments for every timeline message that takes any. */
export const timelineSamples: PartSamples<typeof timelineEn> = {
  samples: {},
  /** Messages the same in both languages on purpose (a name, a symbol). */
  sameInBoth: [],
  /** Messages whose argument is a code they translate (it need not appear in the text). */
  translatesItsArgument: [],
};
