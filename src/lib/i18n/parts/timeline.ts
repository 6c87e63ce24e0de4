import type { Widen } from './catalogue-part';

/** Messages of the timeline feature, in English (the reference). */
export const timelineEn = {} as const;

/** The same messages in Dutch. */
export const timelineNl: Widen<typeof timelineEn> = {};
