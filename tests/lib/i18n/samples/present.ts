import type { PartSamples } from './samples-of';
import type { presentEn } from '../../../../src/lib/i18n/parts/present';

/** Sample arguments for every present message that takes any. */
export const presentSamples: PartSamples<typeof presentEn> = {
  samples: {},
  sameInBoth: [],
  translatesItsArgument: [],
};
