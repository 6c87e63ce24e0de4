import type {
  AnalysisInput,
  TornadoBar,
  TornadoResult,
  VariantRow,
} from '../../../src/lib/analysis/analysis-types';

/** An analysis input with plain defaults (a probability parameter), changed by `over`. */
export function input(over: Partial<AnalysisInput> = {}): AnalysisInput {
  return {
    ref: 'parameters[0].value',
    kind: 'parameter',
    parameterId: 'p_placement',
    label: { nl: 'Kans uithuisplaatsing', en: 'Chance of an out-of-home placement' },
    role: 'probability',
    uncertain: true,
    mean: 0.3,
    p10: 0.1,
    p90: 0.5,
    lower: 0,
    upper: 1,
    ...over,
  };
}

/** A tornado bar for `input` with the given expected savings (short term, horizon) at p10 and p90. */
export function bar(
  i: AnalysisInput,
  low: { shortTerm: number; horizon: number },
  high: { shortTerm: number; horizon: number },
): TornadoBar {
  return {
    input: i,
    low: { value: i.p10, ...low },
    high: { value: i.p90, ...high },
    swing: {
      shortTerm: Math.abs(high.shortTerm - low.shortTerm),
      horizon: Math.abs(high.horizon - low.horizon),
    },
  };
}

/** Three inputs: the placement chance decides most at the horizon, the pilot's cost in the short term. */
export function tornadoResult(): TornadoResult {
  const chance = input();
  const cost = input({
    ref: 'parameters[1].value',
    parameterId: 'pilot_cost',
    label: { nl: 'Kosten van de pilot', en: 'Cost of the pilot' },
    role: 'parameter',
    unit: 'EUR per family',
    source: 'Report, case 1',
    year: 2023,
    mean: 20000,
    p10: 16000,
    p90: 24000,
    lower: 0,
    upper: 48000,
  });
  const months = input({
    ref: 'paths.pilot.steps[0].duration',
    kind: 'field',
    label: { nl: 'Coach: duur (maanden) (pilotpad)', en: 'Coach: duration (months) (pilot path)' },
    role: 'duration',
    assumption: true,
    mean: 12,
    p10: 9,
    p90: 15,
    lower: 0,
    upper: 30,
  });
  delete months.parameterId;
  return {
    base: { shortTerm: -15000, horizon: 2000 },
    bars: [
      bar(chance, { shortTerm: -15500, horizon: -6000 }, { shortTerm: -14500, horizon: 10000 }),
      bar(cost, { shortTerm: -11000, horizon: 6000 }, { shortTerm: -19000, horizon: -2000 }),
      bar(months, { shortTerm: -14000, horizon: 2500 }, { shortTerm: -16000, horizon: 1500 }),
    ],
    iterations: 2000,
    seed: 7,
  };
}

export function variantRow(name: string, mean: number, over: Partial<VariantRow> = {}): VariantRow {
  return {
    name,
    scenarioId: name.toLowerCase().replace(/\s+/g, '-'),
    pilot: { mean: 20000, low: 15000, high: 26000 },
    reference: { mean: 20000 + mean, low: 3000, high: 60000 },
    difference: { mean, low: mean - 20000, high: mean + 30000 },
    shortTermDifference: { mean: -12000, low: -18000, high: -4000 },
    mcse: 120,
    pPilotCheaper: 0.62,
    breakEvenMonth: 29,
    horizonMonths: 60,
    ...over,
  };
}
