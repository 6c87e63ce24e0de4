import { describe, expect, it } from 'vitest';
import { splitAround } from '../../../src/lib/present/emphasis';

describe('splitAround', () => {
  it('splits a sentence around the part to set large', () => {
    expect(splitAround('The pilot costs €5,720 more', '€5,720')).toEqual([
      'The pilot costs ',
      '€5,720',
      ' more',
    ]);
    expect(splitAround('De pilot bespaart € 17.000', '€ 17.000')).toEqual([
      'De pilot bespaart ',
      '€ 17.000',
      '',
    ]);
  });

  it('keeps the whole sentence first when the part is not in it (or empty)', () => {
    expect(splitAround('Both paths cost the same', '')).toEqual(['Both paths cost the same', '', '']);
    expect(splitAround('Both paths cost the same', '€1')).toEqual(['Both paths cost the same', '', '']);
  });
});
