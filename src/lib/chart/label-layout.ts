/**
 * Move labels along one axis so that no two are closer than `gap`, keeping their order and
 * staying within [min, max] where possible (direct labels at the ends of lines).
 */
export function separate(positions: readonly number[], gap: number, min: number, max: number): number[] {
  const order = positions.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const placed = order.map(([p]) => Math.max(min, Math.min(max, p)));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  // Pushed past the end: shift back from the top, then forward again if that broke the start.
  const over = placed[placed.length - 1]! - max;
  if (over > 0) {
    placed[placed.length - 1] = max;
    for (let k = placed.length - 2; k >= 0; k--) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
  }
  const out = new Array<number>(positions.length);
  order.forEach(([, i], k) => (out[i] = placed[k]!));
  return out;
}

/** Break text into lines of at most about `maxChars` characters, at spaces. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A rough width of text in px (no DOM in Node): average glyph ~0.55 em in a sans-serif. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.55;
}

/** Text cut to at most `maxChars` characters, with an ellipsis when cut. */
export function fitText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  return `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}
