/** The value at a document path such as `parameters[3].value` (for checking an override). */
export function getAt(root: unknown, path: string): unknown {
  let node = root as Record<string | number, unknown> | undefined;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (node === undefined || node === null) return undefined;
    node = node[m[2] !== undefined ? Number(m[2]) : m[1]!] as Record<string | number, unknown> | undefined;
  }
  return node;
}
