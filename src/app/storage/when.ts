import { LOCALE_TAGS, type Locale } from '../../lib/i18n/locale';

const cache = new Map<Locale, Intl.DateTimeFormat>();

/** A moment as date and time in the UI language ("23 Nov 2026, 12:15" / "23 nov 2026, 12:15"). */
export function formatWhen(ms: number, locale: Locale): string {
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'medium', timeStyle: 'short' });
    cache.set(locale, f);
  }
  return f.format(ms);
}
