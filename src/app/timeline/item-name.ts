/**
 * The accessible name of a timeline bar or marker. It starts with the words drawn on the
 * timeline, as drawn (WCAG 2.5.3 Label in Name: a speech user says what they see), and goes on
 * with the details. The drawn text can differ from the item's label: cut to fit ("…"), with its
 * chance ("OTS 60%"), its future ("Future A: …"), a consequence arrow or "→ after the horizon".
 *
 * `shown`: the text drawn (label part and, when drawn, the chance); `details`: the full
 * description, which starts with the item's `label` (see src/lib/timeline/timeline-text.ts).
 */
export function timelineItemName(shown: string, label: string, details: string): string {
  const drawn = shown.replace(/\s+/g, ' ').trim();
  if (!drawn || details.startsWith(drawn)) return details;
  // The whole label is drawn, with more after it (its chance): the drawing replaces the label.
  if (details.startsWith(label) && drawn.startsWith(label)) return drawn + details.slice(label.length);
  return `${drawn}, ${details}`;
}
