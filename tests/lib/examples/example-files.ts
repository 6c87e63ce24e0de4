import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LocalText } from '../../../src/lib/model/local-text';
import type { Scenario } from '../../../src/lib/model/scenario';
import { validateScenarioJson } from '../../../src/lib/model/validate-scenario';

/** The folder the app serves the example scenarios from. */
export const SCENARIO_DIR = fileURLToPath(new URL('../../../static/scenarios/', import.meta.url));

export interface ExampleEntry {
  id: string;
  file: string;
  name: { nl: string; en: string };
  summary: { nl: string; en: string };
}

export interface ExampleIndex {
  schemaVersion: number;
  examples: ExampleEntry[];
}

export function readIndex(): ExampleIndex {
  return JSON.parse(readFileSync(`${SCENARIO_DIR}index.json`, 'utf8')) as ExampleIndex;
}

export const exampleExists = (file: string): boolean => existsSync(`${SCENARIO_DIR}${file}`);

export function readExampleText(file: string): string {
  return readFileSync(`${SCENARIO_DIR}${file}`, 'utf8');
}

/** An example parsed and validated (defaults filled in); throws with every problem otherwise. */
export function loadExample(file: string): Scenario {
  const v = validateScenarioJson(readExampleText(file));
  if (!v.ok) throw new Error(`${file}\n${v.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
  return v.scenario;
}

/**
 * Every example listed in index.json whose file exists, loaded (a listed file that is missing is
 * reported by the index tests, so that the other tests can still say what else is wrong).
 */
export function loadAllExamples(): Array<{ entry: ExampleEntry; scenario: Scenario }> {
  return readIndex()
    .examples.filter((entry) => exampleExists(entry.file))
    .map((entry) => ({ entry, scenario: loadExample(entry.file) }));
}

export function textIn(t: LocalText | undefined, lang: 'nl' | 'en'): string {
  if (t === undefined) return '';
  return typeof t === 'string' ? t : (t[lang] ?? '');
}
