import { scaleLinear } from 'd3';
import type { Locale } from '../i18n/locale';
import { localText } from '../model/local-text';
import type { PathId } from '../model/path';
import type { Scenario } from '../model/scenario';
import { CHAR_WIDTH, textWidth, truncateLabel } from './label-fit';
import { EVENTS_LANE, laneSpecs, lanesOfStep, type LaneKind, type LaneMode } from './timeline-lanes';
import { scheduleOf, type PathSchedule, type ScheduledEvent, type ScheduledStep } from './timeline-schedule';
import { monthTicks, type MonthTick } from './timeline-ticks';

/**
 * Pixel sizes of the timeline. Text is 14 px. Bars are 22 px tall in 26 px rows, so a 24 px
 * circle on one never reaches the next (WCAG 2.2 target spacing); points are 24 px wide.
 */
export const GEOMETRY = {
  rowHeight: 26,
  barHeight: 22,
  lanePadding: 4,
  /** Above the lanes: room for the "short term" and "horizon" labels. */
  topStrip: 22,
  /** Below the lanes: month numbers and years. */
  axisHeight: 44,
  rightPad: 16,
  /** Between the lane labels and month 0 (a one-off at month 0 reaches into it). */
  plotGap: 16,
  /** Half the width of a one-off's diamond (and of an event's marker). */
  pointHalf: 12,
  textGap: 6,
  minBarWidth: 4,
  /** Horizontal gap between items sharing a row. */
  itemGap: 8,
  minLabelChars: 12,
  maxLabelChars: 40,
  /** Label length of a one-off or an event (they have no bar to size it). */
  pointLabelChars: 22,
  /** Room kept after an event's label for its probability (" 100%"). */
  probabilityChars: 6,
  /** In front of a consequence's label: it follows from an event (a cue that is not a colour). */
  consequencePrefix: '↳ ',
  /** After the label of an item beyond the horizon. */
  beyondArrow: '→',
} as const;

export interface TimelineLane {
  id: string;
  kind: LaneKind;
  label: string;
  /** The label as it fits the label column. */
  text: string;
  y: number;
  height: number;
  rows: number;
}

export interface Whisker {
  x1: number;
  x2: number;
  y: number;
}

export interface TimelineBar {
  /** Unique on this timeline: a step that targets several members has a bar in each of their lanes. */
  key: string;
  stepId: string;
  laneId: string;
  row: number;
  /** Start and end; equal for a one-off (drawn as a diamond centred on x1) or a step beyond the horizon. */
  x1: number;
  x2: number;
  /** Top of the bar. */
  y: number;
  height: number;
  /** The step's label in the UI language (with its branch in front on the bar). */
  label: string;
  text: string;
  textX: number;
  /** "end" for an item beyond the horizon: its label runs leftwards from the horizon line. */
  anchor: 'start' | 'end';
  /** Probability below 1: shown after the label (as on event markers). */
  showProbability: boolean;
  whisker: Whisker | null;
  /** Where a certain event stopped the step (its `ends`): the bar ends here with a cap. */
  cutX: number | null;
  /** From here to the end the step runs only if an uncertain event that ends it does not happen. */
  mayStopX: number | null;
  item: ScheduledStep;
}

export interface TimelineMarker {
  key: string;
  eventId: string;
  row: number;
  x: number;
  /** Centre of the marker. */
  y: number;
  label: string;
  text: string;
  textX: number;
  anchor: 'start' | 'end';
  whisker: Whisker | null;
  item: ScheduledEvent;
}

/**
 * A line from an event's marker to the bar of one of its consequences (`consequence`, to the
 * bar's start), or to where it stops a step (`stop`, to the cut or to where it may stop).
 */
export interface TimelineLink {
  key: string;
  kind: 'consequence' | 'stop';
  eventId: string;
  barKey: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TimelineLayout {
  path: PathId;
  mode: LaneMode;
  width: number;
  height: number;
  laneLabelWidth: number;
  plotLeft: number;
  plotRight: number;
  /** Top of the lanes and of the axis line. */
  plotTop: number;
  axisY: number;
  lanes: TimelineLane[];
  bars: TimelineBar[];
  markers: TimelineMarker[];
  links: TimelineLink[];
  ticks: MonthTick[];
  horizon: { month: number; x: number };
  /** Null when the short term is the whole horizon (or none). */
  shortTerm: { month: number; x: number } | null;
  schedule: PathSchedule;
}

export interface TimelineLayoutInput {
  scenario: Scenario;
  path: PathId;
  mode: LaneMode;
  /** Available width in pixels (at least 320 is used). */
  width: number;
  lang: Locale;
  /**
   * Names of the lanes that are not a member or payer, and the words after an item beyond the
   * horizon, in the UI language.
   */
  names: { events: string; family: string; afterHorizon: string };
}

interface Placed {
  key: string;
  laneId: string;
  left: number;
  right: number;
  order: number;
  row: number;
}

/**
 * The geometry of one path's timeline: lanes (events on top, then one per member or payer), bars
 * at their representative months, event markers, consequence links, month ticks. Items in one
 * lane that would overlap (bar, label or whisker) go to rows below each other.
 */
export function timelineLayout(input: TimelineLayoutInput): TimelineLayout {
  const G = GEOMETRY;
  const { scenario: s, lang } = input;
  const schedule = scheduleOf(s, input.path);
  const H = schedule.horizon;
  const width = Math.max(320, Math.round(input.width));
  const laneLabelWidth = Math.min(200, Math.max(100, Math.round(width * 0.16)));
  const plotLeft = laneLabelWidth + G.plotGap;
  const plotRight = width - G.rightPad;
  const x = scaleLinear().domain([0, H]).range([plotLeft, plotRight]);
  const px = (v: number) => round(x(Math.min(Math.max(v, 0), H)));
  const whiskerOf = (spread: [number, number] | null): Omit<Whisker, 'y'> | null => {
    if (!spread || !(spread[1] - spread[0] >= 1)) return null;
    return { x1: px(spread[0]), x2: px(spread[1]) };
  };
  const fitText = (label: string, textX: number, chars: number) =>
    truncateLabel(label, Math.max(4, Math.min(chars, Math.floor((width - textX) / CHAR_WIDTH))));

  const specs = laneSpecs(s, input.mode, lang, input.names.family);
  const hasEvents = schedule.events.length > 0;
  const laneIds = [...(hasEvents ? [EVENTS_LANE] : []), ...specs.map((l) => l.id)];

  // Markers
  const markers: TimelineMarker[] = [];
  const placed: Placed[] = [];
  schedule.events.forEach((item, order) => {
    const mx = px(item.onset);
    const label = localText(item.event.label, lang, item.event.id);
    const beyond = item.beyondHorizon;
    const textX = beyond ? mx - G.pointHalf - 4 : mx + G.pointHalf + 4;
    const text = beyond
      ? beyondText(label, textX - plotLeft - G.probabilityChars * CHAR_WIDTH, input.names.afterHorizon)
      : fitText(label, textX + G.probabilityChars * CHAR_WIDTH, G.pointLabelChars);
    const textW = textWidth(text) + G.probabilityChars * CHAR_WIDTH;
    const w = whiskerOf(item.onsetSpread);
    const key = `event:${item.event.id}`;
    markers.push({
      key,
      eventId: item.event.id,
      row: 0,
      x: mx,
      y: 0,
      label,
      text,
      textX,
      anchor: beyond ? 'end' : 'start',
      whisker: w ? { ...w, y: 0 } : null,
      item,
    });
    placed.push({
      key,
      laneId: EVENTS_LANE,
      left: Math.min(beyond ? textX - textW : mx - G.pointHalf, w?.x1 ?? Infinity),
      right: Math.max(beyond ? mx + G.pointHalf : textX + textW, w?.x2 ?? -Infinity),
      order,
      row: 0,
    });
  });

  // Bars
  const bars: TimelineBar[] = [];
  let order = 0;
  for (const item of schedule.steps) {
    const point = item.oneOff || item.beyondHorizon;
    const x1 = px(item.start);
    const x2 = point ? x1 : Math.max(px(item.end), x1 + G.minBarWidth);
    const label = localText(item.step.label, lang, item.step.id);
    const branched = item.branch ? `${localText(item.branch.label, lang, item.branch.id)}: ${label}` : label;
    const shown = item.eventId !== undefined ? `${G.consequencePrefix}${branched}` : branched;
    const beyond = item.beyondHorizon;
    const showProbability = item.probability.value < 1;
    const probabilityW = showProbability ? G.probabilityChars * CHAR_WIDTH : 0;
    const textX = beyond ? x1 - G.pointHalf - 4 : point ? x1 + G.pointHalf + 4 : x1 + G.textGap;
    const chars = point
      ? G.pointLabelChars
      : Math.min(
          G.maxLabelChars,
          Math.max(G.minLabelChars, Math.floor((x2 - x1 - 2 * G.textGap - probabilityW) / CHAR_WIDTH)),
        );
    const text = beyond
      ? beyondText(shown, textX - plotLeft - probabilityW, input.names.afterHorizon)
      : fitText(shown, textX + probabilityW, chars);
    const textW = textWidth(text) + probabilityW;
    const w = whiskerOf(item.startSpread);
    const cut = item.stops.find((x) => x.certain);
    const mayStop = item.stops.find((x) => !x.certain);
    for (const laneId of lanesOfStep(item.step, input.mode, s.members)) {
      const key = `step:${item.step.id}@${laneId}`;
      bars.push({
        key,
        stepId: item.step.id,
        laneId,
        row: 0,
        x1,
        x2,
        y: 0,
        height: G.barHeight,
        label,
        text,
        textX,
        anchor: beyond ? 'end' : 'start',
        showProbability,
        whisker: w ? { ...w, y: 0 } : null,
        cutX: cut && !point ? x2 : null,
        mayStopX: mayStop && !point ? Math.min(px(mayStop.month), x2) : null,
        item,
      });
      placed.push({
        key,
        laneId,
        left: Math.min(beyond ? textX - textW : point ? x1 - G.pointHalf : x1, w?.x1 ?? Infinity),
        right: Math.max(
          point ? x1 + G.pointHalf : x2,
          beyond ? -Infinity : textX + textW,
          w?.x2 ?? -Infinity,
        ),
        order: order++,
        row: 0,
      });
    }
  }

  // Rows within each lane, then the lanes from the top.
  const rowsOf = new Map<string, number>();
  for (const laneId of laneIds) rowsOf.set(laneId, packRows(placed.filter((p) => p.laneId === laneId)));
  const rowOf = new Map(placed.map((p) => [p.key, p.row]));
  const lanes: TimelineLane[] = [];
  let y = G.topStrip;
  // Lane labels are bold: a character wider.
  const textChars = Math.floor((laneLabelWidth - 8) / (CHAR_WIDTH + 1));
  for (const id of laneIds) {
    const spec =
      id === EVENTS_LANE
        ? { id, kind: 'events' as const, label: input.names.events }
        : specs.find((l) => l.id === id)!;
    const rows = Math.max(1, rowsOf.get(id) ?? 0);
    const height = rows * G.rowHeight + 2 * G.lanePadding;
    lanes.push({ ...spec, text: truncateLabel(spec.label, textChars), y, height, rows });
    y += height;
  }
  const laneY = new Map(lanes.map((l) => [l.id, l.y]));
  const rowTop = (laneId: string, row: number) => laneY.get(laneId)! + G.lanePadding + row * G.rowHeight;
  const inset = (G.rowHeight - G.barHeight) / 2;

  for (const m of markers) {
    m.row = rowOf.get(m.key)!;
    m.y = rowTop(EVENTS_LANE, m.row) + G.rowHeight / 2;
    if (m.whisker) m.whisker.y = m.y + G.barHeight / 2 + 1;
  }
  for (const b of bars) {
    b.row = rowOf.get(b.key)!;
    b.y = rowTop(b.laneId, b.row) + inset;
    if (b.whisker) b.whisker.y = b.y + G.barHeight + 1;
  }

  const markerOf = new Map(markers.map((m) => [m.eventId, m]));
  const links: TimelineLink[] = [];
  for (const b of bars) {
    const m = b.item.eventId !== undefined ? markerOf.get(b.item.eventId) : undefined;
    if (!m) continue;
    links.push({
      key: `${m.key}->${b.key}`,
      kind: 'consequence',
      eventId: m.eventId,
      barKey: b.key,
      x1: m.x,
      y1: m.y + G.pointHalf,
      x2: b.x1,
      y2: b.y,
    });
  }
  for (const b of bars) {
    for (const stop of b.item.stops) {
      const m = markerOf.get(stop.eventId);
      if (!m) continue;
      links.push({
        key: `${m.key}-|${b.key}`,
        kind: 'stop',
        eventId: m.eventId,
        barKey: b.key,
        x1: m.x,
        y1: m.y + G.pointHalf,
        x2: stop.certain ? b.x2 : (b.mayStopX ?? b.x1),
        y2: b.y,
      });
    }
  }

  const axisY = y;
  return {
    path: input.path,
    mode: input.mode,
    width,
    height: axisY + G.axisHeight,
    laneLabelWidth,
    plotLeft,
    plotRight,
    plotTop: G.topStrip,
    axisY,
    lanes,
    bars,
    markers,
    links,
    ticks: monthTicks(H, px, (plotRight - plotLeft) / H),
    horizon: { month: H, x: px(H) },
    shortTerm:
      schedule.shortTerm > 0 && schedule.shortTerm < H
        ? { month: schedule.shortTerm, x: px(schedule.shortTerm) }
        : null,
    schedule,
  };
}

/**
 * The label of an item beyond the horizon, which runs leftwards from the horizon line within
 * `room` pixels: "Label → after the horizon" when there is room, else "Label →".
 */
function beyondText(label: string, room: number, words: string): string {
  const total = Math.floor(room / CHAR_WIDTH);
  const full = ` ${GEOMETRY.beyondArrow} ${words}`;
  const short = ` ${GEOMETRY.beyondArrow}`;
  const chars = Math.min(GEOMETRY.pointLabelChars, total - full.length);
  if (chars >= 6) return truncateLabel(label, chars) + full;
  return truncateLabel(label, Math.max(4, Math.min(GEOMETRY.pointLabelChars, total - short.length))) + short;
}

/** Put each item in the first row where it does not overlap the one before; returns the row count. */
function packRows(items: Placed[]): number {
  const ends: number[] = [];
  const sorted = [...items].sort((a, b) => a.left - b.left || a.order - b.order);
  for (const it of sorted) {
    let row = ends.findIndex((end) => end + GEOMETRY.itemGap <= it.left);
    if (row < 0) row = ends.push(it.right) - 1;
    else ends[row] = it.right;
    it.row = row;
  }
  return ends.length;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
