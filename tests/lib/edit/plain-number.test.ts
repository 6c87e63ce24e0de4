import { describe, expect, it } from 'vitest';
import { parsePlainNumber, showPlainNumber } from '../../../src/lib/edit/plain-number';
import { readLocalNumber } from '../../../src/lib/model/settings-input';

describe('plain numbers as typed', () => {
  it('reads Dutch decimal commas and thousands dots, and English decimal points', () => {
    expect(parsePlainNumber('0,97', 'nl')).toBe(0.97);
    expect(parsePlainNumber('1.234,5', 'nl')).toBe(1234.5);
    expect(parsePlainNumber('0.97', 'en')).toBe(0.97);
    expect(parsePlainNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parsePlainNumber(' 42 ', 'en')).toBe(42);
    expect(parsePlainNumber('-3', 'nl')).toBe(-3);
  });

  it('reads numbers as the settings and the uncertain-number widget do (readLocalNumber)', () => {
    expect(parsePlainNumber('0,5', 'en')).toBe(0.5);
    expect(parsePlainNumber('1,5', 'en')).toBe(1.5);
    expect(parsePlainNumber('1.500', 'nl')).toBe(1500);
    expect(parsePlainNumber('2.5', 'nl')).toBe(2.5);
    expect(parsePlainNumber('1.234,5', 'en')).toBeNull();
    expect(parsePlainNumber('1,234.5', 'nl')).toBeNull();
    for (const [text, lang] of [
      ['0,5', 'en'],
      ['1,5', 'en'],
      ['1.500', 'nl'],
      ['1.234,5', 'en'],
      ['12 345', 'nl'],
      ['2024', 'nl'],
    ] as const) {
      const v = readLocalNumber(text, lang === 'nl');
      expect(parsePlainNumber(text, lang)).toBe(Number.isFinite(v) ? v : null);
    }
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
