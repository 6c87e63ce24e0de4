import type { PartSamples } from './samples-of';
import type { storageEn } from '../../../../src/lib/i18n/parts/storage';

/** Sample arguments for every storage message that takes any. */
export const storageSamples: PartSamples<typeof storageEn> = {
  samples: {},
  /** Messages the same in both languages on purpose (a name, a symbol). */
  sameInBoth: [],
  /** Messages whose argument is a code they translate (it need not appear in the text). */
  translatesItsArgument: [],
};
