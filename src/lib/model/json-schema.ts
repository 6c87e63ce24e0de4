import { z } from 'zod';
import { scenarioSchema } from './scenario';

/** The published JSON Schema of a scenario file (as written: defaults may be left out). */
export function scenarioJsonSchema(): object {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' }),
    $id: 'scenario.schema.json',
    title: 'PathCost scenario',
    description: 'A family case as two costed care paths (pilot and reference). See README for the meaning.',
  };
}
