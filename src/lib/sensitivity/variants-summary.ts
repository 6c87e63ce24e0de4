import type { VariantRow, VariantsResult } from '../analysis/analysis-types';
import { column, type DataTable } from '../chart/data-table';
import { formatEuroRounded, formatInteger } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { outOfTen } from '../report/out-of-ten';

/** One variant's row as shown in the comparison table (texts in the active language). */
export interface VariantCells {
  name: string;
  pilot: string;
  reference: string;
  saving: string;
  /** "9 in 10 families: a to b", and its two amounts (the table keeps each amount on one line). */
  savingSpread: string;
  savingRange: [string, string];
  shortSaving: string;
  shortSpread: string;
  shortRange: [string, string];
  cheaper: string;
  breakEven: string;
}

const share = (p: number) => Math.min(1, Math.max(0, p));

export function variantCells(row: VariantRow, t: Messages, locale: Locale): VariantCells {
  const eur = (x: number) => formatEuroRounded(x, locale);
  const savingRange: [string, string] = [eur(row.difference.low), eur(row.difference.high)];
  const shortRange: [string, string] = [eur(row.shortTermDifference.low), eur(row.shortTermDifference.high)];
  return {
    name: row.name,
    pilot: eur(row.pilot.mean),
    reference: eur(row.reference.mean),
    saving: eur(row.difference.mean),
    savingSpread: t.sensFamilies90(...savingRange),
    savingRange,
    shortSaving: eur(row.shortTermDifference.mean),
    shortSpread: t.sensFamilies90(...shortRange),
    shortRange,
    cheaper: t.sensInFutures(outOfTen(share(row.pPilotCheaper))),
    breakEven:
      row.breakEvenMonth === null
        ? t.breakEvenNever(row.horizonMonths)
        : // a month index as in the run summary: index 0 is "month 1" (as in the headline)
          t.breakEvenMonth(formatInteger(row.breakEvenMonth + 1, locale)),
  };
}

/**
 * The chart's reading: the variant that saves most (with its spread over families), or, when the
 * pilot costs more in every variant, the one that costs the least extra.
 */
export function variantsReading(result: VariantsResult, t: Messages, locale: Locale): string {
  const best = result.rows.reduce<VariantRow | null>(
    (b, r) => (b === null || r.difference.mean > b.difference.mean ? r : b),
    null,
  );
  if (!best) return '';
  const eur = (x: number) => formatEuroRounded(x, locale);
  return best.difference.mean >= 0
    ? t.sensVariantsReadingSaves(
        best.name,
        eur(best.difference.mean),
        eur(best.difference.low),
        eur(best.difference.high),
      )
    : t.sensVariantsReadingCosts(best.name, eur(-best.difference.mean));
}

/** The comparison as a table for the chart's table view and CSV (existing column names). */
export function variantsTables(result: VariantsResult): DataTable[] {
  return [
    {
      id: 'summary',
      columns: [
        column('name', 'text'),
        column('pilotMean', 'euro'),
        column('referenceMean', 'euro'),
        column('meanDifference', 'euro'),
        column('p5', 'euro'),
        column('p95', 'euro'),
        column('mcse', 'euro'),
        column('pilotCheaperShare', 'share'),
      ],
      rows: result.rows.map((r) => [
        r.name,
        r.pilot.mean,
        r.reference.mean,
        r.difference.mean,
        r.difference.low,
        r.difference.high,
        r.mcse,
        r.pPilotCheaper,
      ]),
    },
  ];
}
