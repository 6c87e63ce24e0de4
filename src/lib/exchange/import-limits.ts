/**
 * Limits on what an import reads, checked before the text is parsed (bad-inputs.md I2, I3, I10).
 * A scenario file is about 60 KB; a backup of 100 scenarios about 6 MB.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * Brackets nested deeper than this are refused before JSON.parse. A scenario is about 10 levels
 * deep (paths > branches > steps > a distribution's values); a backup adds 2.
 */
export const MAX_IMPORT_DEPTH = 64;

/** How many problems an import shows; the rest are counted. */
export const MAX_PROBLEMS_SHOWN = 20;
