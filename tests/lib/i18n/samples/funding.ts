import type { PartSamples } from './samples-of';
import type { fundingEn } from '../../../../src/lib/i18n/parts/funding';

/** Sample arguments for every funding message that takes any. */
export const fundingSamples: PartSamples<typeof fundingEn> = {
  samples: {},
  sameInBoth: [],
  translatesItsArgument: [],
};
