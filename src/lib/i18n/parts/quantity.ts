import type { Widen } from './catalogue-part';

/** Messages of the quantity feature, in English (the reference). */
export const quantityEn = {} as const;

/** The same messages in Dutch. */
export const quantityNl: Widen<typeof quantityEn> = {};
