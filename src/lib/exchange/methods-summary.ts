import { DISCOUNT_PRESETS } from '../model/discount-presets';
import type { LocalText } from '../model/local-text';
import type { PayerAct } from '../model/payer';
import { isDistribution, isFormula } from '../model/quantity';
import { quantityFields, stepSites } from '../model/quantity-fields';
import type { Scenario } from '../model/scenario';
import { ENGINE_VERSION } from '../sim/engine-version';
import { GENERATOR_NAME } from '../sim/random';
import type { RunSummary } from '../sim/summarize';

/**
 * The CHEERS 2022 items (Husereau et al. 2022) a tool can fill for a cost analysis, from the
 * scenario and (when there is one) the run. Each part names its item number. The rest of the
 * checklist (the question, population, engagement, findings, funding...) is the authors' to
 * write; `notCovered` lists what the model itself leaves out.
 */
export interface MethodsSummary {
  comparators: { cheersItem: 7; pilot: LocalText | null; reference: LocalText | null };
  perspective: {
    cheersItem: 8;
    /** The payers whose costs are counted (those that pay for at least one step). */
    payers: Array<{ id: string; label: LocalText; act: PayerAct }>;
  };
  timeHorizon: { cheersItem: 9; months: number; shortTermMonths: number };
  discounting: {
    cheersItem: 10;
    /** Annual rate for costs, applied per month as (1 + r)^(-t/12). */
    annualRate: number;
    preset: string;
    /** Where the rate comes from (null for a rate the user chose). */
    source: LocalText | null;
  };
  currency: {
    cheersItem: 15;
    currency: string;
    priceYear: number;
    /** The price list priced steps came from, indexed to the price year with the CBS CPI. */
    priceList: { id: string; version: string } | null;
  };
  uncertainty: {
    cheersItem: 20;
    method: 'monte-carlo';
    iterations: number;
    seed: number;
    generator: string;
    engineVersion: string;
    /** How many inputs are drawn from each kind of distribution (parameters and inline). */
    distributions: Record<string, number>;
    /** Inputs given as formulas over parameters. */
    formulas: number;
    /** Inputs given as a fixed number. */
    fixedValues: number;
    /** Whether the numbers come from a run (else they are the scenario's settings). */
    fromRun: boolean;
    /** Monte Carlo standard error of the mean difference over the horizon (discounted), if run. */
    mcseOfDifference: number | null;
  };
  /** What the model does not cover, as codes (the text says them in words). */
  notCovered: Array<
    'health-outcomes' | 'heterogeneity' | 'distributional-effects' | 'structural-uncertainty'
  >;
}

export function methodsSummary(scenario: Scenario, summary: RunSummary | null): MethodsSummary {
  const st = scenario.settings;
  const paying = new Set<string>();
  for (const { step } of stepSites(scenario)) {
    if (typeof step.payer === 'string') paying.add(step.payer);
    else for (const x of step.payer) paying.add(x.payer);
  }
  const payers = scenario.payers
    .filter((p) => paying.has(p.id))
    .map((p) => ({ id: p.id, label: p.label, act: p.act }));
  const distributions: Record<string, number> = {};
  let formulas = 0;
  let fixedValues = 0;
  for (const { quantity } of quantityFields(scenario)) {
    if (isFormula(quantity)) formulas++;
    else if (isDistribution(quantity)) distributions[quantity.dist] = (distributions[quantity.dist] ?? 0) + 1;
    else fixedValues++;
  }
  const preset = DISCOUNT_PRESETS.find((p) => p.id === st.discountPreset);
  const r = summary?.reproducibility;
  return {
    comparators: {
      cheersItem: 7,
      pilot: scenario.paths.pilot.label ?? null,
      reference: scenario.paths.reference.label ?? null,
    },
    perspective: { cheersItem: 8, payers },
    timeHorizon: {
      cheersItem: 9,
      months: summary?.settings.horizonMonths ?? st.horizonMonths,
      shortTermMonths: summary?.settings.shortTermMonths ?? st.shortTermMonths,
    },
    discounting: {
      cheersItem: 10,
      annualRate: summary?.settings.discountRate ?? st.discountRate,
      preset: st.discountPreset,
      source: preset ? preset.source : null,
    },
    currency: {
      cheersItem: 15,
      currency: summary?.settings.currency ?? st.currency,
      priceYear: summary?.settings.priceYear ?? st.priceYear,
      priceList: scenario.priceList
        ? { id: scenario.priceList.id, version: scenario.priceList.version }
        : null,
    },
    uncertainty: {
      cheersItem: 20,
      method: 'monte-carlo',
      iterations: r?.iterations ?? st.iterations,
      seed: r?.seed ?? st.seed,
      generator: r?.generator ?? GENERATOR_NAME,
      engineVersion: r?.engineVersion ?? ENGINE_VERSION,
      distributions,
      formulas,
      fixedValues,
      fromRun: !!summary,
      mcseOfDifference: summary ? summary.measures.horizon.difference.mcse : null,
    },
    notCovered: ['health-outcomes', 'heterogeneity', 'distributional-effects', 'structural-uncertainty'],
  };
}
