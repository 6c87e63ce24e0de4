import { z } from 'zod';
import { localTextSchema } from '../model/local-text';
import { fetchStaticJson } from './fetch-static';

/** static/scenarios/index.json: the example library the app offers. */
export const exampleIndexSchema = z.strictObject({
  schemaVersion: z.literal(1),
  examples: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(100),
        file: z.string().regex(/^[a-z0-9][a-z0-9._-]*\.json$/, 'a file name in static/scenarios/'),
        name: localTextSchema,
        summary: localTextSchema.optional(),
      }),
    )
    .min(1),
});
export type ExampleIndex = z.infer<typeof exampleIndexSchema>;
export type ExampleEntry = ExampleIndex['examples'][number];

export const EXAMPLE_INDEX = 'scenarios/index.json';

/** Fetch and check the example library's index. */
export function loadExampleIndex(fetcher: typeof fetch = fetch): Promise<ExampleIndex> {
  return fetchStaticJson(EXAMPLE_INDEX, exampleIndexSchema, fetcher);
}

/** The path of an example's scenario file, relative to the app. */
export function exampleFile(e: ExampleEntry): string {
  return `scenarios/${e.file}`;
}
