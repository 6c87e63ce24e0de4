import { describe, expect, it } from 'vitest';
import { fitText, separate, wrapText } from '../../../src/lib/chart/label-layout';

describe('separate', () => {
  it('leaves labels that are far enough apart where they are', () => {
    expect(separate([10, 50, 100], 20, 0, 200)).toEqual([10, 50, 100]);
  });

  it('pushes close labels apart in their order, keeping the input order of the result', () => {
    expect(separate([100, 95], 20, 0, 200)).toEqual([115, 95]);
  });

  it('stays within the range: labels pushed past the end move back', () => {
    expect(separate([195, 198], 20, 0, 200)).toEqual([180, 200]);
    expect(separate([-5], 20, 0, 200)).toEqual([0]);
  });
});

describe('wrapText and fitText', () => {
  it('wraps at spaces into lines of at most about n characters', () => {
    expect(wrapText('the pilot is cheaper in most futures', 12)).toEqual([
      'the pilot is',
      'cheaper in',
      'most futures',
    ]);
    expect(wrapText('', 10)).toEqual([]);
  });

  it('cuts long text with an ellipsis and leaves short text alone', () => {
    expect(fitText('Attachment intervention', 11)).toBe('Attachment…');
    expect(fitText('Short', 11)).toBe('Short');
  });
});
