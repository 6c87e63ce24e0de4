import type { Locale } from '../i18n/locale';
import type { QuantityRole } from '../model/quantity-fields';
import { isFormula, type Distribution, type Quantity } from '../model/quantity';
import { formatFieldNumber } from './quantity-number';

/**
 * What the uncertain-number widget holds while a value is typed: the kind of value, the
 * distribution family (for kind 'distribution') and the text of each field as typed. A draft
 * becomes a Quantity only when it reads without problems (read-draft.ts).
 */
export const QUANTITY_KINDS = ['number', 'threePoint', 'distribution', 'kOfN', 'formula'] as const;
export type QuantityKind = (typeof QUANTITY_KINDS)[number];

/** Distribution families offered under kind 'distribution' ('beta' by mean and sd, 'betaShape' by α and β). */
export const DISTRIBUTION_FAMILIES = [
  'gamma',
  'lognormal',
  'normal',
  'uniform',
  'triangular',
  'beta',
  'betaShape',
  'discrete',
] as const;
export type DistributionFamily = (typeof DISTRIBUTION_FAMILIES)[number];

/** The fields a draft may have. `count`: a probability as "how many of 100 families". */
export type DraftField =
  | 'value'
  | 'count'
  | 'min'
  | 'mode'
  | 'max'
  | 'mean'
  | 'sd'
  | 'alpha'
  | 'beta'
  | 'k'
  | 'n'
  | 'values'
  | 'weights'
  | 'formula';

export interface QuantityDraft {
  readonly kind: QuantityKind;
  readonly family: DistributionFamily;
  readonly text: Readonly<Partial<Record<DraftField, string>>>;
}

const FAMILY_FIELDS: Record<DistributionFamily, readonly DraftField[]> = {
  gamma: ['mean', 'sd'],
  lognormal: ['mean', 'sd'],
  normal: ['mean', 'sd'],
  beta: ['mean', 'sd'],
  betaShape: ['alpha', 'beta'],
  uniform: ['min', 'max'],
  triangular: ['min', 'mode', 'max'],
  discrete: ['values', 'weights'],
};

/** The fields shown for a kind (and family, and role), the main one (the one with the widget's id) first. */
export function fieldsOf(
  kind: QuantityKind,
  family: DistributionFamily,
  role: QuantityRole,
): readonly DraftField[] {
  switch (kind) {
    case 'number':
      return role === 'probability' ? ['value', 'count'] : ['value'];
    case 'threePoint':
      return ['min', 'mode', 'max'];
    case 'kOfN':
      return ['k', 'n'];
    case 'formula':
      return ['formula'];
    case 'distribution':
      return FAMILY_FIELDS[family];
  }
}

const ROLE_FAMILIES: Record<QuantityRole, readonly DistributionFamily[]> = {
  probability: ['beta', 'uniform', 'triangular', 'betaShape'],
  cost: ['gamma', 'lognormal', 'uniform', 'triangular', 'normal', 'discrete'],
  hours: ['gamma', 'lognormal', 'uniform', 'triangular', 'normal', 'discrete'],
  units: ['gamma', 'lognormal', 'uniform', 'triangular', 'normal', 'discrete'],
  month: ['uniform', 'triangular', 'gamma', 'lognormal', 'normal', 'discrete'],
  duration: ['gamma', 'lognormal', 'uniform', 'triangular', 'normal', 'discrete'],
  parameter: ['normal', 'gamma', 'lognormal', 'beta', 'uniform', 'triangular', 'betaShape', 'discrete'],
};

/** The families offered for a role (a probability: only those within 0..1), plus the current one. */
export function familiesFor(role: QuantityRole, current?: DistributionFamily): DistributionFamily[] {
  const list = [...ROLE_FAMILIES[role]];
  if (current && !list.includes(current)) list.push(current);
  return list;
}

/** The family a distribution starts with when a value becomes one. */
export function defaultFamily(role: QuantityRole): DistributionFamily {
  return ROLE_FAMILIES[role][0]!;
}

/** The kinds offered for a role ("k of n" for probabilities and parameters), plus the current one. */
export function kindsFor(role: QuantityRole, current?: QuantityKind): QuantityKind[] {
  const withCounts = role === 'probability' || role === 'parameter' || current === 'kOfN';
  return QUANTITY_KINDS.filter((k) => k !== 'kOfN' || withCounts);
}

/** The kind and family that show a quantity. */
export function kindOf(
  q: Quantity | undefined,
  role: QuantityRole,
): { kind: QuantityKind; family: DistributionFamily } {
  const family = defaultFamily(role);
  if (q === undefined || typeof q === 'number') return { kind: 'number', family };
  if (isFormula(q)) return { kind: 'formula', family };
  return distributionKind(q, family);
}

function distributionKind(
  d: Distribution,
  fallback: DistributionFamily,
): { kind: QuantityKind; family: DistributionFamily } {
  switch (d.dist) {
    case 'pert':
      return { kind: 'threePoint', family: fallback };
    case 'beta':
      if ('k' in d) return { kind: 'kOfN', family: 'beta' };
      return { kind: 'distribution', family: 'alpha' in d ? 'betaShape' : 'beta' };
    default:
      return { kind: 'distribution', family: d.dist };
  }
}

/** The draft that shows a quantity, its numbers written in the locale's style. */
export function draftOf(q: Quantity | undefined, role: QuantityRole, locale: Locale): QuantityDraft {
  const { kind, family } = kindOf(q, role);
  const f = (x: number) => formatFieldNumber(x, locale);
  const list = (xs: number[]) => xs.map(f).join('; ');
  let text: Partial<Record<DraftField, string>> = {};
  if (q === undefined) text = {};
  else if (typeof q === 'number')
    text = role === 'probability' ? { value: f(q), count: f(countOf(q)) } : { value: f(q) };
  else if (isFormula(q)) text = { formula: q.formula };
  else {
    switch (q.dist) {
      case 'uniform':
        text = { min: f(q.min), max: f(q.max) };
        break;
      case 'triangular':
      case 'pert':
        text = { min: f(q.min), mode: f(q.mode), max: f(q.max) };
        break;
      case 'normal':
      case 'lognormal':
      case 'gamma':
        text = { mean: f(q.mean), sd: f(q.sd) };
        break;
      case 'beta':
        if ('k' in q) text = { k: f(q.k), n: f(q.n) };
        else if ('alpha' in q) text = { alpha: f(q.alpha), beta: f(q.beta) };
        else text = { mean: f(q.mean), sd: f(q.sd) };
        break;
      case 'discrete':
        text = { values: list(q.values), weights: list(q.weights) };
        break;
    }
  }
  return { kind, family, text };
}

/** A probability as a count of 100 families (30 for 0.3), without last-bit noise. */
export function countOf(p: number): number {
  return Number((p * 100).toPrecision(12));
}

/** The draft with one field's text replaced. */
export function withText(draft: QuantityDraft, field: DraftField, text: string): QuantityDraft {
  return { ...draft, text: { ...draft.text, [field]: text } };
}
