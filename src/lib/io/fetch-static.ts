import { z } from 'zod';

/** Fetch a file the app ships in static/, as text; an HTTP failure names the file. */
export async function fetchStaticText(file: string, fetcher: typeof fetch = fetch): Promise<string> {
  const res = await fetcher(file);
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return res.text();
}

/** Fetch a JSON file shipped in static/ and check it against `schema`; problems name the file. */
export async function fetchStaticJson<T extends z.ZodType>(
  file: string,
  schema: T,
  fetcher: typeof fetch = fetch,
): Promise<z.infer<T>> {
  const parsed = schema.safeParse(JSON.parse(await fetchStaticText(file, fetcher)));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
