import { z } from 'zod';
import { idSchema, parameterIdSchema } from './id';
import { localTextSchema } from './local-text';

/**
 * The group session of the Effectencalculator method, kept with the scenario: who took part,
 * their individual estimates of contested risks (SHELF style: "of 100 families like this one,
 * how many ...?", with who said it and why), and the parking lot of open questions. None of it
 * changes what the simulation computes: the scenario hash leaves it out (scenario-hash.ts), and a
 * pooled estimate only reaches the model when it is applied to its target as an ordinary edit.
 */

/** An ISO 8601 date and time, as `Date.prototype.toISOString` writes it (an offset is read too). */
const isoTimeSchema = z.iso.datetime({ offset: true });

/** How many families an answer speaks of ("of 100 families like this one, how many ..."). */
const per100Schema = z.number().min(0).max(100);

/** The roles the app offers; a file may hold a role in the participant's own words instead. */
export const PARTICIPANT_ROLES = ['parent', 'professional', 'other'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const participantSchema = z.strictObject({
  id: idSchema,
  /** As the participant wants to be named in the room (a first name is enough). */
  name: z.string().min(1).max(100),
  role: z.union([z.enum(PARTICIPANT_ROLES), z.string().max(100)]).optional(),
});
export type Participant = z.infer<typeof participantSchema>;

/** What an estimate is about: a probability parameter, or the probability of a risk event. */
export const estimateTargetSchema = z.union([
  z.strictObject({ parameterId: parameterIdSchema }),
  z.strictObject({ pathId: z.enum(['pilot', 'reference']), eventId: idSchema }),
]);
export type EstimateTarget = z.infer<typeof estimateTargetSchema>;

const answerFields = {
  participantId: idSchema,
  /** Why the participant thinks so, in their words. */
  note: z.string().max(2000).optional(),
};

/** One participant's answer: one number of families out of 100, or low / most likely / high. */
export const estimateAnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...answerFields, kind: z.literal('count'), count: per100Schema }),
  z.strictObject({
    ...answerFields,
    kind: z.literal('range'),
    low: per100Schema,
    likely: per100Schema,
    high: per100Schema,
  }),
]);
export type EstimateAnswer = z.infer<typeof estimateAnswerSchema>;

export const estimateSchema = z.strictObject({
  id: idSchema,
  target: estimateTargetSchema,
  /** The question in the facilitator's words; without it the app asks its standard question. */
  question: localTextSchema.optional(),
  answers: z.array(estimateAnswerSchema).max(100).default([]),
  /** When the pooled answers were last put into the model (the target's probability). */
  appliedAt: isoTimeSchema.optional(),
});
export type Estimate = z.infer<typeof estimateSchema>;

/** An open question raised in the session, kept with the scenario until it is settled. */
export const parkingLotItemSchema = z.strictObject({
  id: idSchema,
  text: z.string().min(1).max(2000),
  createdAt: isoTimeSchema,
  resolved: z.boolean().optional(),
});
export type ParkingLotItem = z.infer<typeof parkingLotItemSchema>;

export const sessionSchema = z.strictObject({
  participants: z.array(participantSchema).max(50).default([]),
  estimates: z.array(estimateSchema).max(200).default([]),
  parkingLot: z.array(parkingLotItemSchema).max(500).default([]),
});
export type Session = z.infer<typeof sessionSchema>;
export type SessionInput = z.input<typeof sessionSchema>;
