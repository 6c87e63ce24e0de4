import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/lib/i18n/messages';
import { ANALYSIS_LIMITS, readCount, readOuterDraws } from '../../../src/lib/sensitivity/count-field';
import { clipText, inputSourceText } from '../../../src/lib/sensitivity/input-source';
import { displayRole, inputValueText, per100Text } from '../../../src/lib/sensitivity/input-value';
import { input } from './fixtures';

const en = CATALOGUES.en;
const nl = CATALOGUES.nl;

describe('inputSourceText', () => {
  it('gives the source with its year', () => {
    expect(inputSourceText({ source: 'Kostenhandleiding 2024', year: 2022 }, en)).toBe(
      'Kostenhandleiding 2024 (2022)',
    );
    expect(inputSourceText({ source: '  CBS  ' }, en)).toBe('CBS');
  });

  it('marks an assumption, with its own words when it has any', () => {
    expect(inputSourceText({ assumption: true }, en)).toBe('illustrative assumption');
    expect(inputSourceText({ assumption: true }, nl)).toBe('aanname ter illustratie');
    expect(inputSourceText({ assumption: true, source: 'Session estimate', year: 2024 }, en)).toBe(
      'illustrative assumption: Session estimate (2024)',
    );
    expect(
      inputSourceText({ assumption: true, source: 'Assumption: not in the report.', year: 2024 }, en),
    ).toBe('Assumption: not in the report. (2024)');
  });

  it('says when no source is given', () => {
    expect(inputSourceText({}, en)).toBe('no source given');
    expect(inputSourceText({ source: ' ' }, nl)).toBe('geen bron vermeld');
    expect(inputSourceText({ year: 2023 }, en)).toBe('no source given (2023)');
  });
});

describe('clipText', () => {
  it('keeps a short text and cuts a long one at a word, with an ellipsis', () => {
    expect(clipText('Short  text', 20)).toBe('Short text');
    expect(clipText('Cost of the attachment intervention and Stevig Ouderschap', 30)).toBe(
      'Cost of the attachment…',
    );
    expect(clipText('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
    expect(clipText('abc', 1)).toBe('…');
  });
});

describe('displayRole and inputValueText', () => {
  it('read a parameter by its unit', () => {
    expect(displayRole(input({ role: 'parameter', unit: 'probability (within the onset window)' }))).toBe(
      'probability',
    );
    expect(displayRole(input({ role: 'parameter', unit: 'EUR per family' }))).toBe('cost');
    expect(displayRole(input({ role: 'parameter', unit: '€ per hour' }))).toBe('cost');
    expect(displayRole(input({ role: 'parameter', unit: 'months' }))).toBe('duration');
    expect(displayRole(input({ role: 'parameter', unit: 'month' }))).toBe('duration');
    expect(displayRole(input({ role: 'parameter', unit: 'months per year' }))).toBe('parameter');
    expect(displayRole(input({ role: 'parameter' }))).toBe('parameter');
    expect(displayRole(input({ role: 'hours', unit: 'EUR' }))).toBe('hours');
  });

  it('write values with their unit in each language', () => {
    expect(inputValueText(input(), 0.235, en, 'en')).toBe('23.5%');
    expect(inputValueText(input({ role: 'cost' }), 12345, nl, 'nl')).toBe('€\u00a012.300');
    expect(inputValueText(input({ role: 'duration' }), 14.5, nl, 'nl')).toBe('14,5 maanden');
    expect(inputValueText(input({ role: 'parameter', unit: 'sessions' }), 8.25, en, 'en')).toBe(
      '8.25 sessions',
    );
    expect(inputValueText(input({ role: 'parameter', unit: undefined }), 1.073, en, 'en')).toBe('1.07');
  });

  it('count a probability per 100 families', () => {
    expect(per100Text(0.2345, 'en')).toBe('23.5');
    expect(per100Text(0.07, 'nl')).toBe('7');
    expect(per100Text(1, 'en')).toBe('100');
  });
});

describe('readCount', () => {
  it('reads whole numbers in either style within the limits', () => {
    const { min, max } = ANALYSIS_LIMITS.iterations;
    expect(readCount('10.000', 'nl', min, max)).toEqual({ ok: true, value: 10000 });
    expect(readCount('10,000', 'en', min, max)).toEqual({ ok: true, value: 10000 });
    expect(readCount('2000', 'nl', min, max)).toEqual({ ok: true, value: 2000 });
    expect(readCount('99', 'en', min, max)).toEqual({ ok: false });
    expect(readCount('2,5', 'nl', min, max)).toEqual({ ok: false });
    expect(readCount('', 'en', min, max)).toEqual({ ok: false });
    expect(readCount('0', 'en', 0, 200)).toEqual({ ok: true, value: 0 });
  });
});

describe('readOuterDraws', () => {
  it('takes 0 (no interval) or 20 to 200 draws, nothing in between', () => {
    expect(readOuterDraws('0', 'en')).toEqual({ ok: true, value: 0 });
    expect(readOuterDraws('20', 'nl')).toEqual({ ok: true, value: 20 });
    expect(readOuterDraws('200', 'en')).toEqual({ ok: true, value: 200 });
    for (const text of ['1', '5', '19', '201', '2,5', '', '-20'])
      expect(readOuterDraws(text, 'en'), text).toEqual({ ok: false });
  });
});
