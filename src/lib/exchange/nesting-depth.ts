/**
 * How deeply the JSON text's arrays and objects nest, counted without parsing and without
 * recursion: brackets inside strings (and escaped quotes) do not count. Stops at the first
 * position deeper than `limit`, so a 200,000-deep file costs no more than a short scan and
 * never reaches JSON.parse (whose recursion could throw a RangeError).
 */
export function exceedsNesting(text: string, limit: number): { depth: number; at: number } | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return { depth, at: i };
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      depth--;
    }
  }
  return null;
}
