import { formatDecimal, formatEuro, formatEuroRounded, formatInteger } from '../i18n/format';
import { LOCALE_TAGS, type Locale } from '../i18n/locale';
import type { EventKind } from '../model/risk-event';
import type { PathId } from '../model/path';
import type { Cell, CellFormat } from './data-table';

/** Names the table needs in the active language. */
export interface CellNames {
  path: (id: PathId) => string;
  kind: (kind: EventKind) => string;
  yes: string;
  no: string;
  /** What an empty cell shows. */
  none: string;
}

const shareFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * A share of futures as a percentage with at most one decimal: 0.6834 -> "68.3%" / "68,3%". A
 * share that is neither none nor all never reads as such: 0.0004 -> "< 0.1%", 0.9996 -> "> 99.9%"
 * ("< 0,1%", "> 99,9%"), since "0%" and "100%" would say "never" and "always".
 */
export function formatShare(x: number, locale: Locale): string {
  let f = shareFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[locale], { style: 'percent', maximumFractionDigits: 1 });
    shareFormats.set(locale, f);
  }
  const text = f.format(x);
  if (x > 0 && x < 1) {
    if (text === f.format(0)) return `< ${f.format(0.001)}`;
    if (text === f.format(1)) return `> ${f.format(0.999)}`;
  }
  return text;
}

/** How a chart's number reads, the same in its labels and in its table. */
export function formatCell(value: Cell, format: CellFormat, locale: Locale, names: CellNames): string {
  if (value === null || value === '') return names.none;
  if (typeof value === 'string') {
    if (format === 'path') return names.path(value as PathId);
    if (format === 'kind') return names.kind(value as EventKind);
    return value;
  }
  switch (format) {
    case 'euro':
      return formatEuroRounded(value, locale);
    case 'edge':
      return formatEuro(value, locale);
    case 'share':
      return formatShare(value, locale);
    case 'integer':
    case 'month':
      return formatInteger(value, locale);
    case 'months':
      return formatDecimal(value, locale, 1);
    case 'flag':
      return value ? names.yes : names.no;
    default:
      return String(value);
  }
}
