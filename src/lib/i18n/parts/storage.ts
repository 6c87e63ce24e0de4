import type { Widen } from './catalogue-part';

/** Messages of the storage feature, in English (the reference). */
export const storageEn = {} as const;

/** The same messages in Dutch. */
export const storageNl: Widen<typeof storageEn> = {};
