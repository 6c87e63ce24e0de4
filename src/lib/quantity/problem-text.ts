import type { Messages } from '../i18n/messages';
import type { Locale } from '../i18n/locale';
import { isFormula, type Quantity } from '../model/quantity';
import type { QuantityRole } from '../model/quantity-fields';
import { describeDistribution } from '../model/distribution-facts';
import type { DistributionFamily, DraftField, QuantityKind } from './quantity-draft';
import { formatForRole, formatShortNumber } from './quantity-format';
import type { QuantityProblem } from './quantity-problem';

/** The word for a field in messages ("low", "spread (sd)"). */
export function fieldName(field: DraftField, t: Messages): string {
  const names: Record<DraftField, string> = {
    value: t.quantityFieldValue,
    count: t.quantityFieldCount,
    min: t.quantityFieldMin,
    mode: t.quantityFieldMode,
    max: t.quantityFieldMax,
    mean: t.quantityFieldMean,
    sd: t.quantityFieldSd,
    alpha: t.quantityFieldAlpha,
    beta: t.quantityFieldBeta,
    k: t.quantityFieldK,
    n: t.quantityFieldN,
    values: t.quantityFieldValues,
    weights: t.quantityFieldWeights,
    formula: t.quantityFieldFormula,
  };
  return names[field];
}

export function kindName(kind: QuantityKind, t: Messages): string {
  const names: Record<QuantityKind, string> = {
    number: t.quantityKindNumber,
    threePoint: t.quantityKindThreePoint,
    distribution: t.quantityKindDistribution,
    kOfN: t.quantityKindKOfN,
    formula: t.quantityKindFormula,
  };
  return names[kind];
}

export function familyName(family: DistributionFamily, t: Messages): string {
  const names: Record<DistributionFamily, string> = {
    gamma: t.quantityFamilyGamma,
    lognormal: t.quantityFamilyLognormal,
    normal: t.quantityFamilyNormal,
    uniform: t.quantityFamilyUniform,
    triangular: t.quantityFamilyTriangular,
    beta: t.quantityFamilyBeta,
    betaShape: t.quantityFamilyBetaShape,
    discrete: t.quantityFamilyDiscrete,
  };
  return names[family];
}

/** A local problem in words, in the active language. */
export function problemText(p: QuantityProblem, role: QuantityRole, locale: Locale, t: Messages): string {
  switch (p.code) {
    case 'missing':
      return t.quantityMissing(p.fields.map((f) => fieldName(f, t)).join(', '));
    case 'notANumber':
      return `${t.quantityNotANumber(p.text, fieldName(p.field, t))} ${
        role === 'probability' && p.field !== 'count' && p.field !== 'k' && p.field !== 'n'
          ? t.quantityProbabilityHint
          : t.quantityNumberHint
      }`;
    case 'notAList':
      return t.quantityNotAList(p.text, fieldName(p.field, t));
    case 'minAboveMax':
      return t.quantityMinAboveMax;
    case 'modeOutside':
      return t.quantityModeOutside;
    case 'sdNotPositive':
      return t.quantitySdNotPositive;
    case 'meanNotPositive':
      return t.quantityMeanNotPositive;
    case 'betaMeanRange':
      return t.quantityBetaMeanRange;
    case 'betaSdTooLarge':
      return t.quantityBetaSdTooLarge(formatShortNumber(p.maxSd, locale));
    case 'shapeNotPositive':
      return t.quantityShapeNotPositive;
    case 'countsNotWhole':
      return t.quantityCountsNotWhole;
    case 'nTooSmall':
      return t.quantityNTooSmall;
    case 'kAboveN':
      return t.quantityKAboveN;
    case 'probabilityRange':
      return t.quantityProbabilityRange;
    case 'countRange':
      return t.quantityCountRange;
    case 'probabilityFamily':
      return t.quantityProbabilityFamily;
    case 'negative':
      return t.quantityNegative;
    case 'weightsCount':
      return t.quantityWeightsCount;
    case 'weightsInvalid':
      return t.quantityWeightsInvalid;
    case 'formulaSyntax':
      return t.quantityFormulaSyntax;
    case 'formulaTooLong':
      return t.quantityFormulaTooLong(formatShortNumber(p.limit, locale));
    case 'formulaTooComplex':
      return t.quantityFormulaTooComplex;
    case 'formulaNotAllowed':
      return t.quantityFormulaNotAllowed;
    case 'formulaUnknownNames':
      return p.known.length
        ? t.quantityFormulaUnknownNames(p.names.join(', '), p.known.join(', '))
        : t.quantityFormulaUnknownNoParameters(p.names.join(', '));
  }
}

/** What the scenario keeps while the widget's text does not give a value. */
export function keepsText(q: Quantity | undefined, role: QuantityRole, locale: Locale, t: Messages): string {
  if (q === undefined) return t.quantityKeepsNothing;
  if (typeof q === 'number') return t.quantityKeeps(formatForRole(q, role, locale, t));
  if (isFormula(q)) return t.quantityKeeps(t.quantityPreviousFormula(q.formula));
  const check = describeDistribution(q);
  return check.ok
    ? t.quantityKeeps(t.quantityPreviousDistribution(formatForRole(check.facts.mean, role, locale, t)))
    : '';
}
