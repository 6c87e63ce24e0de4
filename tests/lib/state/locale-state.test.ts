import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import { LOCALE_STORAGE_KEY, LocaleState, type KeyValueStore } from '../../../src/lib/state/locale.svelte';

/** An in-memory stand-in for localStorage. */
function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

/** Storage that throws on every use, as in some private modes. */
const throwingStore: KeyValueStore = {
  getItem() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
};

describe('LocaleState', () => {
  it.each([
    [['nl'], 'nl'],
    [['nl-NL'], 'nl'],
    [['nl-BE', 'fr-BE'], 'nl'],
    [['NL-nl'], 'nl'],
    [['en-US'], 'en'],
    [['en-GB', 'nl'], 'en'],
    [['de'], 'en'],
    [['nld'], 'en'],
    [[], 'en'],
  ] as const)('with nothing remembered, browser languages %j give %s', (languages, expected) => {
    expect(new LocaleState(memoryStore(), languages).current).toBe(expected);
    expect(new LocaleState(null, languages).current).toBe(expected);
  });

  it('prefers the remembered choice to the browser language', () => {
    expect(new LocaleState(memoryStore({ [LOCALE_STORAGE_KEY]: 'en' }), ['nl-NL']).current).toBe('en');
    expect(new LocaleState(memoryStore({ [LOCALE_STORAGE_KEY]: 'nl' }), ['en-US']).current).toBe('nl');
  });

  it('ignores a remembered value that is not a UI language', () => {
    expect(new LocaleState(memoryStore({ [LOCALE_STORAGE_KEY]: 'de' }), ['nl-NL']).current).toBe('nl');
    expect(new LocaleState(memoryStore({ [LOCALE_STORAGE_KEY]: 'NL' }), ['en-US']).current).toBe('en');
  });

  it('remembers a choice made with set(), and a new state starts with it', () => {
    const store = memoryStore();
    const locale = new LocaleState(store, ['en-US']);
    locale.set('nl');
    expect(locale.current).toBe('nl');
    expect(store.data.get(LOCALE_STORAGE_KEY)).toBe('nl');
    expect(new LocaleState(store, ['en-US']).current).toBe('nl');
  });

  it('gives the catalogue of the current language as t, also after a change', () => {
    const locale = new LocaleState(null, ['en-GB']);
    expect(locale.t).toBe(CATALOGUES.en);
    locale.set('nl');
    expect(locale.t).toBe(CATALOGUES.nl);
    expect(locale.t.runButton).toBe('Doorrekenen');
  });

  it('offers both languages, Dutch first', () => {
    expect(new LocaleState(null, []).locales).toEqual(['nl', 'en']);
  });

  it('keeps working with a storage that throws: browser language first, then the choice for this visit', () => {
    const locale = new LocaleState(throwingStore, ['nl-NL']);
    expect(locale.current).toBe('nl');
    expect(() => locale.set('en')).not.toThrow();
    expect(locale.current).toBe('en');
    expect(locale.t).toBe(CATALOGUES.en);
  });
});
