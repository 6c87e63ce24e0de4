export interface EditOptions {
  /**
   * Edits with the same key that follow each other within `COALESCE_MS` are one undo step (typing
   * in one field, dragging a bar): e.g. `steps.s1.label`.
   */
  coalesce?: string;
}

/** How close (ms) two edits of the same field must be to count as one undo step. */
export const COALESCE_MS = 1000;
/** How many undo steps are kept. */
export const HISTORY_LIMIT = 500;

interface Entry<T> {
  label: string;
  before: T;
  after: T;
  key?: string;
  at: number;
}

/**
 * Undo and redo over immutable snapshots: each entry keeps the document before and after an edit,
 * so undo restores the exact earlier object. Plain TypeScript, so it is tested in Node.
 */
export class EditHistory<T> {
  #undo: Entry<T>[] = [];
  #redo: Entry<T>[] = [];

  constructor(private readonly now: () => number = () => Date.now()) {}

  record(label: string, before: T, after: T, options: EditOptions = {}): void {
    const at = this.now();
    const last = this.#undo.at(-1);
    this.#redo = [];
    if (
      last &&
      options.coalesce &&
      last.key === options.coalesce &&
      last.after === before &&
      at - last.at <= COALESCE_MS
    ) {
      last.after = after;
      last.at = at;
      return;
    }
    this.#undo.push({ label, before, after, key: options.coalesce, at });
    if (this.#undo.length > HISTORY_LIMIT) this.#undo.shift();
  }

  /** The document before the last edit, or null. `current` must be that edit's result. */
  undo(current: T): T | null {
    const e = this.#undo.at(-1);
    if (!e || e.after !== current) return null;
    this.#undo.pop();
    this.#redo.push({ ...e, key: undefined });
    return e.before;
  }

  redo(current: T): T | null {
    const e = this.#redo.at(-1);
    if (!e || e.before !== current) return null;
    this.#redo.pop();
    this.#undo.push({ ...e, key: undefined, at: -Infinity });
    return e.after;
  }

  clear(): void {
    this.#undo = [];
    this.#redo = [];
  }

  get undoLabel(): string | null {
    return this.#undo.at(-1)?.label ?? null;
  }
  get redoLabel(): string | null {
    return this.#redo.at(-1)?.label ?? null;
  }
}
