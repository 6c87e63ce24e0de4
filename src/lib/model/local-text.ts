import { z } from 'zod';

/** A user-facing text: one string, or one per UI language. */
export const localTextSchema = z.union([
  z.string().max(2000),
  z.strictObject({ nl: z.string().max(2000).optional(), en: z.string().max(2000).optional() }),
]);
export type LocalText = z.infer<typeof localTextSchema>;

/** The text in `lang`, falling back to the other language, then to `fallback`. */
export function localText(text: LocalText | undefined, lang: 'nl' | 'en', fallback = ''): string {
  if (text === undefined) return fallback;
  if (typeof text === 'string') return text;
  return text[lang] ?? text[lang === 'nl' ? 'en' : 'nl'] ?? fallback;
}
