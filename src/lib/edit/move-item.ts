/**
 * The list with the item at `from` moved to `to` (both clamped to the list); the same array
 * when nothing moves.
 */
export function moveItem<T>(list: T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length) return list;
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (target === from) return list;
  const out = list.slice();
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item!);
  return out;
}
