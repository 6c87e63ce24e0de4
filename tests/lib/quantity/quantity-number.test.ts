import { describe, expect, it } from 'vitest';
import {
  formatFieldNumber,
  readNumberList,
  readQuantityNumber,
} from '../../../src/lib/quantity/quantity-number';

describe('readQuantityNumber', () => {
  it('reads English style: comma groups thousands, point is the decimal mark', () => {
    expect(readQuantityNumber('1,234.5', 'en', 'cost')).toBe(1234.5);
    expect(readQuantityNumber('20,000', 'en', 'cost')).toBe(20000);
    expect(readQuantityNumber('0.3', 'en', 'probability')).toBe(0.3);
    expect(readQuantityNumber('-12.75', 'en', 'parameter')).toBe(-12.75);
  });

  it('reads Dutch style: point groups thousands, comma is the decimal mark', () => {
    expect(readQuantityNumber('1.234,5', 'nl', 'cost')).toBe(1234.5);
    expect(readQuantityNumber('20.000', 'nl', 'cost')).toBe(20000);
    expect(readQuantityNumber('0,3', 'nl', 'probability')).toBe(0.3);
  });

  it('reads a lone mark of the other language as a decimal mark, never as a silent factor of 1000', () => {
    expect(readQuantityNumber('2.5', 'nl', 'month')).toBe(2.5);
    expect(readQuantityNumber('1,5', 'en', 'month')).toBe(1.5);
  });

  it('reads a chance (or a parameter) typed as a percentage, without last-bit noise', () => {
    expect(readQuantityNumber('30%', 'en', 'probability')).toBe(0.3);
    expect(readQuantityNumber('12,5 %', 'nl', 'probability')).toBe(0.125);
    expect(readQuantityNumber('33.3%', 'en', 'parameter')).toBe(0.333);
    expect(readQuantityNumber('7%', 'en', 'probability')).toBe(0.07);
  });

  it('refuses a percentage where a percentage means nothing', () => {
    expect(readQuantityNumber('30%', 'en', 'cost')).toBeNaN();
    expect(readQuantityNumber('30%', 'en', 'month')).toBeNaN();
  });

  it('allows a euro sign on a cost', () => {
    expect(readQuantityNumber('€ 1.200', 'nl', 'cost')).toBe(1200);
    expect(readQuantityNumber('€1,200.50', 'en', 'cost')).toBe(1200.5);
    expect(readQuantityNumber('1200 EUR', 'en', 'cost')).toBe(1200);
    expect(readQuantityNumber('€ 12', 'en', 'hours')).toBeNaN();
  });

  it('refuses text that is not a number', () => {
    for (const text of ['', 'abc', '12 euro', '1,23,4', '1.2.3,4.5', '--1', '1e5', '30%%']) {
      expect(readQuantityNumber(text, 'en', 'probability'), text).toBeNaN();
      expect(readQuantityNumber(text, 'nl', 'probability'), text).toBeNaN();
    }
  });
});

describe('readNumberList', () => {
  it('reads numbers separated by semicolons in the locale style', () => {
    expect(readNumberList('1; 2,5; 1.000', 'nl', 'cost')).toEqual([1, 2.5, 1000]);
    expect(readNumberList('1;2.5;1,000;', 'en', 'cost')).toEqual([1, 2.5, 1000]);
    expect(readNumberList('1; x', 'en', 'cost')).toBeNull();
    expect(readNumberList(' ; ', 'en', 'cost')).toBeNull();
  });
});

describe('formatFieldNumber', () => {
  it('writes numbers so that they read back the same in each language', () => {
    for (const x of [0, 0.3, 1234.5, -1234.5, 20000, 1e-7, 123456789.125, 0.1 + 0.2]) {
      for (const locale of ['nl', 'en'] as const) {
        const text = formatFieldNumber(x, locale);
        expect(readQuantityNumber(text, locale, 'parameter'), `${x} in ${locale}: ${text}`).toBeCloseTo(
          x,
          12,
        );
      }
    }
    expect(formatFieldNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatFieldNumber(1234.5, 'en')).toBe('1,234.5');
  });
});
