import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  formatEuro,
  formatEuroRounded,
  formatInteger,
  formatPercent,
  roundSignificant,
} from '../../../src/lib/i18n/format';

/** nl-NL puts a no-break space between the euro sign and the amount. */
const NBSP = '\u00a0';

describe('formatEuro', () => {
  it('formats whole euros the Dutch way in Dutch and the British way in English', () => {
    expect(formatEuro(20_000, 'nl')).toBe(`€${NBSP}20.000`);
    expect(formatEuro(20_000, 'en')).toBe('€20,000');
    expect(formatEuro(1_234_567, 'nl')).toBe(`€${NBSP}1.234.567`);
    expect(formatEuro(1_234_567, 'en')).toBe('€1,234,567');
  });

  it('rounds to whole euros', () => {
    expect(formatEuro(19_999.5, 'en')).toBe('€20,000');
    expect(formatEuro(134.4, 'nl')).toBe(`€${NBSP}134`);
  });

  it('shows a minus for negative amounts', () => {
    expect(formatEuro(-20_000, 'nl')).toBe(`€${NBSP}-20.000`);
    expect(formatEuro(-20_000, 'en')).toBe('-€20,000');
  });

  it.each([-0, -0.4, -0.5])('never shows a minus for %d, which rounds to zero', (x) => {
    expect(formatEuro(x, 'nl')).toBe(`€${NBSP}0`);
    expect(formatEuro(x, 'en')).toBe('€0');
    expect(formatEuroRounded(x, 'en')).toBe('€0');
  });
});

describe('roundSignificant', () => {
  it.each([
    [21_176, 21_200],
    [987, 987],
    [-3411, -3410],
    [0.4, 0],
    [999.6, 1000],
    [1_234_567, 1_230_000],
    [0, 0],
  ])('rounds %d to %d at 3 significant digits', (x, expected) => {
    expect(roundSignificant(x)).toBe(expected);
  });

  it('takes the number of digits', () => {
    expect(roundSignificant(21_176, 2)).toBe(21_000);
    expect(roundSignificant(21_176, 1)).toBe(20_000);
  });

  it('leaves infinities and NaN as they are', () => {
    expect(roundSignificant(Infinity)).toBe(Infinity);
    expect(roundSignificant(-Infinity)).toBe(-Infinity);
    expect(roundSignificant(NaN)).toBeNaN();
  });

  it('gives headline amounts in three significant digits', () => {
    expect(formatEuroRounded(21_176, 'nl')).toBe(`€${NBSP}21.200`);
    expect(formatEuroRounded(-3411, 'en')).toBe('-€3,410');
  });
});

describe('formatPercent, formatInteger and formatDecimal', () => {
  it('formats a rate as a percentage with the language’s decimal mark', () => {
    expect(formatPercent(0.0225, 'nl')).toBe('2,25%');
    expect(formatPercent(0.0225, 'en')).toBe('2.25%');
    expect(formatPercent(0.03, 'nl')).toBe('3%');
    expect(formatPercent(0, 'en')).toBe('0%');
  });

  it('groups thousands in integers and fixes the decimals of decimals', () => {
    expect(formatInteger(10_000, 'nl')).toBe('10.000');
    expect(formatInteger(10_000, 'en')).toBe('10,000');
    expect(formatDecimal(2.25, 'nl')).toBe('2,3');
    expect(formatDecimal(2, 'en', 2)).toBe('2.00');
  });
});
