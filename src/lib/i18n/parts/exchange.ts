import type { Widen } from './catalogue-part';

/** Messages of the exchange feature, in English (the reference). */
export const exchangeEn = {} as const;

/** The same messages in Dutch. */
export const exchangeNl: Widen<typeof exchangeEn> = {};
