import { describe, expect, it } from 'vitest';
import { shortLabel } from '../../../src/lib/present/short-label';

describe('shortLabel', () => {
  it('leaves out the remarks in brackets', () => {
    expect(shortLabel('Oudste kind (jong, leeftijd niet genoemd)')).toBe('Oudste kind');
    expect(shortLabel('Running adult mental-health care (v-ggz) for the mother (outside the pilot)')).toBe(
      'Running adult mental-health care for the mother',
    );
    expect(shortLabel('Stevig Ouderschap (CJG): zes sessies')).toBe('Stevig Ouderschap: zes sessies');
  });

  it('handles brackets inside brackets and keeps labels without them', () => {
    expect(shortLabel('Care (a (b) c) at home')).toBe('Care at home');
    expect(shortLabel('Home help')).toBe('Home help');
  });

  it('keeps a label that is nothing but a remark', () => {
    expect(shortLabel('(to be decided)')).toBe('(to be decided)');
  });
});
