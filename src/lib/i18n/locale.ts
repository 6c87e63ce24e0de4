/** The UI languages. Dutch first: the product is for Dutch municipalities. */
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** BCP 47 tags used for number and date formats. */
export const LOCALE_TAGS: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

export function isLocale(x: unknown): x is Locale {
  return x === 'nl' || x === 'en';
}

/** Dutch when the browser's preferred language is Dutch, English otherwise. */
export function detectLocale(languages: readonly string[]): Locale {
  const first = languages[0]?.toLowerCase() ?? '';
  return first === 'nl' || first.startsWith('nl-') ? 'nl' : 'en';
}
