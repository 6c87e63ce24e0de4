import { describe, expect, it } from 'vitest';
import { formatLeverValue } from '../../../src/lib/funding/lever-format';
import { CATALOGUES } from '../../../src/lib/i18n/messages';

const en = CATALOGUES.en;
const nl = CATALOGUES.nl;

describe('formatLeverValue', () => {
  it('shows probabilities as percentages and costs in euros, in the locale’s style', () => {
    expect(formatLeverValue(0.35, { role: 'probability' }, 'en', en)).toBe('35%');
    expect(formatLeverValue(0.125, { role: 'probability' }, 'nl', nl)).toBe('12,5%');
    expect(formatLeverValue(1234.4, { role: 'cost' }, 'en', en)).toBe('€1,230');
    expect(formatLeverValue(134.4, { role: 'cost' }, 'en', en)).toBe('€134');
  });

  it('reads a parameter whose unit starts with “probability” as a percentage, as the tornado does', () => {
    const p = { role: 'parameter' as const, unit: 'probability (within the onset window)' };
    expect(formatLeverValue(0.196, p, 'nl', nl)).toBe('19,6%');
    expect(formatLeverValue(0.5, p, 'en', en)).toBe('50%');
    expect(formatLeverValue(0.5, p, 'en', en)).not.toContain('probability');
  });

  it('reads a parameter in EUR as euros', () => {
    const p = { role: 'parameter' as const, unit: 'EUR per contact' };
    expect(formatLeverValue(137.2, p, 'en', en)).toBe('€137');
    expect(formatLeverValue(20_000, p, 'nl', nl)).toBe('€\u00a020.000');
  });

  it('gives months and hours their words in the UI’s language, and other units after the number', () => {
    expect(formatLeverValue(6.54, { role: 'duration' }, 'en', en)).toBe('6.54 months');
    expect(formatLeverValue(6.54, { role: 'parameter', unit: 'months' }, 'nl', nl)).toBe('6,54 maanden');
    expect(formatLeverValue(12, { role: 'hours' }, 'en', en)).toBe('12 hours');
    expect(formatLeverValue(2.5, { role: 'parameter', unit: 'visits' }, 'nl', nl)).toBe('2,5 visits');
    expect(formatLeverValue(1500, { role: 'units' }, 'nl', nl)).toBe('1.500');
  });
});
