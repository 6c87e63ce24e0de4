import type { Widen } from './catalogue-part';

/** Messages of the glossary (jargon explained on first use), in English (the reference). */
export const glossaryEn = {
  glossaryHeading: 'Words we use',
};

export const glossaryNl: Widen<typeof glossaryEn> = {
  glossaryHeading: 'Woorden die we gebruiken',
};
