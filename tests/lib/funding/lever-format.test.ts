import { describe, expect, it } from 'vitest';
import { formatLeverValue } from '../../../src/lib/funding/lever-format';

const words = { months: (v: string) => `${v} months`, hours: (v: string) => `${v} h` };

describe('formatLeverValue', () => {
  it('shows probabilities as percentages and costs in euros, in the locale’s style', () => {
    expect(formatLeverValue(0.35, { role: 'probability' }, 'en', words)).toBe('35%');
    expect(formatLeverValue(0.125, { role: 'probability' }, 'nl', words)).toBe('12,5%');
    expect(formatLeverValue(1234.4, { role: 'cost' }, 'en', words)).toBe('€1,230');
    expect(formatLeverValue(134.4, { role: 'cost' }, 'en', words)).toBe('€134');
  });

  it('gives months, hours and other units their words', () => {
    expect(formatLeverValue(6.54, { role: 'duration' }, 'en', words)).toBe('6.54 months');
    expect(formatLeverValue(12, { role: 'hours' }, 'en', words)).toBe('12 h');
    expect(formatLeverValue(2.5, { role: 'parameter', unit: 'visits' }, 'nl', words)).toBe('2,5 visits');
    expect(formatLeverValue(1500, { role: 'units' }, 'nl', words)).toBe('1.500');
  });
});
