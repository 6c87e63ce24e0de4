import { createContext, tick } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import { indexProblems, type ProblemIndex } from '../../lib/edit/field-target';
import { localText, type LocalText } from '../../lib/model/local-text';
import type { Scenario } from '../../lib/model/scenario';
import type { PriceList } from '../../lib/prices/price-list';
import type { LocaleState } from '../../lib/state/locale.svelte';
import type { ScenarioState } from '../../lib/state/scenario.svelte';

/**
 * What every part of the editor shares: the document, the language, the problems arranged by
 * field, which forms are open, and the live region. It only routes: every change is a pure edit
 * from src/lib/edit handed to `doc.edit`.
 */
export class EditorContext {
  /** Keys (see src/lib/edit/item-at.ts `itemKey`) of the step, event and parameter forms that are open. */
  readonly open = new SvelteSet<string>();
  /** What the live region says (deletions, moves, copies). */
  announcement = $state('');

  readonly #i18n: () => LocaleState;
  readonly #doc: () => ScenarioState;
  readonly #priceListOf: () => PriceList | null;

  readonly t = $derived(this.i18n.t);
  readonly lang = $derived(this.i18n.current);
  readonly draft: Scenario | null = $derived(this.doc.draft);
  readonly problems: ProblemIndex = $derived(indexProblems([...this.doc.problems, ...this.doc.warnings]));
  readonly parameterNames: string[] = $derived(this.doc.draft?.parameters.map((p) => p.id) ?? []);

  /** The editor's inputs, as getters (the component's props). */
  constructor(i18n: () => LocaleState, doc: () => ScenarioState, priceList: () => PriceList | null) {
    this.#i18n = i18n;
    this.#doc = doc;
    this.#priceListOf = priceList;
  }

  get i18n(): LocaleState {
    return this.#i18n();
  }

  get doc(): ScenarioState {
    return this.#doc();
  }

  get priceList(): PriceList | null {
    return this.#priceListOf();
  }

  /** A text in the UI language, or "(no name)". */
  name(text: LocalText | undefined): string {
    return localText(text, this.lang, '').trim() || this.t.editorUnnamed;
  }

  /** The messages about a field, each marked as error or warning, or null. */
  problemText(field: string): string | null {
    const list = this.problems.byField.get(field);
    if (!list?.length) return null;
    return list
      .map(
        (p) =>
          `${p.severity === 'error' ? this.t.editorProblemError : this.t.editorProblemWarning}: ${p.message}`,
      )
      .join(' ');
  }

  /** Change the draft through the history (the only way the editor changes anything). */
  edit(label: string, change: (s: Scenario) => Scenario, coalesce?: string): boolean {
    return this.doc.edit(label, change, coalesce ? { coalesce } : {});
  }

  announce(message: string): void {
    // Clear first, so that the same words said twice are announced twice.
    this.announcement = '';
    void tick().then(() => (this.announcement = message));
  }

  isOpen(key: string): boolean {
    return this.open.has(key);
  }

  setOpen(key: string, on: boolean): void {
    if (on) this.open.add(key);
    else this.open.delete(key);
  }

  /**
   * After the DOM has caught up, move focus to the element with this id (or the first control
   * inside it) and scroll it into view. Returns whether there was such an element.
   */
  async focus(elementId: string): Promise<boolean> {
    await tick();
    const el = document.getElementById(elementId);
    if (!el) return false;
    const control = el.matches('input, select, textarea, button, [tabindex]')
      ? el
      : (el.querySelector<HTMLElement>('input, select, textarea, button') ?? el);
    control.focus();
    control.scrollIntoView?.({ block: 'center' });
    return true;
  }
}

export const [getEditor, setEditor] = createContext<EditorContext>();
