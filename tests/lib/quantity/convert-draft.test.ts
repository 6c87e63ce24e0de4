import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../src/lib/model/quantity';
import type { QuantityRole } from '../../../src/lib/model/quantity-fields';
import { convertDraft } from '../../../src/lib/quantity/convert-draft';
import {
  draftOf,
  type DistributionFamily,
  type QuantityKind,
} from '../../../src/lib/quantity/quantity-draft';
import { readDraft } from '../../../src/lib/quantity/read-draft';

function convert(q: Quantity, kind: QuantityKind, family: DistributionFamily, role: QuantityRole = 'cost') {
  const d = convertDraft(draftOf(q, role, 'en'), q, kind, family, role, 'en');
  return { draft: d, reading: readDraft(d, { role, locale: 'en', parameters: ['rate'], optional: false }) };
}

describe('convertDraft', () => {
  it('makes a plain number x the three-point estimate x / x / x, and a formula "x"', () => {
    expect(convert(0.3, 'threePoint', 'gamma', 'probability').reading).toEqual({
      ok: true,
      quantity: { dist: 'pert', min: 0.3, mode: 0.3, max: 0.3 },
    });
    expect(convert(1200.5, 'formula', 'gamma').reading).toEqual({
      ok: true,
      quantity: { formula: '1200.5' },
    });
  });

  it('makes a distribution a plain number by its mean', () => {
    expect(convert({ dist: 'pert', min: 0, mode: 3, max: 12 }, 'number', 'gamma').reading).toEqual({
      ok: true,
      quantity: 4,
    });
    expect(convert({ dist: 'beta', k: 3, n: 10 }, 'number', 'beta', 'probability').draft.text).toEqual({
      value: '0.333333',
      count: '33.3333',
    });
  });

  it('gives a plain number as the mean of a distribution and leaves its spread to be filled in', () => {
    const { draft, reading } = convert(100, 'distribution', 'gamma');
    expect(draft.text).toEqual({ mean: '100' });
    expect(reading).toMatchObject({ ok: false, problems: [{ code: 'missing', fields: ['sd'] }] });
  });

  it('keeps mean and sd between distributions (moment matching)', () => {
    const pert = { dist: 'pert', min: 0, mode: 3, max: 12 } as const;
    const sd = Math.sqrt(((1 + 1) * (1 + 3)) / ((2 + 4) ** 2 * (2 + 4 + 1))) * 12; // Beta(2, 4) on [0, 12]
    const g = convert(pert, 'distribution', 'gamma').reading;
    expect(g).toEqual({ ok: true, quantity: { dist: 'gamma', mean: 4, sd: Number(sd.toPrecision(6)) } });
    const u = convert({ dist: 'normal', mean: 10, sd: 1 }, 'distribution', 'uniform').reading;
    expect(u).toEqual({
      ok: true,
      quantity: {
        dist: 'uniform',
        min: Number((10 - Math.sqrt(3)).toPrecision(6)),
        max: Number((10 + Math.sqrt(3)).toPrecision(6)),
      },
    });
  });

  it('keeps low, most likely and high where both kinds have them', () => {
    expect(convert({ dist: 'pert', min: 1, mode: 2, max: 6 }, 'distribution', 'triangular').reading).toEqual({
      ok: true,
      quantity: { dist: 'triangular', min: 1, mode: 2, max: 6 },
    });
    expect(convert({ dist: 'uniform', min: 2, max: 6 }, 'threePoint', 'gamma').reading).toEqual({
      ok: true,
      quantity: { dist: 'pert', min: 2, mode: 4, max: 6 },
    });
  });

  it('turns "k of n" into the same beta by mean and sd, or by α and β', () => {
    const kn = { dist: 'beta', k: 3, n: 10 } as const; // Beta(4, 8)
    expect(convert(kn, 'distribution', 'betaShape', 'probability').reading).toEqual({
      ok: true,
      quantity: { dist: 'beta', alpha: 4, beta: 8 },
    });
    const r = convert(kn, 'distribution', 'beta', 'probability').reading;
    expect(r.ok && r.quantity).toEqual({ dist: 'beta', mean: 0.333333, sd: 0.130744 });
  });

  it('leaves fields empty where nothing sensible carries over (a formula to k of n)', () => {
    const { draft, reading } = convert({ formula: 'rate' }, 'kOfN', 'beta', 'probability');
    expect(draft.text).toEqual({});
    expect(reading.ok).toBe(false);
  });

  it('keeps what was typed in a field both kinds share when the value is not known', () => {
    const old = { kind: 'distribution', family: 'gamma', text: { mean: '120', sd: '' } } as const;
    const d = convertDraft(old, 100, 'distribution', 'lognormal', 'cost', 'en');
    expect(d.text).toEqual({ mean: '100' });
    const unknown = convertDraft(old, undefined, 'distribution', 'lognormal', 'cost', 'en');
    expect(unknown.text).toEqual({ mean: '120' });
  });
});
