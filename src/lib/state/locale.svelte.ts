import { detectLocale, isLocale, LOCALES, type Locale } from '../i18n/locale';
import { CATALOGUES, type Messages } from '../i18n/messages';

/** Where the chosen language is remembered. */
export const LOCALE_STORAGE_KEY = 'pathcost.locale';

/** The part of `localStorage` the locale uses (absent or throwing in private modes: then nothing is remembered). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The UI language: the remembered choice, else Dutch when the browser prefers Dutch, else
 * English. `t` is the current catalogue.
 */
export class LocaleState {
  current = $state<Locale>('en');
  readonly t: Messages = $derived(CATALOGUES[this.current]);

  constructor(
    private readonly store: KeyValueStore | null,
    languages: readonly string[],
  ) {
    let saved: string | null = null;
    try {
      saved = store?.getItem(LOCALE_STORAGE_KEY) ?? null;
    } catch {
      saved = null;
    }
    this.current = isLocale(saved) ? saved : detectLocale(languages);
  }

  readonly locales = LOCALES;

  set(locale: Locale): void {
    this.current = locale;
    try {
      this.store?.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Storage full or disabled: the choice holds for this visit only.
    }
  }
}
