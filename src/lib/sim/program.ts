import type { Member } from '../model/member';
import type { Payer, PayerRef } from '../model/payer';
import type { Path, PathId } from '../model/path';
import { PATH_IDS } from '../model/path';
import type { EventKind, RiskEvent } from '../model/risk-event';
import type { Scenario } from '../model/scenario';
import type { Step } from '../model/step';
import { compileParameters, parameterIndex, type ParameterProgram } from './parameter-program';
import { QuantityCompiler, type Slot } from './quantity-compiler';
import { streamKeyOf } from './random';
import type { CompiledFormula } from '../formula/compile-formula';

/** A step compiled for the engine. `record` is its row in the path's per-iteration step records. */
export interface CompiledStep {
  id: string;
  docPath: string;
  key: number;
  record: number;
  probability: Slot;
  alwaysHappens: boolean;
  start: Slot;
  duration: Slot | null;
  oneOff: Slot | null;
  monthly: Slot | null;
  hours: Slot | null;
  rate: Slot | null;
  /** A price-list price: units x unit price, added to the monthly or the one-off cost. */
  priceUnits: Slot | null;
  priceUnitPrice: Slot | null;
  priceMonthly: boolean;
  /** Has a monthly cost (so it runs at least one month when it has a duration). */
  monthlyCharged: boolean;
  payerGroup: number;
  /** First month in which the Youth Act age limit stops the step (Infinity if none). */
  ageLimitMonth: number;
}

export interface CompiledEvent {
  id: string;
  kind: EventKind;
  docPath: string;
  key: number;
  /** Index among the path's events (in topological order) = its row in event records. */
  index: number;
  /** Index among all events of both paths (output column). */
  globalIndex: number;
  /** -1: on the path itself; else the branch it belongs to. */
  branch: number;
  probability: Slot;
  onset: Slot;
  duration: Slot | null;
  after: number;
  consequences: CompiledStep[];
  ends: number[];
}

export interface CompiledBranch {
  id: string;
  cumulative: number;
  steps: CompiledStep[];
}

export interface PathProgram {
  id: PathId;
  index: number;
  steps: CompiledStep[];
  events: CompiledEvent[];
  branches: CompiledBranch[];
  branchKey: number;
  recordCount: number;
}

export interface PayerGroup {
  payers: Int32Array;
  shares: Float64Array;
}

export interface EventColumn {
  path: PathId;
  id: string;
  kind: EventKind;
}

export interface Program {
  horizon: number;
  shortTerm: number;
  discountRate: number;
  /** DF[t] = (1 + r)^(-t/12); CDF[k] = sum of DF[t] for t < k. */
  DF: Float64Array;
  CDF: Float64Array;
  payerIds: string[];
  payerGroups: PayerGroup[];
  parameters: ParameterProgram;
  paths: [PathProgram, PathProgram];
  table: Float64Array;
  formulas: CompiledFormula[];
  formulaSources: string[];
  events: EventColumn[];
}

/** Monthly discount factors for an annual rate, start-of-month convention (DF[0] = 1). */
export function discountFactors(
  annualRate: number,
  horizon: number,
): { DF: Float64Array; CDF: Float64Array } {
  const v = Math.pow(1 + annualRate, -1 / 12);
  const DF = new Float64Array(horizon);
  const CDF = new Float64Array(horizon + 1);
  for (let t = 0; t < horizon; t++) {
    DF[t] = Math.pow(v, t);
    CDF[t + 1] = CDF[t]! + DF[t]!;
  }
  return { DF, CDF };
}

/** Compile a validated scenario into the flat program the engine runs. */
export function compileScenario(s: Scenario): Program {
  const H = s.settings.horizonMonths;
  const pIndex = parameterIndex(s.parameters);
  const q = new QuantityCompiler(pIndex);
  const parameters = compileParameters(s.parameters, q);
  const payerIds = s.payers.map((p) => p.id);
  const groups: PayerGroup[] = [];
  const groupKeys = new Map<string, number>();
  const payerGroup = (ref: PayerRef): number => {
    const list = typeof ref === 'string' ? [{ payer: ref, share: 1 }] : ref.filter((x) => x.share > 0);
    const key = JSON.stringify(list);
    let g = groupKeys.get(key);
    if (g === undefined) {
      g = groups.length;
      groups.push({
        payers: Int32Array.from(list, (x) => payerIds.indexOf(x.payer)),
        shares: Float64Array.from(list, (x) => x.share),
      });
      groupKeys.set(key, g);
    }
    return g;
  };
  const events: EventColumn[] = [];
  const paths = PATH_IDS.map((id, index) =>
    compilePath(s, s.paths[id], id, index, q, payerGroup, events),
  ) as [PathProgram, PathProgram];
  const { DF, CDF } = discountFactors(s.settings.discountRate, H);
  return {
    horizon: H,
    shortTerm: Math.min(s.settings.shortTermMonths, H),
    discountRate: s.settings.discountRate,
    DF,
    CDF,
    payerIds,
    payerGroups: groups,
    parameters,
    paths,
    table: q.table.freeze(),
    formulas: q.formulas,
    formulaSources: q.formulaSources,
    events,
  };
}

function compilePath(
  s: Scenario,
  path: Path,
  id: PathId,
  index: number,
  q: QuantityCompiler,
  payerGroup: (ref: PayerRef) => number,
  columns: EventColumn[],
): PathProgram {
  let records = 0;
  const recordOf = new Map<string, number>();
  const usedKeys = new Set<number>();
  const keyFor = (itemId: string): number => {
    // Items with the same id in both paths share a stream (common random numbers); a hash
    // collision between two ids of one path is resolved deterministically.
    let k = streamKeyOf(`item:${itemId}`);
    for (let salt = 1; usedKeys.has(k); salt++) k = streamKeyOf(`item:${itemId}#${salt}`);
    usedKeys.add(k);
    return k;
  };
  const step = (st: Step, docPath: string): CompiledStep => {
    const record = records++;
    recordOf.set(st.id, record);
    const monthly = st.monthlyCost !== undefined ? q.compile(st.monthlyCost) : null;
    const hours = st.hoursPerMonth !== undefined ? q.compile(st.hoursPerMonth) : null;
    const rate = st.hourlyRate !== undefined && hours ? q.compile(st.hourlyRate) : null;
    const priceUnits = st.price ? q.compile(st.price.units) : null;
    const priceUnitPrice = st.price ? q.compile(st.price.unitPrice) : null;
    const priceMonthly = st.price?.basis === 'monthly';
    const alwaysHappens = st.probability === 1;
    return {
      id: st.id,
      docPath,
      key: keyFor(st.id),
      record,
      probability: q.compile(st.probability, true),
      alwaysHappens,
      start: q.compile(st.start),
      duration: st.duration !== undefined ? q.compile(st.duration) : null,
      oneOff: st.oneOffCost !== undefined ? q.compile(st.oneOffCost) : null,
      monthly,
      hours,
      rate,
      priceUnits,
      priceUnitPrice,
      priceMonthly,
      monthlyCharged: monthly !== null || hours !== null || priceMonthly,
      payerGroup: payerGroup(st.payer),
      ageLimitMonth: ageLimitMonth(st, s.members, s.payers),
    };
  };
  const base = `paths.${id}`;
  const steps = path.steps.map((st, i) => step(st, `${base}.steps[${i}]`));
  const branches: CompiledBranch[] = [];
  let cum = 0;
  path.branches.forEach((b, k) => {
    cum += b.probability;
    branches.push({
      id: b.id,
      cumulative: k === path.branches.length - 1 ? Infinity : cum,
      steps: b.steps.map((st, i) => step(st, `${base}.branches[${k}].steps[${i}]`)),
    });
  });

  type Site = { ev: RiskEvent; docPath: string; branch: number };
  const sites: Site[] = [
    ...path.events.map((ev, i) => ({ ev, docPath: `${base}.events[${i}]`, branch: -1 })),
    ...path.branches.flatMap((b, k) =>
      b.events.map((ev, i) => ({ ev, docPath: `${base}.branches[${k}].events[${i}]`, branch: k })),
    ),
  ];
  const ordered = topologicalEvents(sites.map((x) => x.ev));
  const evIndex = new Map(ordered.map((i, k) => [sites[i]!.ev.id, k]));
  const compiled: CompiledEvent[] = ordered.map((i, k) => {
    const { ev, docPath, branch } = sites[i]!;
    columns.push({ path: id, id: ev.id, kind: ev.kind });
    return {
      id: ev.id,
      kind: ev.kind,
      docPath,
      key: keyFor(ev.id),
      index: k,
      globalIndex: columns.length - 1,
      branch,
      probability: q.compile(ev.probability, true),
      onset: q.compile(ev.onset),
      duration: ev.duration !== undefined ? q.compile(ev.duration) : null,
      after: ev.after !== undefined ? (evIndex.get(ev.after) ?? -1) : -1,
      consequences: ev.consequences.map((st, j) => step(st, `${docPath}.consequences[${j}]`)),
      ends: [],
    };
  });
  // `ends` may name any step of the path, including consequences compiled after the event.
  ordered.forEach((i, k) => {
    compiled[k]!.ends = sites[i]!.ev.ends.map((sid) => recordOf.get(sid)).filter(
      (r): r is number => r !== undefined,
    );
  });
  return {
    id,
    index,
    steps,
    events: compiled,
    branches,
    branchKey: streamKeyOf(`branch:${id}`),
    recordCount: records,
  };
}

/** Events ordered so that each comes after the event it depends on (assumes no cycles). */
export function topologicalEvents(events: readonly RiskEvent[]): number[] {
  const byId = new Map(events.map((e, i) => [e.id, i]));
  const done = new Uint8Array(events.length);
  const out: number[] = [];
  const visit = (i: number, depth: number) => {
    if (done[i] || depth > events.length) return;
    const after = events[i]!.after;
    const j = after !== undefined ? byId.get(after) : undefined;
    if (j !== undefined) visit(j, depth + 1);
    if (!done[i]) {
      done[i] = 1;
      out.push(i);
    }
  };
  events.forEach((_, i) => visit(i, 0));
  return out;
}

/**
 * The Youth Act (Jeugdwet) stops at 18: a step paid only under the Jeugdwet that targets only
 * children with a known age ends in the month the oldest targeted child turns 18.
 */
export function ageLimitMonth(st: Step, members: readonly Member[], payers: readonly Payer[]): number {
  if (st.ignoreAgeLimit || !st.members?.length) return Infinity;
  const refs =
    typeof st.payer === 'string' ? [st.payer] : st.payer.filter((x) => x.share > 0).map((x) => x.payer);
  const allYouth = refs.every((id) => payers.find((p) => p.id === id)?.act === 'jeugdwet');
  if (!allYouth) return Infinity;
  let limit = -Infinity;
  for (const mid of st.members) {
    const m = members.find((x) => x.id === mid);
    if (!m || m.role !== 'child' || m.ageAtStart === undefined) return Infinity;
    limit = Math.max(limit, Math.ceil((18 - m.ageAtStart) * 12));
  }
  return Math.max(0, limit);
}
