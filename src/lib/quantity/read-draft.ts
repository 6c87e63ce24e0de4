import type { Locale } from '../i18n/locale';
import type { QuantityRole } from '../model/quantity-fields';
import type { Quantity } from '../model/quantity';
import { fieldsOf, type DraftField, type QuantityDraft } from './quantity-draft';
import { fromPercent, readNumberList, readQuantityNumber } from './quantity-number';
import type { QuantityProblem } from './quantity-problem';
import { formulaProblems } from './read-formula';

export interface DraftContext {
  role: QuantityRole;
  locale: Locale;
  /** Names a formula may use. */
  parameters: readonly string[];
  /** An all-empty draft means "no value". */
  optional: boolean;
}

export type DraftReading =
  | { ok: true; quantity: Quantity | undefined }
  | { ok: false; problems: QuantityProblem[]; fields: DraftField[] };

/** Roles whose values cannot be below 0. */
const NON_NEGATIVE: ReadonlySet<QuantityRole> = new Set(['cost', 'hours', 'units', 'month', 'duration']);

/**
 * Read a draft into a Quantity, checking what can be checked here: numbers in the locale's
 * style, min <= mode <= max, sd > 0, a feasible beta, k of n, the role's range (a probability
 * within 0..1, costs and durations not below 0) and formulas with the restricted parser over the
 * given parameter names. `from` says which field a plain probability was typed in: the
 * probability itself or the count of 100 families.
 */
export function readDraft(
  draft: QuantityDraft,
  ctx: DraftContext,
  from: 'value' | 'count' = 'value',
): DraftReading {
  const { role, locale } = ctx;
  const fields = draft.kind === 'number' ? [from] : fieldsOf(draft.kind, draft.family, role);
  const texts = fields.map((f) => (draft.text[f] ?? '').trim());
  if (texts.every((t) => t === '')) {
    return ctx.optional
      ? { ok: true, quantity: undefined }
      : { ok: false, problems: [{ code: 'missing', fields: [...fields] }], fields: [...fields] };
  }

  const problems: QuantityProblem[] = [];
  const badFields = new Set<DraftField>();
  const bad = (p: QuantityProblem, ...at: DraftField[]) => {
    problems.push(p);
    for (const f of at) badFields.add(f);
  };
  const missing = fields.filter((_, i) => texts[i] === '');
  if (missing.length) bad({ code: 'missing', fields: missing }, ...missing);

  const num: Partial<Record<DraftField, number>> = {};
  const lists: Partial<Record<DraftField, number[]>> = {};
  fields.forEach((f, i) => {
    const t = texts[i]!;
    if (t === '' || f === 'formula') return;
    if (f === 'values' || f === 'weights') {
      const xs = readNumberList(t, locale, f === 'weights' ? 'parameter' : role);
      if (xs) lists[f] = xs;
      else bad({ code: 'notAList', field: f, text: t }, f);
      return;
    }
    // Counts are plain numbers; the other fields are in the role's terms (a probability may be "30%").
    const x = readQuantityNumber(t, locale, f === 'count' || f === 'k' || f === 'n' ? 'units' : role);
    if (Number.isFinite(x)) num[f] = x;
    else bad({ code: 'notANumber', field: f, text: t }, f);
  });
  if (problems.length) return { ok: false, problems, fields: [...badFields] };

  const quantity = build(draft, ctx, from, num, lists, bad);
  return problems.length || quantity === null
    ? { ok: false, problems, fields: [...badFields] }
    : { ok: true, quantity };
}

type Bad = (p: QuantityProblem, ...at: DraftField[]) => void;

function build(
  draft: QuantityDraft,
  ctx: DraftContext,
  from: 'value' | 'count',
  num: Partial<Record<DraftField, number>>,
  lists: Partial<Record<DraftField, number[]>>,
  bad: Bad,
): Quantity | null {
  const { role } = ctx;
  const n = (f: DraftField) => num[f]!;
  switch (draft.kind) {
    case 'number': {
      let x = n(from);
      if (from === 'count') {
        if (!(x >= 0 && x <= 100)) {
          bad({ code: 'countRange' }, 'count');
          return null;
        }
        x = fromPercent(x);
      }
      if (role === 'probability' && !(x >= 0 && x <= 1)) bad({ code: 'probabilityRange' }, from);
      else if (NON_NEGATIVE.has(role) && x < 0) bad({ code: 'negative' }, from);
      return x;
    }
    case 'threePoint':
      checkThreePoint(n('min'), n('mode'), n('max'), role, bad);
      return { dist: 'pert', min: n('min'), mode: n('mode'), max: n('max') };
    case 'kOfN': {
      const k = n('k');
      const total = n('n');
      if (!Number.isInteger(k) || !Number.isInteger(total)) bad({ code: 'countsNotWhole' }, 'k', 'n');
      else if (total < 1) bad({ code: 'nTooSmall' }, 'n');
      else if (k < 0 || k > total) bad({ code: 'kAboveN' }, 'k');
      return { dist: 'beta', k, n: total };
    }
    case 'formula': {
      const source = (draft.text.formula ?? '').trim();
      for (const p of formulaProblems(source, ctx.parameters)) bad(p, 'formula');
      return { formula: source };
    }
    case 'distribution':
      break;
  }
  switch (draft.family) {
    case 'normal':
    case 'gamma':
    case 'lognormal': {
      const mean = n('mean');
      const sd = n('sd');
      if (role === 'probability') bad({ code: 'probabilityFamily' }, 'mean', 'sd');
      if (draft.family !== 'normal' && !(mean > 0)) bad({ code: 'meanNotPositive' }, 'mean');
      if (!(sd > 0)) bad({ code: 'sdNotPositive' }, 'sd');
      return { dist: draft.family, mean, sd };
    }
    case 'beta': {
      const mean = n('mean');
      const sd = n('sd');
      if (!(mean > 0 && mean < 1)) bad({ code: 'betaMeanRange' }, 'mean');
      else if (!(sd > 0)) bad({ code: 'sdNotPositive' }, 'sd');
      else if (sd * sd >= mean * (1 - mean))
        bad({ code: 'betaSdTooLarge', maxSd: Math.sqrt(mean * (1 - mean)) }, 'sd');
      return { dist: 'beta', mean, sd };
    }
    case 'betaShape': {
      if (!(n('alpha') > 0 && n('beta') > 0)) bad({ code: 'shapeNotPositive' }, 'alpha', 'beta');
      return { dist: 'beta', alpha: n('alpha'), beta: n('beta') };
    }
    case 'uniform':
      if (n('min') > n('max')) bad({ code: 'minAboveMax' }, 'min', 'max');
      else checkRange(n('min'), n('max'), role, bad, 'min', 'max');
      return { dist: 'uniform', min: n('min'), max: n('max') };
    case 'triangular':
      checkThreePoint(n('min'), n('mode'), n('max'), role, bad);
      return { dist: 'triangular', min: n('min'), mode: n('mode'), max: n('max') };
    case 'discrete': {
      const values = lists.values!;
      const weights = lists.weights!;
      if (values.length !== weights.length || values.length > 1000)
        bad({ code: 'weightsCount' }, 'values', 'weights');
      else if (weights.some((w) => w < 0) || !(weights.reduce((a, b) => a + b, 0) > 0))
        bad({ code: 'weightsInvalid' }, 'weights');
      else checkRange(Math.min(...values), Math.max(...values), role, bad, 'values');
      return { dist: 'discrete', values, weights };
    }
  }
}

function checkThreePoint(min: number, mode: number, max: number, role: QuantityRole, bad: Bad): void {
  if (min > max) bad({ code: 'minAboveMax' }, 'min', 'max');
  else if (mode < min || mode > max) bad({ code: 'modeOutside' }, 'mode');
  else checkRange(min, max, role, bad, 'min', 'max');
}

/** The role's range: a probability within 0..1, a cost or duration not below 0. */
function checkRange(lo: number, hi: number, role: QuantityRole, bad: Bad, ...at: DraftField[]): void {
  if (role === 'probability' && (lo < 0 || hi > 1)) bad({ code: 'probabilityRange' }, ...at);
  else if (NON_NEGATIVE.has(role) && lo < 0) bad({ code: 'negative' }, ...at);
}
