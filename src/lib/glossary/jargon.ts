import type { Locale } from '../i18n/locale';
import { GLOSSARY, type GlossaryTerm } from './glossary';

/** A piece of a text: plain, or a glossary word (explained in full where it is first used). */
export interface JargonPiece {
  text: string;
  term?: GlossaryTerm;
  /** True where this is the word's first use: the reader gets its full name and explanation. */
  explain?: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Matcher {
  term: GlossaryTerm;
  form: string;
}

/** Longest forms first, so "v-ggz" wins over "ggz" and "Raad voor de Kinderbescherming" over shorter words. */
const MATCHERS: Matcher[] = GLOSSARY.flatMap((term) => term.forms.map((form) => ({ term, form }))).sort(
  (a, b) => b.form.length - a.form.length,
);

// A word boundary that knows Dutch letters and hyphens: "jeugd-ggz" is not "ggz", but "OTS-traject" has an OTS.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${MATCHERS.map((m) => escapeRegExp(m.form)).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const BY_FORM = new Map(MATCHERS.map((m) => [m.form, m.term]));

/** The glossary words in a text, in order of appearance (ids, each once). */
export function termsIn(text: string): string[] {
  const seen: string[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const id = BY_FORM.get(m[1]!)!.id;
    if (!seen.includes(id)) seen.push(id);
  }
  return seen;
}

/**
 * Split a text into plain pieces and glossary words. A word not in `known` is explained at its
 * first occurrence in this text; later occurrences (and words in `known`) are marked only.
 */
export function jargonPieces(text: string, known: ReadonlySet<string> = new Set()): JargonPiece[] {
  const pieces: JargonPiece[] = [];
  const explainedHere = new Set<string>();
  let at = 0;
  for (const m of text.matchAll(PATTERN)) {
    const term = BY_FORM.get(m[1]!)!;
    if (m.index > at) pieces.push({ text: text.slice(at, m.index) });
    const explain = !known.has(term.id) && !explainedHere.has(term.id);
    if (explain) explainedHere.add(term.id);
    pieces.push({ text: m[1]!, term, explain });
    at = m.index + m[1]!.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/**
 * For texts shown in order (a list, the steps of a story): the words already explained before
 * each text, so each word is explained once, where it is first used.
 */
export function knownBefore(texts: readonly string[]): Array<ReadonlySet<string>> {
  const known = new Set<string>();
  return texts.map((text) => {
    const before = new Set(known);
    for (const id of termsIn(text)) known.add(id);
    return before;
  });
}

/** "ondertoezichtstelling: de rechter besluit ..." for a word in a language. */
export function explanationOf(term: GlossaryTerm, locale: Locale): string {
  const name = term.name[locale];
  const explanation = term.explanation[locale];
  return `${name}: ${explanation}`;
}

/** The glossary entries whose words occur in any of the texts, in glossary order. */
export function glossaryFor(texts: readonly string[]): GlossaryTerm[] {
  const ids = new Set(texts.flatMap(termsIn));
  return GLOSSARY.filter((t) => ids.has(t.id));
}
