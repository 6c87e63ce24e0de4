/** What the editor has open: a step or a risk event (by id), chosen in the editor or on the timeline. */
export type EditorSelection = { kind: 'step' | 'event'; id: string };
