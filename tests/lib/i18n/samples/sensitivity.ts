import type { PartSamples } from './samples-of';
import type { sensitivityEn } from '../../../../src/lib/i18n/parts/sensitivity';

/** Sample arguments for every sensitivity message that takes any. */
export const sensitivitySamples: PartSamples<typeof sensitivityEn> = {
  samples: {},
  sameInBoth: [],
  translatesItsArgument: [],
};
