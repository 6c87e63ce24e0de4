import type { Scenario } from '../model/scenario';
import { problemLine } from '../model/problem';
import { validateScenarioJson } from '../model/validate-scenario';
import { fetchStaticText } from './fetch-static';

/** The example the app opens on the first time: the study's case 1. */
export const FIRST_EXAMPLE = 'scenarios/case-1.json';

/** Fetch an example scenario shipped in static/ and validate it like any imported file. */
export async function loadExample(file: string, fetcher: typeof fetch = fetch): Promise<Scenario> {
  const v = validateScenarioJson(await fetchStaticText(file, fetcher));
  if (!v.ok) throw new Error(`${file}: ${v.problems.map(problemLine).join('; ')}`);
  return v.scenario;
}
