import type { Locale } from '../i18n/locale';
import { localText } from '../model/local-text';
import type { PathId } from '../model/path';
import type { Scenario } from '../model/scenario';
import { truncateLabel } from '../timeline/label-fit';
import { EVENTS_LANE } from '../timeline/timeline-lanes';
import {
  presentLaneSpecs,
  presentLanesOf,
  type LaneGrouping,
  type LaneNames,
  type PresentLaneSpec,
} from './present-lanes';
import { scheduleOf } from '../timeline/timeline-schedule';
import { shortLabel } from './short-label';

/**
 * The big read-only timeline of present mode: one lane per family member (and "whole family"),
 * risk events in a lane on top, steps as thick bars, one-offs and events as markers. Positions are
 * fractions of the plot's width (0 = month 0, 1 = the horizon), so the page scales it freely;
 * text is cut to what fits, counted in characters of the timeline's type (`plotChars` across the
 * plot). Months come from the editor's timeline schedule (typical values, src/lib/timeline).
 */
export interface PresentTimelineInput {
  scenario: Scenario;
  path: PathId;
  lang: Locale;
  /** Names of the events lane and of the family lanes, in the UI language. */
  names: LaneNames & { events: string };
  /** How many characters of the timeline's text fit across the plot (at least 20 is used). */
  plotChars: number;
  /**
   * How many rows fit on the screen: when one lane per member needs more, steps for several
   * members are drawn once, in a lane for them together (when that needs fewer rows).
   */
  maxRows?: number;
  /**
   * How often, in words, for a probability below 1: long ("35 of 100 families") or short
   * ("35 of 100", where the long form would leave too little of a bar's label).
   */
  chance: (p: number, form: 'long' | 'short') => string;
}

export interface PresentLane extends PresentLaneSpec {
  /** First row (counted over all lanes, from 0) and how many rows it has. */
  firstRow: number;
  rows: number;
}

export type PresentItemKind = 'bar' | 'point' | 'marker';

export interface PresentItem {
  /** Unique on this timeline (a step for several members has an item in each of their lanes). */
  key: string;
  /** A step over months, a one-off step (a diamond), or a risk event (a diamond in the events lane). */
  kind: PresentItemKind;
  itemId: string;
  laneId: string;
  /** Row over all lanes, from 0. */
  row: number;
  /** Start and end as fractions of the plot (equal for a point or marker). */
  start: number;
  end: number;
  /** First month and the month after the last (equal for a one-off or an event's onset). */
  startMonth: number;
  endMonth: number;
  /** The label for the room: brackets left out, "↳ " in front of a consequence of an event. */
  label: string;
  /** What is shown: the label (cut to fit) and how often, when not every family. */
  text: string;
  /** Where the text goes: inside the bar, or beside the bar or marker. */
  textSide: 'inside' | 'right' | 'left';
  /** The probability (of the step, within its branch, or of the event), or null when it is 1. */
  probability: number | null;
  consequence: boolean;
}

export interface PresentTick {
  month: number;
  at: number;
}

export interface PresentTimeline {
  path: PathId;
  /** One lane per member, or lanes for members together (see LaneGrouping). */
  grouping: LaneGrouping;
  horizon: number;
  lanes: PresentLane[];
  items: PresentItem[];
  rows: number;
  ticks: PresentTick[];
  /** Counts for the reading sentence: steps and events within the horizon. */
  stepCount: number;
  eventCount: number;
}

/**
 * Average width of a character of the timeline's type, in em (DejaVu Sans, the widest common
 * system font, averages about 0.55 em on the example cases; rounded up), to turn pixels into
 * characters: `plotChars = plotWidth / (fontSize * CHAR_EM)`.
 */
export const CHAR_EM = 0.6;

/** Characters a marker (a diamond) takes, and the gap between neighbours, in characters. */
const MARKER_CHARS = 1.2;
const GAP_CHARS = 0.6;
/** Inside a bar: padding on both sides together, in characters. */
const BAR_PADDING_CHARS = 1;
/**
 * A bar gets its text inside when the whole text fits, or at least this many characters of it;
 * a shorter bar has its text beside it.
 */
const MIN_INSIDE_CHARS = 16;
/** Text beside a step is cut to at most this many characters, beside an event to MAX_EVENT_CHARS. */
const MAX_SIDE_CHARS = 40;
const MAX_EVENT_CHARS = 56;
/** Text goes beside an item on the right when it has this much room there (or all it needs). */
const RIGHT_ENOUGH_CHARS = 24;
/** Of a label with how often after it, at least this much is kept (or all of a shorter label). */
const MIN_LABEL_CHARS = 14;
const CONSEQUENCE_PREFIX = '↳ ';

interface Extent {
  key: string;
  laneId: string;
  left: number;
  right: number;
  order: number;
  row: number;
}

/**
 * The timeline of one path: one lane per member, unless `maxRows` is given and that needs more
 * rows on either path than lanes for members together (then both paths are drawn so, and look
 * alike). Rows beyond `maxRows` are the page's to scroll.
 */
export function presentTimeline(input: PresentTimelineInput): PresentTimeline {
  const perMember = layoutWith(input, 'member');
  if (input.maxRows === undefined) return perMember;
  const other: PathId = input.path === 'pilot' ? 'reference' : 'pilot';
  const rowsOf = (grouping: LaneGrouping, mine: PresentTimeline) =>
    Math.max(mine.rows, layoutWith({ ...input, path: other }, grouping).rows);
  const memberRows = rowsOf('member', perMember);
  if (memberRows <= input.maxRows) return perMember;
  const grouped = layoutWith(input, 'group');
  return rowsOf('group', grouped) < memberRows ? grouped : perMember;
}

function layoutWith(input: PresentTimelineInput, grouping: LaneGrouping): PresentTimeline {
  const { scenario: s, lang } = input;
  const C = Math.max(20, input.plotChars);
  const schedule = scheduleOf(s, input.path);
  const H = schedule.horizon;
  const at = (m: number) => round(Math.min(Math.max(m, 0), H) / H);

  /**
   * Text that fits `room` characters: the label cut first, so how often stays readable; the short
   * form of how often when the long one would leave fewer than MIN_LABEL_CHARS of the label.
   */
  const fit = (label: string, probability: number | null, room: number): string => {
    const n = Math.max(4, Math.floor(room));
    if (probability === null) return truncateLabel(label, n);
    const long = ` · ${input.chance(probability, 'long')}`;
    const short = ` · ${input.chance(probability, 'short')}`;
    const wanted = Math.min([...label].length, MIN_LABEL_CHARS);
    for (const suffix of [long, short]) {
      if (n - [...suffix].length >= wanted) return truncateLabel(label, n - [...suffix].length) + suffix;
    }
    return truncateLabel(label + short, n);
  };
  const fullLength = (label: string, probability: number | null) =>
    [...label].length + (probability === null ? 0 : [...` · ${input.chance(probability, 'long')}`].length);

  /** Text beside an item from `from` to `to` (chars): on the right when there is room enough, else on the side with more. */
  const beside = (
    label: string,
    probability: number | null,
    from: number,
    to: number,
    max = MAX_SIDE_CHARS,
  ) => {
    const right = C - to - GAP_CHARS;
    const left = from - GAP_CHARS;
    const want = Math.min(max, fullLength(label, probability));
    // Reading on to the right is easier: left only when the right has little room and the left more.
    const side: 'right' | 'left' =
      right >= Math.min(want, RIGHT_ENOUGH_CHARS) || right >= left ? 'right' : 'left';
    const text = fit(label, probability, Math.min(max, side === 'right' ? right : left));
    const w = [...text].length + GAP_CHARS;
    return { side, text, left: side === 'left' ? from - w : from, right: side === 'right' ? to + w : to };
  };

  const items: PresentItem[] = [];
  const extents: Extent[] = [];
  let order = 0;

  const events = schedule.events.filter((e) => !e.beyondHorizon);
  for (const e of events) {
    const p = e.probability.value * (e.branch ? e.branch.probability : 1);
    const probability = p < 1 ? p : null;
    const label = shortLabel(localText(e.event.label, lang, e.event.id));
    const x = at(e.onset) * C;
    const b = beside(label, probability, x - MARKER_CHARS / 2, x + MARKER_CHARS / 2, MAX_EVENT_CHARS);
    const key = `event:${e.event.id}`;
    items.push({
      key,
      kind: 'marker',
      itemId: e.event.id,
      laneId: EVENTS_LANE,
      row: 0,
      start: at(e.onset),
      end: at(e.onset),
      startMonth: e.onset,
      endMonth: e.onset,
      label,
      text: b.text,
      textSide: b.side,
      probability,
      consequence: false,
    });
    extents.push({ key, laneId: EVENTS_LANE, left: b.left, right: b.right, order: order++, row: 0 });
  }

  const steps = schedule.steps.filter((st) => !st.beyondHorizon);
  for (const st of steps) {
    const p = st.probability.value * (st.branch ? st.branch.probability : 1);
    const probability = p < 1 ? p : null;
    const consequence = st.eventId !== undefined;
    const own = shortLabel(localText(st.step.label, lang, st.step.id));
    const label = consequence ? `${CONSEQUENCE_PREFIX}${own}` : own;
    const point = st.oneOff;
    const x1 = at(st.start) * C;
    const x2 = point ? x1 : at(st.end) * C;
    let placed: { side: PresentItem['textSide']; text: string; left: number; right: number };
    const inside = x2 - x1 - BAR_PADDING_CHARS;
    if (!point && inside >= Math.min(MIN_INSIDE_CHARS, fullLength(label, probability))) {
      placed = { side: 'inside', text: fit(label, probability, inside), left: x1, right: x2 };
    } else if (point) {
      placed = beside(label, probability, x1 - MARKER_CHARS / 2, x1 + MARKER_CHARS / 2);
    } else {
      placed = beside(label, probability, x1, x2);
    }
    for (const laneId of presentLanesOf(st.step, grouping, s.members)) {
      const key = `step:${st.step.id}@${laneId}`;
      items.push({
        key,
        kind: point ? 'point' : 'bar',
        itemId: st.step.id,
        laneId,
        row: 0,
        start: at(st.start),
        end: point ? at(st.start) : at(st.end),
        startMonth: st.start,
        endMonth: st.end,
        label,
        text: placed.text,
        textSide: placed.side,
        probability,
        consequence,
      });
      extents.push({ key, laneId, left: placed.left, right: placed.right, order: order++, row: 0 });
    }
  }

  // Lanes: events on top (when any fall within the horizon), then the lanes of both paths, so the
  // two paths' timelines line up.
  const specs = presentLaneSpecs(s, grouping, lang, input.names);
  const laneList: PresentLaneSpec[] = [
    ...(events.length ? [{ id: EVENTS_LANE, kind: 'events' as const, label: input.names.events }] : []),
    ...specs,
  ];
  const lanes: PresentLane[] = [];
  let row = 0;
  for (const spec of laneList) {
    const rows = Math.max(1, packRows(extents.filter((x) => x.laneId === spec.id)));
    lanes.push({ ...spec, firstRow: row, rows });
    row += rows;
  }
  const first = new Map(lanes.map((l) => [l.id, l.firstRow]));
  const rowOf = new Map(extents.map((x) => [x.key, x.row]));
  for (const it of items) it.row = (first.get(it.laneId) ?? 0) + rowOf.get(it.key)!;

  return {
    path: input.path,
    grouping,
    horizon: H,
    lanes,
    items,
    rows: row,
    ticks: yearTicks(H, C),
    stepCount: steps.length,
    eventCount: events.length,
  };
}

/** Months a labelled tick may step by: half years, then whole years. */
const TICK_STEPS = [6, 12, 24, 60, 120, 240];
/** Room a tick label takes ("10 years"), in characters. */
const TICK_CHARS = 9;

/**
 * Ticks from month 0 to the horizon in years (half years for a horizon up to two years), as dense
 * as their labels fit.
 */
export function yearTicks(horizon: number, plotChars: number): PresentTick[] {
  const H = Math.max(1, horizon);
  const fits = (step: number) => (step / H) * plotChars >= TICK_CHARS;
  const step =
    TICK_STEPS.find((m) => (H > 24 ? m >= 12 : true) && fits(m)) ?? TICK_STEPS[TICK_STEPS.length - 1]!;
  const ticks: PresentTick[] = [];
  for (let m = 0; m <= H; m += step) ticks.push({ month: m, at: round(m / H) });
  return ticks;
}

/** Put each item in the first row where it does not overlap the one before; returns the row count. */
function packRows(items: Extent[]): number {
  const ends: number[] = [];
  const sorted = [...items].sort((a, b) => a.left - b.left || a.order - b.order);
  for (const it of sorted) {
    let r = ends.findIndex((end) => end + GAP_CHARS <= it.left);
    if (r < 0) r = ends.push(it.right) - 1;
    else ends[r] = it.right;
    it.row = r;
  }
  return ends.length;
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;
