import { describe, expect, it } from 'vitest';
import { setLocalText } from '../../../src/lib/edit/local-text-edit';

describe('editing a text in one language', () => {
  it('sets the active language and keeps the other', () => {
    expect(setLocalText({ nl: 'Gezinscoach', en: 'Family coach' }, 'en', 'Coach')).toEqual({
      nl: 'Gezinscoach',
      en: 'Coach',
    });
    expect(setLocalText({ nl: 'Gezinscoach' }, 'en', 'Coach')).toEqual({ nl: 'Gezinscoach', en: 'Coach' });
    expect(setLocalText(undefined, 'nl', 'Coach')).toEqual({ nl: 'Coach' });
  });

  it('keeps a plain text (the same in both languages) for the other language', () => {
    expect(setLocalText('OTS', 'nl', 'Ondertoezichtstelling')).toEqual({
      en: 'OTS',
      nl: 'Ondertoezichtstelling',
    });
  });

  it('returns the same text when nothing changes', () => {
    const t = { nl: 'a', en: 'b' };
    expect(setLocalText(t, 'nl', 'a')).toBe(t);
    expect(setLocalText('x', 'en', 'x')).toBe('x');
  });
});
