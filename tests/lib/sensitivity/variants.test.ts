import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import type { Scenario } from '../../../src/lib/model/scenario';
import { variantChoices } from '../../../src/lib/sensitivity/variant-choices';
import { variantsGeometry } from '../../../src/lib/sensitivity/variants-geometry';
import { variantCells, variantsReading, variantsTables } from '../../../src/lib/sensitivity/variants-summary';
import { scenario } from '../../helpers/scenario';
import { variantRow } from './fixtures';

const en = CATALOGUES.en;
const nl = CATALOGUES.nl;

describe('variantChoices', () => {
  const named = (id: string, name: Scenario['name']) => ({ ...scenario({}), id, name });
  const stored = [
    named('case-1', { nl: 'Casus 1', en: 'Case 1' }),
    named('case-1-copy', { nl: 'Casus 1 (kopie)', en: 'Case 1 (copy)' }),
    named('other', 'Other'),
  ];

  it('puts the open scenario first (its draft, not the stored copy) and names them in the language', () => {
    const open = { ...stored[0]!, settings: { ...stored[0]!.settings, seed: 99 } };
    const c = variantChoices(stored, open, 'nl');
    expect(c.map((x) => [x.id, x.name, x.open])).toEqual([
      ['case-1', 'Casus 1', true],
      ['case-1-copy', 'Casus 1 (kopie)', false],
      ['other', 'Other', false],
    ]);
    expect(c[0]!.scenario).toBe(open);
  });

  it('lists the open scenario even before it is stored, and only stored ones without one open', () => {
    const fresh = named('new', { en: 'New scenario' });
    expect(variantChoices(stored, fresh, 'en').map((x) => x.id)).toEqual([
      'new',
      'case-1',
      'case-1-copy',
      'other',
    ]);
    expect(variantChoices(stored, null, 'en').map((x) => x.open)).toEqual([false, false, false]);
  });
});

describe('variantCells', () => {
  it('write a variant’s row in plain words', () => {
    expect(variantCells(variantRow('With a waiting list', 2430), en, 'en')).toEqual({
      name: 'With a waiting list',
      pilot: '€20,000',
      reference: '€22,400',
      saving: '€2,430',
      savingSpread: '9 in 10 families: -€17,600 to €32,400',
      savingRange: ['-€17,600', '€32,400'],
      shortSaving: '-€12,000',
      shortSpread: '9 in 10 families: -€18,000 to -€4,000',
      shortRange: ['-€18,000', '-€4,000'],
      cheaper: 'in 6 of 10 simulated futures',
      breakEven: 'from month 30',
    });
  });

  it('say when the pilot does not break even within the horizon, in Dutch', () => {
    const c = variantCells(
      variantRow('Zonder wachtlijst', -500, { breakEvenMonth: null, pPilotCheaper: 0.04 }),
      nl,
      'nl',
    );
    expect(c.breakEven).toBe('niet binnen de horizon (5 jaar)');
    expect(c.cheaper).toBe('in minder dan 1 van de 10 gesimuleerde toekomsten');
  });
});

describe('variantsReading', () => {
  it('names the variant that saves most', () => {
    const r = { rows: [variantRow('A', 1000), variantRow('B', 2430)], iterations: 100, seed: 1 };
    expect(variantsReading(r, en, 'en')).toBe(
      '“B” saves most: €2,430 per family on average (9 in 10 families between -€17,600 and €32,400).',
    );
  });

  it('names the one that costs least extra when every variant costs more', () => {
    const r = { rows: [variantRow('A', -3000), variantRow('B', -1200)], iterations: 100, seed: 1 };
    expect(variantsReading(r, en, 'en')).toBe(
      'With every variant the pilot costs more; “B” costs the least extra: €1,200 per family on average.',
    );
  });
});

describe('variantsTables', () => {
  it('hold the result’s numbers, one row per variant', () => {
    const rows = [variantRow('A', 1000), variantRow('B', -2000)];
    const [table] = variantsTables({ rows, iterations: 100, seed: 1 });
    expect(table!.rows).toEqual([
      ['A', 20000, 21000, 1000, -19000, 31000, 120, 0.62],
      ['B', 20000, 18000, -2000, -22000, 28000, 120, 0.62],
    ]);
  });
});

describe('variantsGeometry', () => {
  it('places each variant’s dot and interval on an axis that reaches zero', () => {
    const g = variantsGeometry(
      [
        { mean: 2000, low: 1000, high: 4000 },
        { mean: 3000, low: 2000, high: 5000 },
      ],
      500,
    );
    // plot 56..374 px over the nice domain 0..5,000: 63.6 px per 1,000 euros
    expect([g.left, g.right, g.zeroX, g.zeroLabelY]).toEqual([56, 374, 56, 26]);
    expect(g.marks).toEqual([
      { nameY: 58, lineY: 80, lowX: 119.6, highX: 310.4, meanX: 183.2, labelX: 320.4 },
      { nameY: 116, lineY: 138, lowX: 183.2, highX: 374, meanX: 246.8, labelX: 384 },
    ]);
    expect(g.height).toBe(40 + 2 * 58 + 100);
  });

  it('gives an all-zero comparison a span around zero', () => {
    const g = variantsGeometry([{ mean: 0, low: 0, high: 0 }], 500);
    expect(g.zeroX).toBe((g.left + g.right) / 2);
  });
});
