import { formatInteger } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { localText } from '../model/local-text';
import type { PathId } from '../model/path';
import type { PathTrace, TracedEvent, TracedStep } from '../sim/trace-iteration';
import { shortLabel } from './short-label';

/** One sentence of a family's story on one path. */
export type StoryLine =
  | { kind: 'branch'; text: string }
  | { kind: 'event'; month: number; text: string }
  | { kind: 'step'; month: number; text: string }
  | { kind: 'more'; text: string }
  | { kind: 'nothing'; text: string };

export interface FamilyStory {
  path: PathId;
  lines: StoryLine[];
  /** The family's discounted cost on this path over the horizon (as the run counts it). */
  total: number;
}

type StoryWords = Pick<
  Messages,
  'presentStoryBranch' | 'presentStoryOnce' | 'presentStoryRange' | 'presentStoryMore' | 'presentStoryNothing'
>;

/**
 * One simulated family's story on one path, in short sentences for the room: the future it took
 * (a branch), every risk event that struck, and the help it got, told in month order ("Month 9:
 * supervision order. Months 10 to 21: foster family."). With `maxLines` (the sentences the page
 * has room for; the branch taken counts as one), events come first, then the help, biggest cost
 * first, and what does not fit is counted ("And 2 other things."). Months are counted from 1, as
 * on the results page.
 */
export function familyStory(
  trace: PathTrace,
  horizon: number,
  lang: Locale,
  t: StoryWords,
  maxLines = Infinity,
): FamilyStory {
  const label = (x: TracedEvent | TracedStep) => shortLabel(localText(x.label, lang, x.id));
  const month = (m: number) => formatInteger(m, lang);
  const lines: StoryLine[] = [];
  if (trace.branchLabel !== null) {
    lines.push({
      kind: 'branch',
      text: t.presentStoryBranch(shortLabel(localText(trace.branchLabel, lang))),
    });
  }
  const room = Math.max(1, maxLines - lines.length);
  const events = trace.events.filter((e) => e.onset < horizon).sort((a, b) => a.onset - b.onset);
  const steps = trace.steps.filter((s) => s.start < horizon);
  const shownEvents = events.slice(0, room);
  // Help on the path itself before what followed an event (the event's own sentence tells that).
  const ranked = [...steps].sort(
    (a, b) =>
      Number(a.origin === 'consequence') - Number(b.origin === 'consequence') ||
      b.cost - a.cost ||
      a.start - b.start,
  );
  const shownSteps = ranked.slice(0, room - shownEvents.length);
  const told: Array<StoryLine & { month: number; order: number }> = [
    ...shownEvents.map((e) => ({
      kind: 'event' as const,
      month: e.onset,
      order: 0,
      text: t.presentStoryOnce(month(e.onset + 1), label(e)),
    })),
    ...shownSteps.map((s) => {
      const last = Math.min(s.end, horizon); // months start .. end - 1, counted from 1: start + 1 .. end
      return {
        kind: 'step' as const,
        month: s.start,
        order: 1,
        text:
          last - s.start <= 1
            ? t.presentStoryOnce(month(s.start + 1), label(s))
            : t.presentStoryRange(month(s.start + 1), month(last), label(s)),
      };
    }),
  ].sort((a, b) => a.month - b.month || a.order - b.order);
  for (const { order: _order, ...line } of told) lines.push(line);
  const more = events.length - shownEvents.length + steps.length - shownSteps.length;
  if (more > 0) lines.push({ kind: 'more', text: t.presentStoryMore(more) });
  if (events.length === 0 && steps.length === 0) lines.push({ kind: 'nothing', text: t.presentStoryNothing });
  return { path: trace.path, lines, total: trace.totals.horizon };
}
