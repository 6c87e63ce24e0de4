import { describe, expect, it } from 'vitest';
import { parsePlainNumber, showPlainNumber } from '../../../src/lib/edit/plain-number';

describe('plain numbers as typed', () => {
  it('reads Dutch decimal commas and thousands dots, and English decimal points', () => {
    expect(parsePlainNumber('0,97', 'nl')).toBe(0.97);
    expect(parsePlainNumber('1.234,5', 'nl')).toBe(1234.5);
    expect(parsePlainNumber('0.97', 'en')).toBe(0.97);
    expect(parsePlainNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parsePlainNumber(' 42 ', 'en')).toBe(42);
    expect(parsePlainNumber('-3', 'nl')).toBe(-3);
  });

  it('refuses what is not a number', () => {
    for (const t of ['', 'abc', '1/2', '0,5,5x', 'NaN', 'Infinity'])
      expect(parsePlainNumber(t, 'en')).toBeNull();
  });

  it('shows a number the way it is typed in each language', () => {
    expect(showPlainNumber(0.97, 'nl')).toBe('0,97');
    expect(showPlainNumber(0.97, 'en')).toBe('0.97');
    expect(showPlainNumber(undefined, 'en')).toBe('');
  });
});
