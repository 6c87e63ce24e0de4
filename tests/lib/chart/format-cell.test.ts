import { describe, expect, it } from 'vitest';
import { cellNamesOf } from '../../../src/lib/chart/cell-names';
import { formatCell, formatShare } from '../../../src/lib/chart/format-cell';
import { CATALOGUES } from '../../../src/lib/i18n/messages';

const NBSP = '\u00a0';

describe('formatCell', () => {
  const en = cellNamesOf(CATALOGUES.en);
  const nl = cellNamesOf(CATALOGUES.nl);

  it('shows estimates to 3 significant digits and bin edges in whole euros, per language', () => {
    expect(formatCell(12_345.6, 'euro', 'en', en)).toBe('€12,300');
    expect(formatCell(12_345.6, 'euro', 'nl', nl)).toBe(`€${NBSP}12.300`);
    expect(formatCell(12_345.6, 'edge', 'en', en)).toBe('€12,346');
    expect(formatCell(-2500, 'edge', 'en', en)).toBe('-€2,500');
  });

  it('shows shares as percentages with one decimal at most', () => {
    expect(formatShare(0.6834, 'en')).toBe('68.3%');
    expect(formatShare(0.6834, 'nl')).toBe('68,3%');
    expect(formatCell(0.5, 'share', 'en', en)).toBe('50%');
  });

  it('never rounds a share that is neither none nor all to 0% or 100%, in both languages', () => {
    expect(formatShare(0.9996, 'en')).toBe('> 99.9%');
    expect(formatShare(0.9996, 'nl')).toBe('> 99,9%');
    expect(formatShare(0.0004, 'en')).toBe('< 0.1%');
    expect(formatShare(0.0004, 'nl')).toBe('< 0,1%');
    expect(formatCell(1e-6, 'share', 'nl', nl)).toBe('< 0,1%');
    expect(formatCell(1 - 1e-9, 'share', 'en', en)).toBe('> 99.9%');
    // The bounds themselves, and shares that round to them, stay as they are.
    expect(formatShare(0, 'en')).toBe('0%');
    expect(formatShare(1, 'nl')).toBe('100%');
    expect(formatShare(0.0005, 'en')).toBe('0.1%');
    expect(formatShare(0.999, 'en')).toBe('99.9%');
  });

  it('names paths, kinds and flags in the language, and shows an empty cell as a dash', () => {
    expect(formatCell('pilot', 'path', 'nl', nl)).toBe('Pilotpad');
    expect(formatCell('reference', 'path', 'en', en)).toBe('Reference path');
    expect(formatCell('placement', 'kind', 'nl', nl)).toBe('uithuisplaatsing');
    expect(formatCell(1, 'flag', 'en', en)).toBe('yes');
    expect(formatCell(0, 'flag', 'nl', nl)).toBe('nee');
    expect(formatCell(null, 'euro', 'en', en)).toBe('–');
    expect(formatCell(2.25, 'months', 'nl', nl)).toBe('2,3');
    expect(formatCell(1234, 'integer', 'en', en)).toBe('1,234');
    expect(formatCell('<b>x</b>', 'text', 'en', en)).toBe('<b>x</b>');
  });
});
