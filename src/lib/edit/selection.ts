import type { PathId } from '../model/path';

/**
 * What the editor has open: a step or a risk event (by id), chosen in the editor or on the
 * timeline. Both paths may hold an item with the same id (the same help under both policies, so
 * it shares its random draws), so the path says which one is meant when it is known.
 */
export type EditorSelection = { kind: 'step' | 'event'; id: string; path?: PathId };
