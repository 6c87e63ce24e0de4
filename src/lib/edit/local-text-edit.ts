import type { LocalText } from '../model/local-text';

/**
 * The text with its `lang` version set to `value` and the other language kept. A plain string
 * (the same in both languages) keeps standing for the other language.
 */
export function setLocalText(text: LocalText | undefined, lang: 'nl' | 'en', value: string): LocalText {
  const other = lang === 'nl' ? 'en' : 'nl';
  if (text === undefined) return { [lang]: value };
  if (typeof text === 'string') return text === value ? text : { [other]: text, [lang]: value };
  if (text[lang] === value) return text;
  return { ...text, [lang]: value };
}
