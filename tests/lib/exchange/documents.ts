/** Scenario documents for the import tests: small, valid, and easy to break one field at a time. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EXAMPLE_FILES = ['case-1.json', 'case-2.json', 'case-6.json', 'case-7.json', 'case-8.json'];

export function exampleText(file: string): string {
  // Resolved here, not at import: component tests (jsdom) use this module without the files.
  const dir = fileURLToPath(new URL('../../../static/scenarios/', import.meta.url));
  return readFileSync(`${dir}${file}`, 'utf8');
}

type Doc = Record<string, unknown>;

/** A valid scenario document: one member, two steps, three events, two branches. */
export function smallDocument(id = 'small'): Doc {
  return {
    schemaVersion: 1,
    id,
    name: { en: 'A small case', nl: 'Een kleine casus' },
    members: [{ id: 'mother', label: 'Mother' }],
    paths: {
      pilot: {
        steps: [
          { id: 'team', label: 'Team', payer: 'municipality-youth', oneOffCost: 5000, members: ['mother'] },
          { id: 'care', label: 'Care', payer: 'municipality-youth', monthlyCost: 200, duration: 6 },
        ],
        events: [{ id: 'crisis', label: 'Crisis', probability: 0.2, ends: ['care'] }],
      },
      reference: {
        steps: [{ id: 'care', label: 'Care', payer: 'municipality-youth', monthlyCost: 300, duration: 12 }],
        events: [
          { id: 'ots', label: 'OTS', kind: 'ots', probability: { dist: 'beta', k: 3, n: 10 } },
          { id: 'placement', label: 'Placement', probability: 0.3, after: 'ots' },
        ],
        branches: [
          { id: 'better', label: 'Better', probability: 0.6 },
          {
            id: 'worse',
            label: 'Worse',
            probability: 0.4,
            steps: [{ id: 'extra', label: 'Extra', payer: 'health-insurer', oneOffCost: 900 }],
          },
        ],
      },
    },
  };
}

/** The JSON text of a document and its size in bytes, as readImport takes them. */
export function asFile(value: unknown): [string, number] {
  const text = JSON.stringify(value);
  return [text, new TextEncoder().encode(text).length];
}

/** The same, from text. */
export function textFile(text: string): [string, number] {
  return [text, new TextEncoder().encode(text).length];
}
