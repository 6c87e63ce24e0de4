import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../src/lib/model/quantity';
import type { QuantityRole } from '../../../src/lib/model/quantity-fields';
import { draftOf, type QuantityDraft } from '../../../src/lib/quantity/quantity-draft';
import { readDraft, type DraftContext } from '../../../src/lib/quantity/read-draft';

const ctx = (role: QuantityRole, more: Partial<DraftContext> = {}): DraftContext => ({
  role,
  locale: 'en',
  parameters: ['rate', 'hours'],
  optional: false,
  ...more,
});
const draft = (
  kind: QuantityDraft['kind'],
  text: QuantityDraft['text'],
  family: QuantityDraft['family'] = 'gamma',
) => ({
  kind,
  family,
  text,
});
const codes = (r: ReturnType<typeof readDraft>) => (r.ok ? [] : r.problems.map((p) => p.code));

describe('readDraft', () => {
  it('reads each kind into the scenario format', () => {
    expect(readDraft(draft('number', { value: '1,200' }), ctx('cost'))).toEqual({ ok: true, quantity: 1200 });
    expect(readDraft(draft('threePoint', { min: '0', mode: '3', max: '12' }), ctx('cost'))).toEqual({
      ok: true,
      quantity: { dist: 'pert', min: 0, mode: 3, max: 12 },
    });
    expect(readDraft(draft('kOfN', { k: '3', n: '10' }), ctx('probability'))).toEqual({
      ok: true,
      quantity: { dist: 'beta', k: 3, n: 10 },
    });
    expect(readDraft(draft('distribution', { mean: '30%', sd: '5%' }, 'beta'), ctx('probability'))).toEqual({
      ok: true,
      quantity: { dist: 'beta', mean: 0.3, sd: 0.05 },
    });
    expect(
      readDraft(draft('distribution', { alpha: '2', beta: '5' }, 'betaShape'), ctx('probability')),
    ).toEqual({
      ok: true,
      quantity: { dist: 'beta', alpha: 2, beta: 5 },
    });
    expect(readDraft(draft('formula', { formula: ' rate * hours ' }), ctx('cost'))).toEqual({
      ok: true,
      quantity: { formula: 'rate * hours' },
    });
  });

  it('reads a chance from the count of 100 families when that was typed', () => {
    const d = draft('number', { value: '0.1', count: '25' });
    expect(readDraft(d, ctx('probability'), 'count')).toEqual({ ok: true, quantity: 0.25 });
    expect(readDraft(d, ctx('probability'), 'value')).toEqual({ ok: true, quantity: 0.1 });
    expect(codes(readDraft(draft('number', { count: '101' }), ctx('probability'), 'count'))).toEqual([
      'countRange',
    ]);
  });

  it('says which fields are missing, and gives undefined for an empty optional field', () => {
    const r = readDraft(draft('threePoint', { min: '1', mode: ' ' }), ctx('cost'));
    expect(r).toEqual({
      ok: false,
      problems: [{ code: 'missing', fields: ['mode', 'max'] }],
      fields: ['mode', 'max'],
    });
    expect(readDraft(draft('number', { value: '' }), ctx('cost', { optional: true }))).toEqual({
      ok: true,
      quantity: undefined,
    });
  });

  it('checks the order of low, most likely and high', () => {
    expect(codes(readDraft(draft('threePoint', { min: '5', mode: '3', max: '4' }), ctx('cost')))).toEqual([
      'minAboveMax',
    ]);
    expect(codes(readDraft(draft('threePoint', { min: '1', mode: '5', max: '4' }), ctx('cost')))).toEqual([
      'modeOutside',
    ]);
    expect(codes(readDraft(draft('distribution', { min: '5', max: '4' }, 'uniform'), ctx('cost')))).toEqual([
      'minAboveMax',
    ]);
  });

  it('checks spreads, means and the feasibility of a beta', () => {
    expect(codes(readDraft(draft('distribution', { mean: '100', sd: '0' }, 'normal'), ctx('cost')))).toEqual([
      'sdNotPositive',
    ]);
    expect(codes(readDraft(draft('distribution', { mean: '0', sd: '1' }, 'gamma'), ctx('cost')))).toEqual([
      'meanNotPositive',
    ]);
    expect(
      codes(readDraft(draft('distribution', { mean: '1.2', sd: '0.1' }, 'beta'), ctx('parameter'))),
    ).toEqual(['betaMeanRange']);
    const tooWide = readDraft(draft('distribution', { mean: '0.3', sd: '0.5' }, 'beta'), ctx('probability'));
    expect(tooWide.ok).toBe(false);
    if (!tooWide.ok) {
      expect(tooWide.problems[0]).toMatchObject({ code: 'betaSdTooLarge' });
      const max = (tooWide.problems[0] as { maxSd: number }).maxSd;
      expect(max).toBeCloseTo(Math.sqrt(0.21), 12);
      expect(tooWide.fields).toEqual(['sd']);
    }
    expect(
      codes(readDraft(draft('distribution', { alpha: '0', beta: '2' }, 'betaShape'), ctx('parameter'))),
    ).toEqual(['shapeNotPositive']);
  });

  it('checks k of n', () => {
    expect(codes(readDraft(draft('kOfN', { k: '11', n: '10' }), ctx('probability')))).toEqual(['kAboveN']);
    expect(codes(readDraft(draft('kOfN', { k: '1.5', n: '10' }), ctx('probability')))).toEqual([
      'countsNotWhole',
    ]);
    expect(codes(readDraft(draft('kOfN', { k: '0', n: '0' }), ctx('probability')))).toEqual(['nTooSmall']);
  });

  it('keeps chances within 0..1 and costs and durations not below 0', () => {
    expect(codes(readDraft(draft('number', { value: '30' }), ctx('probability')))).toEqual([
      'probabilityRange',
    ]);
    expect(
      codes(readDraft(draft('threePoint', { min: '0', mode: '0.5', max: '1.5' }), ctx('probability'))),
    ).toEqual(['probabilityRange']);
    expect(
      codes(readDraft(draft('distribution', { mean: '0.3', sd: '0.1' }, 'normal'), ctx('probability'))),
    ).toEqual(['probabilityFamily']);
    expect(codes(readDraft(draft('number', { value: '-1' }), ctx('duration')))).toEqual(['negative']);
    expect(codes(readDraft(draft('distribution', { min: '-1', max: '4' }, 'uniform'), ctx('cost')))).toEqual([
      'negative',
    ]);
    expect(readDraft(draft('number', { value: '-1' }), ctx('parameter'))).toEqual({ ok: true, quantity: -1 });
  });

  it('checks discrete values and weights', () => {
    expect(
      codes(readDraft(draft('distribution', { values: '1; 2', weights: '1' }, 'discrete'), ctx('cost'))),
    ).toEqual(['weightsCount']);
    expect(
      codes(readDraft(draft('distribution', { values: '1; 2', weights: '0; 0' }, 'discrete'), ctx('cost'))),
    ).toEqual(['weightsInvalid']);
    expect(
      codes(readDraft(draft('distribution', { values: '1; x', weights: '1; 1' }, 'discrete'), ctx('cost'))),
    ).toEqual(['notAList']);
  });

  it('checks formulas with the restricted parser and lists unknown names with the known ones', () => {
    const r = readDraft(draft('formula', { formula: 'rte * hrs + rate' }), ctx('cost'));
    expect(r).toEqual({
      ok: false,
      problems: [{ code: 'formulaUnknownNames', names: ['rte', 'hrs'], known: ['rate', 'hours'] }],
      fields: ['formula'],
    });
    expect(codes(readDraft(draft('formula', { formula: 'rate * (2' }), ctx('cost')))).toEqual([
      'formulaSyntax',
    ]);
    expect(codes(readDraft(draft('formula', { formula: 'evaluate("1")' }), ctx('cost')))).toEqual([
      'formulaNotAllowed',
    ]);
    expect(codes(readDraft(draft('formula', { formula: 'x'.repeat(1001) }), ctx('cost')))).toEqual([
      'formulaTooLong',
    ]);
  });

  it('reports text that is not a number by field, with the text', () => {
    expect(readDraft(draft('threePoint', { min: 'abc', mode: '1', max: '2' }), ctx('cost'))).toEqual({
      ok: false,
      problems: [{ code: 'notANumber', field: 'min', text: 'abc' }],
      fields: ['min'],
    });
  });

  it('reads back every draft it writes', () => {
    const values = [
      1234.5,
      { dist: 'pert', min: 0, mode: 3, max: 12 },
      { dist: 'triangular', min: 0, mode: 3, max: 12 },
      { dist: 'uniform', min: 1000, max: 2500.5 },
      { dist: 'gamma', mean: 1200, sd: 300 },
      { dist: 'lognormal', mean: 1200, sd: 300 },
      { dist: 'normal', mean: 1200, sd: 300 },
      { dist: 'discrete', values: [1000, 2000.5], weights: [0.25, 0.75] },
      { formula: 'rate * 2' },
    ] satisfies Quantity[];
    for (const locale of ['nl', 'en'] as const) {
      for (const q of values) {
        expect(readDraft(draftOf(q, 'cost', locale), ctx('cost', { locale })), JSON.stringify(q)).toEqual({
          ok: true,
          quantity: q,
        });
      }
      for (const q of [0.125, { dist: 'beta', k: 3, n: 10 }, { dist: 'beta', mean: 0.3, sd: 0.1 }] as const) {
        expect(readDraft(draftOf(q, 'probability', locale), ctx('probability', { locale }))).toEqual({
          ok: true,
          quantity: q,
        });
      }
    }
  });
});
