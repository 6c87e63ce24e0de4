import { describe, expect, it } from 'vitest';
import { DISCOUNT_PRESETS } from '../../../src/lib/model/discount-presets';
import { settingsSchema, type Settings } from '../../../src/lib/model/settings';
import {
  newSeed,
  parseSetting,
  readLocalNumber,
  SETTING_LIMITS,
  withDiscountPreset,
  withSetting,
} from '../../../src/lib/model/settings-input';

/** The default settings: horizon 60 months, short term 12, the first discount preset. */
const defaults = (): Settings => settingsSchema.parse({});

describe('readLocalNumber', () => {
  it.each([
    ['2,25', 2.25],
    ['10.000', 10_000],
    ['10.000,5', 10_000.5],
    [' 1.234.567 ', 1_234_567],
    ['10\u00a0000', 10_000],
    ['-3', -3],
    ['0', 0],
  ])('reads %j in Dutch as %d', (text, expected) => {
    expect(readLocalNumber(text, true)).toBe(expected);
  });

  it.each([
    ['10,000', 10_000],
    ['2.25', 2.25],
    ['1,234,567.5', 1_234_567.5],
    ['.5', 0.5],
    ['+7', 7],
    ['10 000', 10_000],
  ])('reads %j in English as %d', (text, expected) => {
    expect(readLocalNumber(text, false)).toBe(expected);
  });

  it.each(['abc', '', '   ', '1e5', '0x10', 'Infinity', '--3', '2,25%', '€ 5'])(
    'reads %j as NaN in both languages',
    (text) => {
      expect(readLocalNumber(text, true)).toBeNaN();
      expect(readLocalNumber(text, false)).toBeNaN();
    },
  );

  it('refuses two decimal marks', () => {
    expect(readLocalNumber('1.2.3', false)).toBeNaN();
    expect(readLocalNumber('1,2,3', true)).toBeNaN();
  });
});

describe('parseSetting', () => {
  it('accepts whole numbers within the limits, typed either way', () => {
    expect(parseSetting('iterations', '100', true)).toEqual({ ok: true, value: 100 });
    expect(parseSetting('iterations', '1.000.000', true)).toEqual({ ok: true, value: 1_000_000 });
    expect(parseSetting('iterations', '1,000,000', false)).toEqual({ ok: true, value: 1_000_000 });
    expect(parseSetting('seed', '4294967295', false)).toEqual({ ok: true, value: 0xffffffff });
    expect(parseSetting('seed', '0', false)).toEqual({ ok: true, value: 0 });
    expect(parseSetting('horizonMonths', '600', true)).toEqual({ ok: true, value: 600 });
    expect(parseSetting('shortTermMonths', '1', true)).toEqual({ ok: true, value: 1 });
  });

  it.each([
    ['iterations', '99'],
    ['iterations', '1000001'],
    ['seed', '-1'],
    ['seed', '4294967296'],
    ['horizonMonths', '0'],
    ['horizonMonths', '601'],
    ['shortTermMonths', '0'],
  ] as const)('refuses %s = %s as out of range, saying the whole-number range', (field, text) => {
    const lim = SETTING_LIMITS[field];
    expect(parseSetting(field, text, false)).toEqual({
      ok: false,
      problem: { kind: 'wholeNumber', min: lim.min, max: lim.max },
    });
  });

  it('refuses a fraction where a whole number is needed', () => {
    expect(parseSetting('iterations', '150,5', true)).toEqual({
      ok: false,
      problem: { kind: 'wholeNumber', min: 100, max: 1_000_000 },
    });
    expect(parseSetting('horizonMonths', '12.5', false)).toMatchObject({ ok: false });
  });

  it('refuses text that is not a number', () => {
    expect(parseSetting('seed', 'abc', false)).toMatchObject({ ok: false, problem: { kind: 'wholeNumber' } });
    expect(parseSetting('seed', '', true)).toMatchObject({ ok: false });
    expect(parseSetting('iterations', '1e5', false)).toMatchObject({ ok: false });
  });

  it('accepts a custom rate in percent with decimals, from 0 to 50', () => {
    expect(parseSetting('customRatePercent', '2,25', true)).toEqual({ ok: true, value: 2.25 });
    expect(parseSetting('customRatePercent', '2.25', false)).toEqual({ ok: true, value: 2.25 });
    expect(parseSetting('customRatePercent', '0', false)).toEqual({ ok: true, value: 0 });
    expect(parseSetting('customRatePercent', '50', false)).toEqual({ ok: true, value: 50 });
    for (const text of ['50,01', '-0,5']) {
      expect(parseSetting('customRatePercent', text, true)).toEqual({
        ok: false,
        problem: { kind: 'number', min: 0, max: 50 },
      });
    }
  });
});

describe('withSetting', () => {
  it('changes one field and leaves the given settings alone', () => {
    const before = defaults();
    const r = withSetting(before, 'iterations', 5000);
    expect(r).toEqual({ ok: true, settings: { ...before, iterations: 5000 } });
    expect(before.iterations).toBe(10_000);
  });

  it('refuses a short term longer than the horizon when the short term is edited', () => {
    const s = defaults(); // horizon 60
    expect(withSetting(s, 'shortTermMonths', 61)).toEqual({
      ok: false,
      problem: { kind: 'shortTermTooLong' },
    });
    expect(withSetting(s, 'shortTermMonths', 60)).toMatchObject({
      ok: true,
      settings: { shortTermMonths: 60 },
    });
  });

  it('refuses a horizon shorter than the short term when the horizon is edited', () => {
    const s = defaults(); // short term 12
    expect(withSetting(s, 'horizonMonths', 11)).toEqual({ ok: false, problem: { kind: 'shortTermTooLong' } });
    expect(withSetting(s, 'horizonMonths', 12)).toMatchObject({ ok: true, settings: { horizonMonths: 12 } });
  });

  it('sets the preset to custom and the rate to the percentage over 100 for a custom rate', () => {
    const r = withSetting(defaults(), 'customRatePercent', 2.25);
    expect(r).toMatchObject({ ok: true, settings: { discountPreset: 'custom', discountRate: 0.0225 } });
    expect(r.ok && 'customRatePercent' in r.settings).toBe(false);
  });
});

describe('withDiscountPreset', () => {
  it.each(DISCOUNT_PRESETS.map((p) => [p.id, p.rate] as const))(
    'sets preset %s with its rate %d',
    (id, rate) => {
      const s = withDiscountPreset({ ...defaults(), discountPreset: 'custom', discountRate: 0.07 }, id);
      expect(s.discountPreset).toBe(id);
      expect(s.discountRate).toBe(rate);
    },
  );

  it('knows the Dutch presets: 3 %, 2.25 % and 0 %', () => {
    expect(withDiscountPreset(defaults(), 'zin-2024').discountRate).toBe(0.03);
    expect(withDiscountPreset(defaults(), 'mkba-2021').discountRate).toBe(0.0225);
    expect(withDiscountPreset(defaults(), 'none').discountRate).toBe(0);
  });

  it('keeps the current rate when custom is chosen', () => {
    const s = withDiscountPreset(
      { ...defaults(), discountPreset: 'mkba-2021', discountRate: 0.0225 },
      'custom',
    );
    expect(s).toMatchObject({ discountPreset: 'custom', discountRate: 0.0225 });
  });
});

describe('newSeed', () => {
  it('makes any 32-bit source value an unsigned 32-bit seed', () => {
    expect(newSeed(() => 123)).toBe(123);
    expect(newSeed(() => -1)).toBe(0xffffffff);
    expect(newSeed(() => 2 ** 32 + 5)).toBe(5);
  });
});

describe('a number typed the other language’s way', () => {
  it('reads a lone foreign decimal mark as a decimal mark, not as grouping', () => {
    expect(readLocalNumber('2.5', true)).toBe(2.5);
    expect(readLocalNumber('1,5', false)).toBe(1.5);
  });

  it('still reads well-formed thousands grouping as grouping', () => {
    expect(readLocalNumber('1.500', true)).toBe(1500);
    expect(readLocalNumber('1,500', false)).toBe(1500);
  });

  it('refuses misplaced grouping marks', () => {
    expect(readLocalNumber('10.00,5', true)).toBeNaN();
    expect(readLocalNumber('1,00.5', false)).toBeNaN();
  });
});
