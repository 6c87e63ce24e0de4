import { headlineOf, type Estimate } from '../report/headline';
import type { SavedRun } from './saved-run';

export type ComparedSetting =
  | 'seed'
  | 'iterations'
  | 'horizonMonths'
  | 'shortTermMonths'
  | 'discountRate'
  | 'priceYear'
  | 'engineVersion'
  | 'scenarioHash';

export interface SettingRow {
  key: ComparedSetting;
  before: number | string;
  after: number | string;
  changed: boolean;
}

export interface EstimateRow {
  /** Expected cost per family on each path, and the saving (reference minus pilot). */
  key: 'pilot' | 'reference' | 'saving';
  before: Estimate;
  after: Estimate;
  /** after.mean - before.mean */
  change: number;
}

export interface RunComparison {
  settings: SettingRow[];
  estimates: EstimateRow[];
  /** Share of futures where the pilot is cheaper at the horizon, before and after. */
  cheaperHorizon: { before: number; after: number };
}

/**
 * Two saved runs side by side ("before" and "after" changing an assumption): what they were run
 * with, and the expected costs with their 90 % intervals per path, and how much they moved.
 */
export function compareRuns(before: SavedRun, after: SavedRun): RunComparison {
  const a = headlineOf(before.summary);
  const b = headlineOf(after.summary);
  const ra = before.summary.reproducibility;
  const rb = after.summary.reproducibility;
  const row = (key: ComparedSetting, x: number | string, y: number | string): SettingRow => ({
    key,
    before: x,
    after: y,
    changed: x !== y,
  });
  return {
    settings: [
      row('seed', ra.seed, rb.seed),
      row('iterations', ra.iterations, rb.iterations),
      row('horizonMonths', a.horizonMonths, b.horizonMonths),
      row('shortTermMonths', a.shortTermMonths, b.shortTermMonths),
      row('discountRate', a.discountRate, b.discountRate),
      row('priceYear', a.priceYear, b.priceYear),
      row('engineVersion', ra.engineVersion, rb.engineVersion),
      row('scenarioHash', ra.scenarioHash, rb.scenarioHash),
    ],
    estimates: (['pilot', 'reference', 'saving'] as const).map((key) => ({
      key,
      before: a[key],
      after: b[key],
      change: b[key].mean - a[key].mean,
    })),
    cheaperHorizon: {
      before: before.summary.measures.horizon.pPilotCheaper,
      after: after.summary.measures.horizon.pPilotCheaper,
    },
  };
}
