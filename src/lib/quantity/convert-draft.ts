import type { Locale } from '../i18n/locale';
import { describeDistribution } from '../model/distribution-facts';
import type { QuantityRole } from '../model/quantity-fields';
import { isFormula, type Quantity } from '../model/quantity';
import {
  countOf,
  fieldsOf,
  type DistributionFamily,
  type DraftField,
  type QuantityDraft,
  type QuantityKind,
} from './quantity-draft';
import { formatFieldNumber, roundForField } from './quantity-number';

/** What a value says in numbers, for carrying it over to another kind. */
interface Summary {
  mean: number;
  sd: number;
  /** Present when the value has a lowest, most likely and highest value. */
  points?: { min: number; mode: number; max: number };
  shape?: { alpha: number; beta: number };
  counts?: { k: number; n: number };
  discrete?: { values: number[]; weights: number[] };
}

function summaryOf(q: Quantity | undefined): Summary | null {
  if (q === undefined || isFormula(q)) return null;
  if (typeof q === 'number') return { mean: q, sd: 0, points: { min: q, mode: q, max: q } };
  const check = describeDistribution(q);
  if (!check.ok) return null;
  const { mean, variance, canonical: c } = check.facts;
  const s: Summary = { mean, sd: Math.sqrt(variance) };
  if (q.dist === 'uniform') s.points = { min: q.min, mode: (q.min + q.max) / 2, max: q.max };
  if (q.dist === 'triangular' || q.dist === 'pert') s.points = { min: q.min, mode: q.mode, max: q.max };
  if (c.family === 'constant') s.points = { min: c.value, mode: c.value, max: c.value };
  if (c.family === 'beta' && c.min === 0 && c.range === 1) s.shape = { alpha: c.alpha, beta: c.beta };
  if (q.dist === 'beta' && 'k' in q) s.counts = { k: q.k, n: q.n };
  if (q.dist === 'discrete') s.discrete = { values: q.values, weights: q.weights };
  return s;
}

/**
 * The draft after the user picks another kind (or family): the value carried over where it
 * sensibly can be, else the fields left empty (and the widget keeps the previous value until
 * they are filled in). A distribution becomes a plain number (or a formula) by its mean; a plain
 * number becomes x / x / x, or a distribution with mean x (the spread to be filled in); between
 * distributions the mean and sd are kept (moment matching: a uniform with the same mean and sd
 * spans mean ± √3 sd, a symmetric triangular mean ± √6 sd), and low / most likely / high
 * where both sides have them. Fields the old kind shows and the new one shares ("mean" from
 * gamma to lognormal) keep their text when nothing better is known.
 */
export function convertDraft(
  old: QuantityDraft,
  source: Quantity | undefined,
  kind: QuantityKind,
  family: DistributionFamily,
  role: QuantityRole,
  locale: Locale,
): QuantityDraft {
  const s = summaryOf(source);
  const f = (x: number) => formatFieldNumber(roundForField(x), locale);
  const text: Partial<Record<DraftField, string>> = {};
  const set = (values: Partial<Record<DraftField, number>>) => {
    for (const [k, v] of Object.entries(values)) text[k as DraftField] = f(v);
  };
  const spread = s !== null && s.sd > 0;

  if (s) {
    switch (kind) {
      case 'number':
        set({ value: s.mean });
        if (role === 'probability') set({ count: countOf(roundForField(s.mean)) });
        break;
      case 'formula':
        text.formula = String(roundForField(s.mean));
        break;
      case 'threePoint':
        if (s.points) set(s.points);
        break;
      case 'kOfN':
        if (s.counts) set(s.counts);
        break;
      case 'distribution':
        switch (family) {
          case 'normal':
          case 'gamma':
          case 'lognormal':
          case 'beta':
            set({ mean: s.mean });
            if (spread) set({ sd: s.sd });
            break;
          case 'uniform':
            if (s.points) set({ min: s.points.min, max: s.points.max });
            else if (spread) set({ min: s.mean - Math.sqrt(3) * s.sd, max: s.mean + Math.sqrt(3) * s.sd });
            break;
          case 'triangular':
            if (s.points) set(s.points);
            else if (spread)
              set({ min: s.mean - Math.sqrt(6) * s.sd, mode: s.mean, max: s.mean + Math.sqrt(6) * s.sd });
            break;
          case 'betaShape':
            if (s.shape) set(s.shape);
            else if (spread && s.mean > 0 && s.mean < 1 && s.sd * s.sd < s.mean * (1 - s.mean)) {
              const common = (s.mean * (1 - s.mean)) / (s.sd * s.sd) - 1;
              set({ alpha: s.mean * common, beta: (1 - s.mean) * common });
            }
            break;
          case 'discrete':
            if (s.discrete) {
              text.values = s.discrete.values.map(f).join('; ');
              text.weights = s.discrete.weights.map(f).join('; ');
            } else if (!spread) {
              text.values = f(s.mean);
              text.weights = f(1);
            }
            break;
        }
        break;
    }
  } else if (kind === 'formula' && source !== undefined && isFormula(source)) {
    text.formula = source.formula;
  }

  // What the user typed in a field both kinds share stays when nothing better is known.
  const shown = new Set(fieldsOf(old.kind, old.family, role));
  for (const field of fieldsOf(kind, family, role)) {
    if (text[field] === undefined && shown.has(field) && old.text[field]) text[field] = old.text[field];
  }
  return { kind, family, text };
}
