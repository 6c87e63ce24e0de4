import { describe, expect, it } from 'vitest';
import {
  CONSUMER_PRICE_INDEX,
  CPI_SOURCE,
  consumerPriceIndex,
  indexFactor,
  indexPrice,
} from '../../../src/lib/prices/consumer-price-index';

/** CBS's published yearly CPI change (%), rounded to 0.1 as CBS publishes it (83131NED, jaarmutatie). */
const PUBLISHED_YEARLY_CHANGE: Record<number, number> = {
  2016: 0.3,
  2017: 1.4,
  2018: 1.7,
  2019: 2.6,
  2020: 1.3,
  2021: 2.7,
  2022: 10.0,
  2023: 3.8,
  2024: 3.3,
};

describe('the consumer price index table', () => {
  it('cites CBS StatLine 83131NED with 2015 = 100', () => {
    expect(CPI_SOURCE).toMatch(/83131NED/);
    expect(consumerPriceIndex(2015)).toBe(100);
  });

  it('holds consecutive years from 2015 to 2024', () => {
    expect(CONSUMER_PRICE_INDEX.map((r) => r.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
  });

  it("agrees year on year with CBS's published yearly inflation, to CBS's 0.1 %", () => {
    for (const [year, change] of Object.entries(PUBLISHED_YEARLY_CHANGE)) {
      const y = Number(year);
      const pct = (consumerPriceIndex(y) / consumerPriceIndex(y - 1) - 1) * 100;
      expect(Math.round(pct * 10) / 10, String(y)).toBe(change);
    }
  });
});

describe('indexPrice(value, fromYear, toYear)', () => {
  it('turns 2022 euros into 2024 euros with the factor 1.073 of conventions §3', () => {
    expect(indexFactor(2022, 2024).toFixed(3)).toBe('1.073');
    expect(indexPrice(100, 2022, 2024)).toBeCloseTo(107.3, 1);
  });

  it('is the identity for the same year', () => {
    for (const { year } of CONSUMER_PRICE_INDEX) expect(indexPrice(327, year, year)).toBe(327);
  });

  it('is undone by indexing back from the later year to the earlier one', () => {
    for (const a of CONSUMER_PRICE_INDEX) {
      for (const b of CONSUMER_PRICE_INDEX) {
        expect(indexPrice(indexPrice(39.88, a.year, b.year), b.year, a.year)).toBeCloseTo(39.88, 10);
        expect(indexFactor(a.year, b.year) * indexFactor(b.year, a.year)).toBeCloseTo(1, 12);
      }
    }
  });

  it('chains: indexing 2019 -> 2022 -> 2024 equals indexing 2019 -> 2024', () => {
    expect(indexPrice(indexPrice(41.79, 2019, 2022), 2022, 2024)).toBeCloseTo(
      indexPrice(41.79, 2019, 2024),
      10,
    );
  });

  it('refuses a year the table does not hold rather than guessing', () => {
    expect(() => indexPrice(100, 2010, 2024)).toThrow(RangeError);
    expect(() => indexPrice(100, 2024, 2031)).toThrow(/2031/);
  });
});
