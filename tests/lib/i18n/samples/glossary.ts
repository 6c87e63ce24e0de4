import type { PartSamples } from './samples-of';
import type { glossaryEn } from '../../../../src/lib/i18n/parts/glossary';

/** Sample arguments for every glossary message that takes any. */
export const glossarySamples: PartSamples<typeof glossaryEn> = {
  samples: {},
  sameInBoth: [],
  translatesItsArgument: [],
};
