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

/** A share of futures as a percentage with at most one decimal: 0.6834 -> "68.3%" / "68,3%". */
export function formatShare(x: number, locale: Locale): string {
  let f = shareFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_TAGS[locale], { style: 'percent', maximumFractionDigits: 1 });
    shareFormats.set(locale, f);
  }
  return f.format(x);
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
