import type { AnalysisInput } from '../analysis/analysis-types';
import type { Messages } from '../i18n/messages';

/**
 * Where an input's number comes from, in words: its source with the year, "illustrative
 * assumption" (with the source's own words when it gives any), or "no source given". Every number
 * shown beside a result carries one of these (conventions: sources with every default).
 */
export function inputSourceText(
  input: Pick<AnalysisInput, 'source' | 'year' | 'assumption'>,
  t: Messages,
): string {
  const source = input.source?.trim() ?? '';
  const withYear = source && input.year !== undefined ? t.sensSourceYear(source, String(input.year)) : source;
  if (input.assumption) {
    if (!withYear) return t.sensAssumption;
    // A source that itself starts with "Assumption" says so already.
    return /^(assumption|aanname)\b/i.test(source) ? withYear : t.sensAssumptionSource(withYear);
  }
  if (withYear) return withYear;
  return input.year !== undefined ? t.sensSourceYear(t.sensNoSource, String(input.year)) : t.sensNoSource;
}

/**
 * A text cut to at most `max` characters at a word boundary, with an ellipsis when cut (for the
 * chart's one-line labels; the table shows the whole text).
 */
export function clipText(text: string, max: number): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  if (max <= 1) return '…';
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:(–-]+$/, '')}…`;
}
