/**
 * One key per item for a keyed `{#each}`: the item's id, so that a row's own state (a half-typed
 * name, a typed number) stays with its item when items are deleted, moved or restored by undo.
 * A draft may hold the same id twice (validation reports it); a repeated id gets `id#2`,
 * `id#3`, ... so the keys stay unique.
 */
export function rowKeys(items: ReadonlyArray<{ id: string }>): string[] {
  const used = new Set<string>();
  return items.map(({ id }) => {
    let key = id;
    for (let n = 2; used.has(key); n++) key = `${id}#${n}`;
    used.add(key);
    return key;
  });
}
