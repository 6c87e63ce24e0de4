import type { Widen } from './catalogue-part';

/** Messages of the charts feature, in English (the reference). */
export const chartsEn = {} as const;

/** The same messages in Dutch. */
export const chartsNl: Widen<typeof chartsEn> = {};
