import { z } from 'zod';
import { scenarioSchema } from '../model/scenario';

/**
 * The files PathCost writes. A scenario travels in an envelope, because the scenario schema is
 * strict (no room for `$schema` or an export's provenance beside the scenario's own fields):
 *
 *   { "$schema", "format": "pathcost-scenario", "schemaVersion", "exportedBy", "exportedAt",
 *     "reproducibility", "scenario": { ...the scenario... } }
 *
 * A backup holds many scenarios (`"format": "pathcost-backup"`, `"scenarios": [...]`); a run's
 * results file (`"pathcost-run"`) holds the scenario as it was run, so it can be imported too.
 * A bare scenario document (as in static/scenarios) is read as well.
 */
export const SCENARIO_FORMAT = 'pathcost-scenario';
export const BACKUP_FORMAT = 'pathcost-backup';
export const RUN_FORMAT = 'pathcost-run';
export type FileFormat = typeof SCENARIO_FORMAT | typeof BACKUP_FORMAT | typeof RUN_FORMAT;

/**
 * Where each file's JSON Schema is published, relative to the app (beside
 * scenario.schema.json, which describes the scenario inside).
 */
export const FILE_SCHEMA_NAMES = {
  [SCENARIO_FORMAT]: 'scenario-file.schema.json',
  [BACKUP_FORMAT]: 'backup-file.schema.json',
} as const;

export const exportedBySchema = z.strictObject({
  app: z.string().max(100),
  appVersion: z.string().max(50),
});
export type ExportedBy = z.infer<typeof exportedBySchema>;

/** What reproduces a scenario's (or a run's) numbers; written with every export. */
export const reproducibilitySchema = z.strictObject({
  seed: z.number(),
  iterations: z.number(),
  generator: z.string().max(500),
  engineVersion: z.string().max(50),
  appVersion: z.string().max(50),
  schemaVersion: z.number(),
  chunkSize: z.number().optional(),
  priceYear: z.number(),
  currency: z.string().max(10),
  discountPreset: z.string().max(50),
  discountRate: z.number(),
  priceList: z.strictObject({ id: z.string().max(100), version: z.string().max(50) }).nullable(),
  scenarioHash: z.string().max(128),
});
export type ExportReproducibility = z.infer<typeof reproducibilitySchema>;

const envelopeFields = {
  $schema: z.string().max(500).optional(),
  schemaVersion: z.number().int(),
  exportedBy: exportedBySchema.optional(),
  exportedAt: z.string().max(64).optional(),
};

/** A scenario file; `scenario` is the scenario schema when published, unknown while importing. */
export function scenarioFileSchemaOf<T extends z.ZodType>(scenario: T) {
  return z.strictObject({
    ...envelopeFields,
    format: z.literal(SCENARIO_FORMAT),
    reproducibility: reproducibilitySchema.optional(),
    scenario,
  });
}

/** A backup of many scenarios. */
export function backupFileSchemaOf<T extends z.ZodType>(scenario: T) {
  return z.strictObject({
    ...envelopeFields,
    format: z.literal(BACKUP_FORMAT),
    scenarios: z.array(scenario).max(10_000),
  });
}

/** The envelopes as read on import: the scenarios inside are checked one by one afterwards. */
export const scenarioEnvelopeSchema = scenarioFileSchemaOf(z.unknown());
export const backupEnvelopeSchema = backupFileSchemaOf(z.unknown());
/** A run's results file: only its scenario is imported; the rest is carried as written. */
export const runEnvelopeSchema = z.looseObject({ format: z.literal(RUN_FORMAT), scenario: z.unknown() });

/**
 * The published JSON Schemas of the scenario and backup files (for scripts/write-schema.ts to
 * write into static/ beside scenario.schema.json).
 */
export function fileJsonSchemas(): Record<
  (typeof FILE_SCHEMA_NAMES)[keyof typeof FILE_SCHEMA_NAMES],
  object
> {
  const of = (schema: z.ZodType, id: string, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'ref' }),
    $id: id,
    title,
  });
  return {
    [FILE_SCHEMA_NAMES[SCENARIO_FORMAT]]: of(
      scenarioFileSchemaOf(scenarioSchema),
      FILE_SCHEMA_NAMES[SCENARIO_FORMAT],
      'PathCost scenario file',
    ),
    [FILE_SCHEMA_NAMES[BACKUP_FORMAT]]: of(
      backupFileSchemaOf(scenarioSchema),
      FILE_SCHEMA_NAMES[BACKUP_FORMAT],
      'PathCost backup of scenarios',
    ),
  };
}
