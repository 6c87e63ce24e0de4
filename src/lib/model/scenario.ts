import { z } from 'zod';
import { DEFAULT_PAYERS } from './default-payers';
import { idSchema } from './id';
import { localTextSchema } from './local-text';
import { memberSchema } from './member';
import { parameterSchema } from './parameter';
import { pathSchema } from './path';
import { payerSchema } from './payer';
import { settingsSchema } from './settings';
import { sessionSchema } from './session';
import { priceListRefSchema } from './step-price';

export const SCHEMA_VERSION = 1;

export const scenarioSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: idSchema,
  name: localTextSchema,
  description: localTextSchema.optional(),
  /** The case as a story, for the people in the room. */
  narrative: localTextSchema.optional(),
  source: z.string().max(4000).optional(),
  settings: settingsSchema.default(() => settingsSchema.parse({})),
  /** The price list (id and version) that priced steps were taken from. */
  priceList: priceListRefSchema.optional(),
  payers: z
    .array(payerSchema)
    .min(1)
    .max(50)
    .default(() => DEFAULT_PAYERS.map((p) => ({ ...p }))),
  members: z.array(memberSchema).max(30).default([]),
  parameters: z.array(parameterSchema).max(1000).default([]),
  paths: z.strictObject({ pilot: pathSchema, reference: pathSchema }),
  /**
   * The group session: participants, their estimates and the parking lot (session.ts). Optional,
   * so every file written before it still reads as it is and the schemaVersion stays 1. It never
   * changes a run's numbers, so the scenario hash leaves it out (scenario-hash.ts).
   */
  session: sessionSchema.optional(),
});
/** A scenario after parsing: defaults filled in. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** A scenario as written in a file: defaults may be left out. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
