import { describeDistribution } from '../model/distribution-facts';
import { localText } from '../model/local-text';
import type { Quantity } from '../model/quantity';
import { isDistribution, isFormula } from '../model/quantity';
import { eventSites, quantityFields, stepSites, type QuantityRole } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';
import { parseFormula } from '../formula/parse-formula';
import { shapeOf } from '../quantity/distribution-shape';
import type { AnalysisInput } from './analysis-types';

type Words = { nl: string; en: string };

/** What each step or event field is called in a label ("Coach: monthly cost (pilot path)"). */
const FIELD_NAMES: Record<string, Words> = {
  start: { nl: 'start (maand)', en: 'start (month)' },
  duration: { nl: 'duur (maanden)', en: 'duration (months)' },
  oneOffCost: { nl: 'eenmalige kosten', en: 'one-off cost' },
  monthlyCost: { nl: 'kosten per maand', en: 'monthly cost' },
  hoursPerMonth: { nl: 'uren per maand', en: 'hours per month' },
  hourlyRate: { nl: 'uurtarief', en: 'hourly rate' },
  probability: { nl: 'kans', en: 'probability' },
  onset: { nl: 'begin (maand)', en: 'onset (month)' },
  'price.units': { nl: 'aantal eenheden', en: 'units' },
  'price.unitPrice': { nl: 'prijs per eenheid', en: 'unit price' },
};

const PATH_NAMES: Record<'pilot' | 'reference', Words> = {
  pilot: { nl: 'pilotpad', en: 'pilot path' },
  reference: { nl: 'referentiepad', en: 'reference path' },
};

/**
 * An upper end for a range that would otherwise be empty (a plain 0): an illustrative
 * assumption, only a starting point for a threshold search or a lever the user can change.
 */
const FALLBACK_SPAN: Record<QuantityRole, number> = {
  cost: 1000,
  probability: 1,
  month: 24,
  duration: 24,
  hours: 10,
  units: 10,
  parameter: 1,
};

interface Facts {
  uncertain: boolean;
  mean: number;
  p10: number;
  p90: number;
  p01: number;
  p99: number;
  /** A beta on 0..1 (a probability by its shape). */
  unitBeta: boolean;
  /** Every value it can take lies in 0..1. */
  withinUnit: boolean;
}

/** Mean and percentiles of a plain number or a distribution (exact, from its shape); null for a formula. */
function factsOf(q: Quantity): Facts | null {
  if (typeof q === 'number')
    return {
      uncertain: false,
      mean: q,
      p10: q,
      p90: q,
      p01: q,
      p99: q,
      unitBeta: false,
      withinUnit: q >= 0 && q <= 1,
    };
  if (isFormula(q) || !isDistribution(q)) return null;
  const d = describeDistribution(q);
  if (!d.ok) return null;
  const c = d.facts.canonical;
  const shape = shapeOf(c);
  return {
    uncertain: c.family !== 'constant',
    mean: d.facts.mean,
    p10: shape.quantile(0.1),
    p90: shape.quantile(0.9),
    p01: shape.quantile(0.01),
    p99: shape.quantile(0.99),
    unitBeta: c.family === 'beta' && c.min === 0 && c.range === 1,
    withinUnit: d.facts.support[0] >= 0 && d.facts.support[1] <= 1,
  };
}

/** A range for a threshold search or a lever: probabilities 0..1, others 0..max(2 x p99, 2 x mean). */
function rangeOf(f: Facts, role: QuantityRole, probability: boolean): { lower: number; upper: number } {
  if (role === 'probability' || probability) return { lower: 0, upper: 1 };
  const lower = Math.min(0, 2 * f.p01);
  let upper = Math.max(2 * f.p99, 2 * f.mean);
  if (!(upper > lower)) upper = lower + FALLBACK_SPAN[role];
  return { lower, upper };
}

/**
 * Parameters that a probability depends on. `whole`: a probability field is just the parameter
 * (`{ formula: 'p' }`), so it must lie in 0..1 and its range is 0..1. `within`: every parameter
 * named in a formula of a probability field ("1 - p_cooperates", "p_a * p_b") and, through
 * formula parameters, the parameters those read in turn; their range is 0..1 when all their
 * values lie in 0..1 (a cost in "min(1, cost / 1000)" keeps its own range). So a threshold search
 * or a lever does not push them, and the probabilities built from them, past 1 by default.
 */
function probabilityParameters(s: Scenario): { whole: Set<string>; within: Set<string> } {
  const names = new Set(s.parameters.map((p) => p.id));
  const byId = new Map(s.parameters.map((p) => [p.id, p]));
  const whole = new Set<string>();
  const out = new Set<string>();
  const visit = (formula: string) => {
    const parsed = parseFormula(formula, names);
    if (!parsed.ok) return;
    for (const id of parsed.symbols) {
      if (out.has(id)) continue;
      out.add(id);
      const v = byId.get(id)?.value;
      if (v !== undefined && isFormula(v)) visit(v.formula);
    }
  };
  for (const f of quantityFields(s)) {
    if (f.role !== 'probability' || !isFormula(f.quantity)) continue;
    const formula = f.quantity.formula.trim();
    if (names.has(formula)) whole.add(formula);
    visit(formula);
  }
  return { whole, within: out };
}

/**
 * Every number the analyses can move: each parameter with a number or distribution value, and
 * each step or event field holding a number or a distribution (formulas follow their
 * parameters, so they are not inputs themselves). Plain numbers are listed with
 * `uncertain: false` (a threshold search accepts any input; the tornado uses uncertain ones).
 */
export function analysisInputs(s: Scenario): AnalysisInput[] {
  const out: AnalysisInput[] = [];
  const asProbability = probabilityParameters(s);
  s.parameters.forEach((p, i) => {
    const f = factsOf(p.value);
    if (!f) return;
    const name =
      p.label !== undefined
        ? { nl: localText(p.label, 'nl', p.id), en: localText(p.label, 'en', p.id) }
        : null;
    out.push({
      ref: `parameters[${i}].value`,
      kind: 'parameter',
      parameterId: p.id,
      label: name ?? { nl: p.id, en: p.id },
      role: 'parameter',
      ...(p.unit !== undefined ? { unit: p.unit } : {}),
      ...(p.source !== undefined ? { source: p.source } : {}),
      ...(p.year !== undefined ? { year: p.year } : {}),
      ...(p.assumption !== undefined ? { assumption: p.assumption } : {}),
      uncertain: f.uncertain,
      mean: f.mean,
      p10: f.p10,
      p90: f.p90,
      ...rangeOf(
        f,
        'parameter',
        f.unitBeta || asProbability.whole.has(p.id) || (asProbability.within.has(p.id) && f.withinUnit),
      ),
    });
  });

  const steps = new Map(stepSites(s).map((x) => [x.path, x]));
  const events = new Map(eventSites(s).map((x) => [x.path, x]));
  for (const field of quantityFields(s)) {
    if (field.role === 'parameter') continue;
    const f = factsOf(field.quantity);
    if (!f) continue;
    const m = /^(.*?)\.(price\.units|price\.unitPrice|[A-Za-z]+)$/.exec(field.path);
    if (!m) continue;
    const [, owner, fieldName] = m as unknown as [string, string, string];
    const st = steps.get(owner);
    const ev = events.get(owner);
    const site = st ?? ev;
    if (!site) continue;
    const label = st ? st.step.label : ev!.event.label;
    const id = st ? st.step.id : ev!.event.id;
    const source = st ? (st.step.source ?? st.event?.source) : ev!.event.source;
    const words = FIELD_NAMES[fieldName] ?? { nl: fieldName, en: fieldName };
    const pathName = PATH_NAMES[site.pathId];
    out.push({
      ref: field.path,
      kind: 'field',
      label: {
        nl: `${localText(label, 'nl', id)}: ${words.nl} (${pathName.nl})`,
        en: `${localText(label, 'en', id)}: ${words.en} (${pathName.en})`,
      },
      role: field.role,
      ...(source !== undefined ? { source } : {}),
      uncertain: f.uncertain,
      mean: f.mean,
      p10: f.p10,
      p90: f.p90,
      ...rangeOf(f, field.role, false),
    });
  }
  return out;
}
