import { describe, expect, it } from 'vitest';
import { perHundred } from '../../../src/lib/present/per-hundred';

describe('perHundred', () => {
  it('says a probability as a whole number of 100 families', () => {
    expect(perHundred(0.35, 'en')).toBe('35');
    expect(perHundred(0.104, 'nl')).toBe('10');
    expect(perHundred(0, 'en')).toBe('0');
    expect(perHundred(1, 'en')).toBe('100');
  });

  it('never rounds a small chance to 0 or a near-certain one to 100', () => {
    expect(perHundred(0.004, 'en')).toBe('< 1');
    expect(perHundred(0.996, 'en')).toBe('> 99');
  });
});
