/**
 * A sentence split around a part of it (an amount), so the page can set that part in large type:
 * "The pilot saves " + "€17,000" + "". When the part is not in the sentence, all of it comes
 * first and the part is empty.
 */
export function splitAround(sentence: string, part: string): [before: string, part: string, after: string] {
  const at = part ? sentence.indexOf(part) : -1;
  if (at < 0) return [sentence, '', ''];
  return [sentence.slice(0, at), part, sentence.slice(at + part.length)];
}
