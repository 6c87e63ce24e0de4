/** A piece of a message: its own words, or one of the values put into it. */
export interface MessagePart {
  text: string;
  /** The index of the value (in the order passed), or null for the message's own words. */
  value: number | null;
}

/** Markers no message or value contains (characters of Unicode's private use area). */
const marker = (k: number) => `\ue000${k}\ue001`;

/**
 * A message split around the values put into it, so that a component can mark up each value
 * (e.g. keep "-€20,600" on one line) while the words stay the translated message's own, in its
 * own order. The parts joined are exactly `message(...values)`.
 */
export function messageParts(
  message: (...args: string[]) => string,
  values: readonly string[],
): MessagePart[] {
  const template = message(...values.map((_, k) => marker(k)));
  const parts: MessagePart[] = [];
  const re = /\ue000(\d+)\ue001/g;
  let at = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > at) parts.push({ text: template.slice(at, m.index), value: null });
    const k = Number(m[1]);
    parts.push({ text: values[k] ?? '', value: k });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at), value: null });
  return parts;
}
