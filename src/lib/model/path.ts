import { z } from 'zod';
import { idSchema } from './id';
import { localTextSchema } from './local-text';
import { riskEventSchema } from './risk-event';
import { stepSchema } from './step';

/** One of a path's mutually exclusive futures; each iteration takes exactly one. */
export const branchSchema = z.strictObject({
  id: idSchema,
  label: localTextSchema,
  probability: z.number(),
  steps: z.array(stepSchema).max(500).default([]),
  events: z.array(riskEventSchema).max(200).default([]),
  note: z.string().max(4000).optional(),
});
export type Branch = z.infer<typeof branchSchema>;

export const pathSchema = z.strictObject({
  label: localTextSchema.optional(),
  steps: z.array(stepSchema).max(500).default([]),
  events: z.array(riskEventSchema).max(200).default([]),
  branches: z.array(branchSchema).max(20).default([]),
  note: z.string().max(4000).optional(),
});
export type Path = z.infer<typeof pathSchema>;

export const PATH_IDS = ['pilot', 'reference'] as const;
export type PathId = (typeof PATH_IDS)[number];
