/**
 * Consumer price index (CPI), yearly averages, 2015 = 100, all expenditure ("Alle bestedingen"),
 * used to bring a price from its price year to the scenario's (conventions §3: the
 * Kostenhandleiding's 2022 reference prices are indexed with the CPI; 2022 -> 2024 = 1.073).
 */
export const CPI_SOURCE =
  'CBS StatLine 83131NED, Consumentenprijzen; prijsindex 2015=100, Alle bestedingen, CPI, jaarcijfers';

/**
 * How sure a figure is, since this machine could not open StatLine itself:
 * - `cbs`: read on a CBS StatLine page (2022: 121.43, on table 83136NED's 2015 = 100 series,
 *   which is the same CPI) or true by definition (2015 = 100);
 * - `secondary`: a researcher's script that cites 83131NED for it (2019: 106.16, 2023: 126.09,
 *   2024: 130.31); each agrees with the yearly rates CBS published (2.6 %, 3.8 %, 3.3 %);
 * - `approximate`: recalled, not read; chosen to agree with CBS's published yearly rates
 *   (2016 0.3 %, 2017 1.4 %, 2018 1.7 %, 2020 1.3 %, 2021 2.7 %, 2022 10.0 %), so within about
 *   0.1 index point. Check against StatLine before relying on these years.
 * CBS has since started a 2025 = 100 series (table 86141NED); ratios between years, which is all
 * indexing uses, do not depend on the base year.
 */
export type CpiBasis = 'cbs' | 'secondary' | 'approximate';

export interface CpiYear {
  year: number;
  index: number;
  basis: CpiBasis;
}

export const CONSUMER_PRICE_INDEX: readonly CpiYear[] = [
  { year: 2015, index: 100, basis: 'cbs' },
  { year: 2016, index: 100.32, basis: 'approximate' },
  { year: 2017, index: 101.7, basis: 'approximate' },
  { year: 2018, index: 103.44, basis: 'approximate' },
  { year: 2019, index: 106.16, basis: 'secondary' },
  { year: 2020, index: 107.5, basis: 'approximate' },
  { year: 2021, index: 110.35, basis: 'approximate' },
  { year: 2022, index: 121.43, basis: 'cbs' },
  { year: 2023, index: 126.09, basis: 'secondary' },
  { year: 2024, index: 130.31, basis: 'secondary' },
];

export const CPI_FIRST_YEAR = CONSUMER_PRICE_INDEX[0]!.year;
export const CPI_LAST_YEAR = CONSUMER_PRICE_INDEX[CONSUMER_PRICE_INDEX.length - 1]!.year;

/** The CPI of a year; throws a RangeError for a year the table does not hold. */
export function consumerPriceIndex(year: number): number {
  const row = CONSUMER_PRICE_INDEX.find((r) => r.year === year);
  if (!row) {
    throw new RangeError(
      `no consumer price index for ${year} (the table holds ${CPI_FIRST_YEAR}-${CPI_LAST_YEAR})`,
    );
  }
  return row.index;
}

/** Whether prices of this year can be indexed. */
export function hasConsumerPriceIndex(year: number): boolean {
  return CONSUMER_PRICE_INDEX.some((r) => r.year === year);
}

/** The factor that turns `fromYear` euros into `toYear` euros: CPI(to) / CPI(from). */
export function indexFactor(fromYear: number, toYear: number): number {
  if (fromYear === toYear) return 1;
  return consumerPriceIndex(toYear) / consumerPriceIndex(fromYear);
}

/** A price in `fromYear` euros expressed in `toYear` euros. */
export function indexPrice(value: number, fromYear: number, toYear: number): number {
  return value * indexFactor(fromYear, toYear);
}
