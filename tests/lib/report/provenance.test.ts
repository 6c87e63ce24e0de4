import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { priceListSchema } from '../../../src/lib/prices/price-list';
import { stepPriceFromItem } from '../../../src/lib/prices/apply-price';
import { provenanceOf } from '../../../src/lib/report/provenance';
import { quantitySummary } from '../../../src/lib/report/quantity-text';
import { scenario, step } from '../../helpers/scenario';

const list = priceListSchema.parse(
  JSON.parse(readFileSync(new URL('../../../static/prices/nl-2024.json', import.meta.url), 'utf8')),
);

describe('where the numbers come from', () => {
  it('marks parameters as assumption, sourced or unsourced, with source and year', () => {
    const s = scenario(
      {},
      {
        parameters: [
          {
            id: 'pOts',
            value: { dist: 'beta', k: 2, n: 10 },
            assumption: true,
            note: 'no figure in the report',
          },
          { id: 'rate', value: 78, unit: 'EUR/hour', source: 'Bollenstreek PGB 2024', year: 2024 },
          { id: 'mystery', value: 3 },
        ],
      },
    );
    const rows = provenanceOf(s);
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ['pOts', 'assumption'],
      ['rate', 'sourced'],
      ['mystery', 'unsourced'],
      ['discountRate', 'sourced'],
    ]);
    expect(rows[1]).toMatchObject({ source: 'Bollenstreek PGB 2024', year: 2024, unit: 'EUR/hour' });
  });

  it('gives a priced step the list item’s label, source and status, and keeps the link', () => {
    const item = list.items.find((i) => i.id === 'youth-care-ambulant-hour')!;
    const price = stepPriceFromItem(list, item, 2024, { units: 10, basis: 'monthly' });
    const s = scenario({ pilot: { steps: [step('coach', { duration: 6, price })] } });
    const row = provenanceOf(s, list).find((r) => r.kind === 'price')!;
    expect(row).toMatchObject({
      id: 'pilot.coach',
      label: item.label,
      status: item.status,
      source: item.source,
      priceItem: { item: 'youth-care-ambulant-hour', list: list.version },
    });
    // Without the list the link is still shown, but the source is unknown.
    expect(provenanceOf(s).find((r) => r.kind === 'price')).toMatchObject({ status: 'unsourced' });
  });

  it('names the discount preset’s source, and calls a custom rate an assumption', () => {
    const zin = scenario({}, { settings: { discountPreset: 'zin-2024', discountRate: 0.03 } });
    expect(provenanceOf(zin).at(-1)).toMatchObject({ status: 'sourced', year: 2024, quantity: 0.03 });
    const custom = scenario({}, { settings: { discountPreset: 'custom', discountRate: 0.05 } });
    expect(provenanceOf(custom).at(-1)).toMatchObject({ status: 'assumption', quantity: 0.05 });
  });
});

describe('a quantity in a few characters', () => {
  it('gives numbers as they are, distributions with their mean, formulas without one', () => {
    expect(quantitySummary(12)).toEqual({ mean: 12, notation: '' });
    expect(quantitySummary({ dist: 'pert', min: 3, mode: 6, max: 18 })).toEqual({
      mean: (3 + 4 * 6 + 18) / 6,
      notation: 'pert(min 3, mode 6, max 18)',
    });
    expect(quantitySummary({ dist: 'beta', k: 2, n: 10 }).mean).toBeCloseTo(3 / 12, 12);
    expect(quantitySummary({ formula: 'hours * rate' })).toEqual({ mean: null, notation: '= hours * rate' });
  });
});
