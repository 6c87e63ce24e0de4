import { formatEuro, formatInteger, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import type { Messages } from '../i18n/messages';
import { localText } from '../model/local-text';
import type { PathId } from '../model/path';
import type { Scenario } from '../model/scenario';
import { representativesFor } from './representative-value';
import type { TimelineChange, TimelineRefusal } from './timeline-edit';
import type { TimelineBar, TimelineLayout, TimelineMarker } from './timeline-layout';
import { scheduleOf } from './timeline-schedule';

/**
 * The words of the timeline: accessible names of bars and markers, the summary for screen
 * readers, and what a keyboard edit announces. Numbers are formatted in the UI language.
 */
export function pathName(t: Messages, path: PathId): string {
  return path === 'pilot' ? t.timelinePathPilot : t.timelinePathReference;
}

/** A probability as a whole percentage ("60%"), with a decimal below 1 % so a small chance does not read as 0. */
export function probabilityText(p: number, lang: Locale): string {
  const rounded = p > 0 && p < 0.01 ? Math.round(p * 1000) / 1000 : Math.round(p * 100) / 100;
  return formatPercent(rounded, lang);
}

const month = (m: number, lang: Locale) => formatInteger(m, lang);

/** "Home help, Pilot path, month 0 to 6, €1,200 a month, probability 100%, lane Mother". */
export function barLabel(t: Messages, lang: Locale, layout: TimelineLayout, bar: TimelineBar): string {
  const it = bar.item;
  const parts = [bar.label, pathName(t, layout.path)];
  if (it.beyondHorizon) parts.push(t.timelineBeyondHorizon(month(it.start, lang)));
  else if (it.oneOff) parts.push(t.timelineMonthOnce(month(it.start, lang)));
  else parts.push(t.timelineMonthRange(month(it.start, lang), month(it.end, lang)));
  if (it.monthlyCost?.known) parts.push(t.timelinePerMonth(formatEuro(it.monthlyCost.value, lang)));
  if (it.oneOffCost?.known) parts.push(t.timelineOneOffCost(formatEuro(it.oneOffCost.value, lang)));
  parts.push(t.timelineProbability(probabilityText(it.probability.value, lang)));
  if (it.branch)
    parts.push(
      t.timelineInBranch(
        localText(it.branch.label, lang, it.branch.id),
        probabilityText(it.branch.probability, lang),
      ),
    );
  const event = layout.markers.find((m) => m.eventId === it.eventId);
  if (event) parts.push(t.timelineConsequenceOf(event.label));
  if (it.runsWithEvent) parts.push(t.timelineRunsWithEvent);
  for (const stop of it.stops) {
    const by = layout.markers.find((m) => m.eventId === stop.eventId)?.label ?? stop.eventId;
    parts.push((stop.certain ? t.timelineStoppedBy : t.timelineMayStop)(month(stop.month, lang), by));
  }
  if (it.ageLimited) parts.push(t.timelineAgeLimited);
  if (it.clipped) parts.push(t.timelineClipped);
  if (bar.whisker && it.startSpread)
    parts.push(
      t.timelineStartSpread(
        month(Math.floor(it.startSpread[0]), lang),
        month(Math.floor(it.startSpread[1]), lang),
      ),
    );
  if (!it.startKnown) parts.push(t.timelineStartUnknown);
  if (!it.durationKnown) parts.push(t.timelineDurationUnknown);
  const lane = layout.lanes.find((l) => l.id === bar.laneId);
  if (lane) parts.push(t.timelineLane(lane.label));
  return parts.join(', ');
}

/** "OTS, Pilot path, onset around month 9, lasts until month 21, probability 60%". */
export function markerLabel(
  t: Messages,
  lang: Locale,
  layout: TimelineLayout,
  marker: TimelineMarker,
): string {
  const it = marker.item;
  const parts = [marker.label, pathName(t, layout.path)];
  if (it.beyondHorizon) parts.push(t.timelineBeyondHorizon(month(it.onset, lang)));
  else {
    parts.push(t.timelineOnsetMonth(month(it.onset, lang)));
    if (it.end < layout.horizon.month) parts.push(t.timelineStateUntil(month(it.end, lang)));
  }
  parts.push(t.timelineProbability(probabilityText(it.probability.value, lang)));
  const after = it.event.after;
  if (after !== undefined) {
    const parent = layout.markers.find((m) => m.eventId === after);
    parts.push(
      it.afterMissing || !parent ? t.timelineAfterMissing(after) : t.timelineAfterEvent(parent.label),
    );
  }
  if (it.branch)
    parts.push(
      t.timelineInBranch(
        localText(it.branch.label, lang, it.branch.id),
        probabilityText(it.branch.probability, lang),
      ),
    );
  if (marker.whisker && it.onsetSpread)
    parts.push(
      t.timelineOnsetSpread(
        month(Math.floor(it.onsetSpread[0]), lang),
        month(Math.floor(it.onsetSpread[1]), lang),
      ),
    );
  if (!it.onsetKnown) parts.push(t.timelineStartUnknown);
  return parts.join(', ');
}

/** A short account of one path for screen readers: counts, then each event with its chance and month. */
export function pathSummary(t: Messages, lang: Locale, layout: TimelineLayout): string {
  const s = layout.schedule;
  return [
    t.timelineSummary(pathName(t, layout.path), s.steps.length, s.events.length, s.horizon),
    ...layout.markers.map((m) =>
      t.timelineSummaryEvent(
        m.label,
        probabilityText(m.item.probability.value, lang),
        month(m.item.onset, lang),
      ),
    ),
  ].join(' ');
}

/** What a keyboard edit did, read from the scenario after it ("Start: month 4"). */
export function editAnnouncement(
  t: Messages,
  lang: Locale,
  s: Scenario,
  path: PathId,
  id: string,
  change: TimelineChange,
): string {
  const schedule = scheduleOf(s, path);
  if (change === 'onset') {
    const e = schedule.events.find((x) => x.event.id === id);
    return e ? t.timelineAnnounceOnset(month(e.onset, lang)) : '';
  }
  const st = schedule.steps.find((x) => x.step.id === id);
  if (!st) return '';
  if (change === 'duration') {
    const d = representativesFor(s.parameters).of(st.step.duration, st.end - st.start).value;
    return t.timelineAnnounceDuration(Math.max(0, Math.round(d)));
  }
  const onset = schedule.events.find((x) => x.event.id === st.eventId)?.onset;
  return onset === undefined
    ? t.timelineAnnounceStart(month(st.start, lang))
    : t.timelineAnnounceStartAfterOnset(t.timelineMonthsCount(st.start - onset), month(st.start, lang));
}

export function refusalText(t: Messages, reason: TimelineRefusal): string {
  if (reason === 'formula') return t.timelineRefuseFormula;
  if (reason === 'runs-with-event') return t.timelineRefuseRunsWithEvent;
  if (reason === 'not-months') return t.timelineRefuseNotMonths;
  if (reason === 'minimum') return t.timelineRefuseMinimum;
  return '';
}
