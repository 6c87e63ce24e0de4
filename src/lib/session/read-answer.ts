import type { Locale } from '../i18n/locale';
import { readLocalNumber } from '../model/settings-input';
import type { EstimateAnswer } from '../model/session';

/** The answer form as typed: one number of families, or low / most likely / high, and why. */
export interface AnswerDraft {
  kind: 'count' | 'range';
  count: string;
  low: string;
  likely: string;
  high: string;
  note: string;
}

export type AnswerField = 'count' | 'low' | 'likely' | 'high';

export type AnswerProblem =
  | { field: AnswerField; code: 'missing' | 'not-a-number' | 'out-of-range' }
  | { field: 'low'; code: 'low-above-high' }
  | { field: 'likely'; code: 'likely-outside' };

export type AnswerRead = { ok: true; answer: EstimateAnswer } | { ok: false; problems: AnswerProblem[] };

export const EMPTY_ANSWER_DRAFT: AnswerDraft = {
  kind: 'count',
  count: '',
  low: '',
  likely: '',
  high: '',
  note: '',
};

/** Longest reason kept (the schema's limit). */
export const MAX_NOTE_LENGTH = 2000;

/**
 * Read a typed number of families out of 100, in the UI language's style ("12,5" in Dutch,
 * "12.5" in English; see readLocalNumber); a trailing % is allowed, since "of 100" is a percentage.
 */
function readPer100(text: string, locale: Locale): number | 'missing' | 'not-a-number' | 'out-of-range' {
  const t = text.trim().replace(/\s*%$/, '');
  if (t === '') return 'missing';
  const x = readLocalNumber(t, locale === 'nl');
  if (!Number.isFinite(x)) return 'not-a-number';
  return x < 0 || x > 100 ? 'out-of-range' : x;
}

/** The answer of `participantId` as typed, or what is wrong with it (each problem at its field). */
export function readAnswer(draft: AnswerDraft, participantId: string, locale: Locale): AnswerRead {
  const problems: AnswerProblem[] = [];
  const read = (field: AnswerField): number => {
    const r = readPer100(draft[field], locale);
    if (typeof r === 'number') return r;
    problems.push({ field, code: r });
    return NaN;
  };
  const note = draft.note.trim().slice(0, MAX_NOTE_LENGTH);
  const extra = note ? { note } : {};
  if (draft.kind === 'count') {
    const count = read('count');
    return problems.length
      ? { ok: false, problems }
      : { ok: true, answer: { participantId, kind: 'count', count, ...extra } };
  }
  const low = read('low');
  const likely = read('likely');
  const high = read('high');
  if (problems.length) return { ok: false, problems };
  if (low > high) return { ok: false, problems: [{ field: 'low', code: 'low-above-high' }] };
  if (likely < low || likely > high)
    return { ok: false, problems: [{ field: 'likely', code: 'likely-outside' }] };
  return { ok: true, answer: { participantId, kind: 'range', low, likely, high, ...extra } };
}
