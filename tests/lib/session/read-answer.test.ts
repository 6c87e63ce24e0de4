import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWER_DRAFT, readAnswer, type AnswerDraft } from '../../../src/lib/session/read-answer';

const draft = (fields: Partial<AnswerDraft>): AnswerDraft => ({ ...EMPTY_ANSWER_DRAFT, ...fields });

describe('reading a typed answer', () => {
  it('reads one number of families in Dutch and English style, with or without %', () => {
    expect(readAnswer(draft({ count: '12,5' }), 'p', 'nl')).toEqual({
      ok: true,
      answer: { participantId: 'p', kind: 'count', count: 12.5 },
    });
    expect(readAnswer(draft({ count: '12.5' }), 'p', 'en')).toMatchObject({
      ok: true,
      answer: { count: 12.5 },
    });
    expect(readAnswer(draft({ count: '35 %' }), 'p', 'nl')).toMatchObject({
      ok: true,
      answer: { count: 35 },
    });
  });

  it('reads low / most likely / high and keeps the reason, trimmed', () => {
    expect(
      readAnswer(draft({ kind: 'range', low: '10', likely: '30', high: '60', note: ' seen it ' }), 'p', 'en'),
    ).toEqual({
      ok: true,
      answer: { participantId: 'p', kind: 'range', low: 10, likely: 30, high: 60, note: 'seen it' },
    });
  });

  it('names each field that is missing, not a number or outside 0..100', () => {
    expect(readAnswer(draft({ count: '' }), 'p', 'en')).toEqual({
      ok: false,
      problems: [{ field: 'count', code: 'missing' }],
    });
    expect(readAnswer(draft({ kind: 'range', low: 'abc', likely: '130', high: '' }), 'p', 'en')).toEqual({
      ok: false,
      problems: [
        { field: 'low', code: 'not-a-number' },
        { field: 'likely', code: 'out-of-range' },
        { field: 'high', code: 'missing' },
      ],
    });
    expect(readAnswer(draft({ count: '-1' }), 'p', 'nl')).toMatchObject({
      ok: false,
      problems: [{ field: 'count', code: 'out-of-range' }],
    });
  });

  it('wants low <= most likely <= high', () => {
    expect(readAnswer(draft({ kind: 'range', low: '60', likely: '30', high: '10' }), 'p', 'en')).toEqual({
      ok: false,
      problems: [{ field: 'low', code: 'low-above-high' }],
    });
    expect(readAnswer(draft({ kind: 'range', low: '10', likely: '70', high: '60' }), 'p', 'en')).toEqual({
      ok: false,
      problems: [{ field: 'likely', code: 'likely-outside' }],
    });
  });
});
