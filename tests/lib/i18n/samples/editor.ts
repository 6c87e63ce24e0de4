import type { PartSamples } from './samples-of';
import type { editorEn } from '../../../../src/lib/i18n/parts/editor';

/** Sample arguments for every editor message that takes any. */
export const editorSamples: PartSamples<typeof editorEn> = {
  samples: {},
  /** Messages the same in both languages on purpose (a name, a symbol). */
  sameInBoth: [],
  /** Messages whose argument is a code they translate (it need not appear in the text). */
  translatesItsArgument: [],
};
