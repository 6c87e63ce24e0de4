import { APP_VERSION } from '../app-version';
import { SCHEMA_VERSION, type Scenario } from '../model/scenario';
import { scenarioHash } from '../model/scenario-hash';
import { ENGINE_VERSION } from '../sim/engine-version';
import { GENERATOR_NAME } from '../sim/random';
import type { RunSummary } from '../sim/summarize';
import type { ExportReproducibility } from './file-format';

/**
 * What reproduces a scenario's numbers when it is run as it stands: its seed and iterations,
 * the generator and engine, the app, the price year and list, the discount preset, and the hash
 * of the scenario itself.
 */
export function scenarioReproducibility(s: Scenario, appVersion = APP_VERSION): ExportReproducibility {
  const st = s.settings;
  return {
    seed: st.seed,
    iterations: st.iterations,
    generator: GENERATOR_NAME,
    engineVersion: ENGINE_VERSION,
    appVersion,
    schemaVersion: SCHEMA_VERSION,
    priceYear: st.priceYear,
    currency: st.currency,
    discountPreset: st.discountPreset,
    discountRate: st.discountRate,
    priceList: s.priceList ? { id: s.priceList.id, version: s.priceList.version } : null,
    scenarioHash: scenarioHash(s),
  };
}

/** A run's block: the engine's own (seed, iterations, chunk size, hash) plus the app and settings. */
export function runReproducibility(
  scenario: Scenario,
  summary: RunSummary,
  appVersion = APP_VERSION,
): ExportReproducibility {
  const r = summary.reproducibility;
  return {
    seed: r.seed,
    iterations: r.iterations,
    generator: r.generator,
    engineVersion: r.engineVersion,
    appVersion,
    schemaVersion: r.schemaVersion,
    chunkSize: r.chunkSize,
    priceYear: r.priceYear,
    currency: summary.settings.currency,
    discountPreset: scenario.settings.discountPreset,
    discountRate: summary.settings.discountRate,
    priceList: r.priceList,
    scenarioHash: r.scenarioHash,
  };
}
