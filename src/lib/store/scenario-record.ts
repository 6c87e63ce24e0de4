import { z } from 'zod';
import { idSchema } from '../model/id';
import { localTextSchema } from '../model/local-text';
import { scenarioSchema } from '../model/scenario';

/** The layout of a stored scenario record (not the scenario's own schemaVersion). */
export const RECORD_VERSION = 2;

/**
 * One stored scenario: the draft as the user left it (it may have cross-field problems, so only
 * the structural `scenarioSchema` applies), with the revision it is at and when it last changed.
 * `deletedAt` marks a soft delete, kept so that Undo can bring it back.
 */
export const scenarioRecordSchema = z.strictObject({
  id: idSchema,
  rev: z.number().int().min(1),
  updatedAt: z.number().finite(),
  schemaVersion: z.literal(RECORD_VERSION),
  name: localTextSchema,
  scenario: scenarioSchema,
  deletedAt: z.number().finite().optional(),
});
export type ScenarioRecord = z.infer<typeof scenarioRecordSchema>;

/** A kept earlier revision of a scenario (the record as it was after that save). */
export type ScenarioRevision = ScenarioRecord;
