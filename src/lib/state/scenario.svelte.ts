import type { Problem } from '../model/problem';
import type { Scenario } from '../model/scenario';
import type { Settings } from '../model/settings';
import { validateScenario, type Validation } from '../model/validate-scenario';
import { EditHistory, type EditOptions } from './edit-history';

export type { EditOptions } from './edit-history';

/**
 * The scenario being worked on. The draft is what the user has typed, valid or not: nothing they
 * enter is thrown away. It is validated on every change (the same rules as import and the command
 * line); only a draft without errors can run (`scenario`). Every change of the draft goes through
 * `edit` (or `load`), so undo and redo cover the whole scenario.
 */
export class ScenarioState {
  /** What the user is editing (may have problems). */
  draft = $state.raw<Scenario | null>(null);
  /** Counts whole-scenario loads, so editors can start afresh on a new document (not on each edit). */
  generation = $state(0);
  /** Counts every change of the draft (edits, undo, redo, loads): for autosave and live runs. */
  revision = $state(0);
  /** The draft's validation (problems and warnings with their paths). */
  readonly validation: Validation | null = $derived(this.draft ? validateScenario(this.draft) : null);
  /** The draft when it has no errors: the scenario that can run. */
  readonly scenario: Scenario | null = $derived(this.validation?.ok ? this.validation.scenario : null);
  /** Errors that stop the draft from running, in document order. */
  readonly problems: Problem[] = $derived(
    this.validation && !this.validation.ok ? this.validation.problems : [],
  );
  readonly warnings: Problem[] = $derived(this.validation?.warnings ?? []);

  readonly #history: EditHistory<Scenario>;
  /** Labels of the next undo and redo (null when there is nothing to undo/redo). */
  undoLabel = $state<string | null>(null);
  redoLabel = $state<string | null>(null);

  constructor(now: () => number = () => Date.now()) {
    this.#history = new EditHistory<Scenario>(now);
  }

  /** Replace the whole scenario (after opening, importing or creating one); the history restarts. */
  load(scenario: Scenario): void {
    this.draft = scenario;
    this.#history.clear();
    this.#syncLabels();
    this.generation++;
    this.revision++;
  }

  /**
   * Take a newer copy of the same scenario (from another tab) without touching undo: the edits
   * made here before stay undoable only while they still apply, so the history restarts.
   */
  adopt(scenario: Scenario): void {
    this.draft = scenario;
    this.#history.clear();
    this.#syncLabels();
    this.revision++;
  }

  /**
   * Change the draft. `change` gets the current draft and returns the next one (never mutating
   * it). Returns false (and records nothing) when there is no draft or nothing changed.
   */
  edit(label: string, change: (s: Scenario) => Scenario, options: EditOptions = {}): boolean {
    const before = this.draft;
    if (!before) return false;
    const after = change(before);
    if (after === before) return false;
    this.#history.record(label, before, after, options);
    this.draft = after;
    this.#syncLabels();
    this.revision++;
    return true;
  }

  undo(): boolean {
    const s = this.draft && this.#history.undo(this.draft);
    if (!s) return false;
    this.draft = s;
    this.#syncLabels();
    this.revision++;
    return true;
  }

  redo(): boolean {
    const s = this.draft && this.#history.redo(this.draft);
    if (!s) return false;
    this.draft = s;
    this.#syncLabels();
    this.revision++;
    return true;
  }

  /**
   * Change the settings; returns the problems that refused the change, or none. Settings come
   * from the settings panel, which only offers values in range, so a refused change is not kept.
   */
  setSettings(settings: Settings): Problem[] {
    const current = this.draft;
    if (!current) return [];
    const v = validateScenario({ ...current, settings });
    if (!v.ok) {
      const mine = v.problems.filter((p) => p.path.startsWith('settings'));
      if (mine.length) return mine;
    }
    this.edit('settings', (s) => ({ ...s, settings }), { coalesce: 'settings' });
    return [];
  }

  #syncLabels(): void {
    this.undoLabel = this.#history.undoLabel;
    this.redoLabel = this.#history.redoLabel;
  }
}
