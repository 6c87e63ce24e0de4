import { describe, expect, it } from 'vitest';
import { cutToWidth, fitText, wholeText } from '../../../src/lib/present/text-fit';

/** Every character 10 px wide, except "W" (20 px): widths are not a count of characters. */
const measure = (text: string) => [...text].reduce((w, c) => w + (c === 'W' ? 20 : 10), 0);
const chance = (p: number, form: 'long' | 'short') =>
  form === 'long' ? `${p * 100} of 100 families` : `${p * 100} of 100`;

describe('cutToWidth', () => {
  it('keeps a text that fits and cuts one that does not to the longest start that fits, with "…"', () => {
    expect(cutToWidth('Home help', 90, measure)).toBe('Home help');
    expect(cutToWidth('Home help', 89, measure)).toBe('Home he…');
    // The space before the cut is dropped: "Home…", not "Home …".
    expect(cutToWidth('Home help', 60, measure)).toBe('Home…');
    expect(cutToWidth('WWWW', 50, measure)).toBe('WW…');
    expect(cutToWidth('Home help', 5, measure)).toBe('…');
  });
});

describe('wholeText', () => {
  it('gives the label with how often in the long form, else the short one, else nothing', () => {
    // "OTS · 35 of 100 families" is 24 characters; "OTS · 35 of 100" 15.
    expect(wholeText('OTS', 0.35, 240, chance, measure)).toBe('OTS · 35 of 100 families');
    expect(wholeText('OTS', 0.35, 239, chance, measure)).toBe('OTS · 35 of 100');
    expect(wholeText('OTS', 0.35, 149, chance, measure)).toBeNull();
    expect(wholeText('OTS', null, 30, chance, measure)).toBe('OTS');
    expect(wholeText('OTS', null, 29, chance, measure)).toBeNull();
  });
});

describe('fitText', () => {
  const label = 'Short course for the parents'; // 28 characters

  it('cuts the label before the short form of how often, keeping at least 14 characters of it', () => {
    expect(fitText(label, 0.5, 400, chance, measure)).toBe(`${label} · 50 of 100`);
    expect(fitText(label, 0.5, 290, chance, measure)).toBe('Short course for… · 50 of 100');
    // 14 characters and "…" before " · 50 of 100" need 270 px.
    expect(fitText(label, 0.5, 270, chance, measure)).toBe('Short course f… · 50 of 100');
    // Less would leave 13: the whole text is cut instead (26 characters in 260 px).
    expect(fitText(label, 0.5, 260, chance, measure)).toBe('Short course for the pare…');
  });

  it('cuts everything where there is not even room for the short form', () => {
    expect(fitText('OTS', 0.35, 100, chance, measure)).toBe('OTS · 35…');
    expect(fitText('Home help', null, 60, chance, measure)).toBe('Home…');
  });
});
