import type { PartSamples } from './samples-of';
import type { sessionEn } from '../../../../src/lib/i18n/parts/session';

/** Sample arguments for every session message that takes any. */
export const sessionSamples: PartSamples<typeof sessionEn> = {
  samples: {},
  sameInBoth: [],
  translatesItsArgument: [],
};
