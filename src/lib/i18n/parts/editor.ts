import type { Widen } from './catalogue-part';

/** Messages of the editor feature, in English (the reference). */
export const editorEn = {} as const;

/** The same messages in Dutch. */
export const editorNl: Widen<typeof editorEn> = {};
