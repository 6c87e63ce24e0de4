import { drawFrom } from './samplers/distribution-table';
import type { CompiledStep, Program } from './program';
import { Q_PARAMETER, type Slot } from './quantity-compiler';
import { Random } from './random';
import {
  HIST_BASE,
  HIST_NB,
  HIST_SHIFT,
  N_MEASURES,
  N_PATHS,
  layoutOf,
  type ChunkResult,
  type Layout,
  type RunOutputs,
} from './run-layout';

/** A scenario that passed validation but cannot be simulated for some draw (never a silent NaN). */
export class SimulationError extends Error {
  constructor(
    message: string,
    readonly docPath: string,
    readonly iteration: number,
  ) {
    super(`${docPath}: ${message} (iteration ${iteration})`);
    this.name = 'SimulationError';
  }
}

/**
 * The step records and event states of one simulated path, exactly as the engine adds them up
 * (after `ends` have cut steps short). Arrays are the engine's scratch: copy what you keep.
 */
export interface PathRecords {
  readonly active: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly monthly: Float64Array;
  readonly oneOff: Float64Array;
  readonly group: Int32Array;
  readonly eventHappened: Uint8Array;
  readonly eventOnset: Int32Array;
  readonly eventStateEnd: Int32Array;
}

/** Sees each path of each iteration as it is simulated (to tell one family's story). */
export interface PathObserver {
  pathSimulated(path: number, branch: number, records: PathRecords): void;
}

/** Below this many euros a cumulative difference counts as zero (break-even test). */
const BREAK_EVEN_TOLERANCE = 1e-6;

/**
 * The Monte Carlo engine: one iteration as model.md describes it, for a block of iterations
 * at a time. Pure TypeScript, no DOM; allocation happens in the constructor only.
 */
export class Engine {
  readonly layout: Layout;
  private readonly rng = new Random();
  private readonly values: Float64Array;
  private readonly P: Float64Array;
  private readonly H: number;
  private readonly ST: number;
  private readonly monthly: boolean;
  private readonly bands: boolean;
  // per-iteration scratch
  private readonly recStart: Int32Array;
  private readonly recEnd: Int32Array;
  private readonly recMonthly: Float64Array;
  private readonly recOneOff: Float64Array;
  private readonly recActive: Uint8Array;
  private readonly recGroup: Int32Array;
  private readonly evHappened: Uint8Array;
  private readonly evOnset: Int32Array;
  private readonly evStateEnd: Int32Array;
  private readonly evHappenedAll: Uint8Array;
  private readonly evOnsetAll: Int32Array;
  private readonly evMonthsAll: Int32Array;
  private readonly monthTotal: Float64Array;
  private readonly pathTotals = new Float64Array(N_PATHS * N_MEASURES);
  private readonly payerAcc: Float64Array;
  /** Per path, all payers, undiscounted: monthly rate changes and one-off amounts. */
  private readonly pathRate: Float64Array;
  private readonly pathImpulse: Float64Array;
  /** Per path and payer, summed over the chunk's iterations (a sum of difference arrays). */
  private readonly payerRate: Float64Array;
  private readonly payerImpulse: Float64Array;
  private readonly chosenBranch = new Int32Array(N_PATHS);
  private readonly f64 = new Float64Array(1);
  private readonly u32 = new Uint32Array(this.f64.buffer);
  private iteration = 0;
  /** Fixed parameter values in parameter index order (NaN: drawn as usual), or null. */
  private fixed: Float64Array | null = null;
  /** Only set to trace single iterations (trace-iteration.ts); it never changes a result. */
  observer: PathObserver | null = null;

  constructor(
    readonly program: Program,
    readonly outputs: RunOutputs,
    seed: number,
  ) {
    this.layout = layoutOf(program, outputs);
    this.rng.setSeed(seed);
    this.values = new Float64Array(program.parameters.ids.length);
    this.P = program.table;
    this.H = program.horizon;
    this.ST = program.shortTerm;
    this.monthly = outputs.monthly || outputs.bands;
    this.bands = outputs.bands;
    const maxRecords = Math.max(program.paths[0].recordCount, program.paths[1].recordCount, 1);
    const maxEvents = Math.max(program.paths[0].events.length, program.paths[1].events.length, 1);
    this.recStart = new Int32Array(maxRecords);
    this.recEnd = new Int32Array(maxRecords);
    this.recMonthly = new Float64Array(maxRecords);
    this.recOneOff = new Float64Array(maxRecords);
    this.recActive = new Uint8Array(maxRecords);
    this.recGroup = new Int32Array(maxRecords);
    this.evHappened = new Uint8Array(maxEvents);
    this.evOnset = new Int32Array(maxEvents);
    this.evStateEnd = new Int32Array(maxEvents);
    this.evHappenedAll = new Uint8Array(program.events.length);
    this.evOnsetAll = new Int32Array(program.events.length);
    this.evMonthsAll = new Int32Array(program.events.length);
    this.monthTotal = new Float64Array(this.H);
    const nPayers = program.payerIds.length;
    this.payerAcc = new Float64Array(N_PATHS * nPayers * N_MEASURES);
    this.pathRate = new Float64Array(N_PATHS * (this.H + 1));
    this.pathImpulse = new Float64Array(N_PATHS * this.H);
    this.payerRate = new Float64Array(this.monthly ? N_PATHS * nPayers * (this.H + 1) : 0);
    this.payerImpulse = new Float64Array(this.monthly ? N_PATHS * nPayers * this.H : 0);
  }

  /** Simulate iterations start .. start+count-1 as chunk number `chunk`. */
  runChunk(chunk: number, start: number, count: number): ChunkResult {
    const L = this.layout;
    const res: ChunkResult = {
      chunk,
      start,
      count,
      totals: new Float64Array(count * N_PATHS * N_MEASURES),
      payerTotals: new Float32Array(count * N_PATHS * L.nPayers),
      breakEven: new Int16Array(count),
      eventOnsets: new Int16Array(count * L.nEvents),
      branches: new Uint8Array(count * N_PATHS),
      sums: new Float64Array(L.sumsLength),
      eventSums: new Float64Array(L.nEvents * 3),
      hist: new Uint32Array(L.histLength),
    };
    const nP = L.nPayers;
    for (let j = 0; j < count; j++) {
      this.simulateIteration(start + j);
      const t = this.pathTotals;
      res.totals.set(t, j * N_PATHS * N_MEASURES);
      for (let k = 0; k < t.length; k++) t[k] = 0;
      const acc = this.payerAcc;
      for (let p = 0; p < N_PATHS; p++) {
        for (let q = 0; q < nP; q++) {
          const a = (p * nP + q) * N_MEASURES;
          res.payerTotals[(j * N_PATHS + p) * nP + q] = acc[a]!;
          for (let m = 0; m < N_MEASURES; m++) {
            res.sums[L.payerSumsOffset + a + m] += acc[a + m]!;
            acc[a + m] = 0;
          }
        }
        res.branches[j * N_PATHS + p] = this.chosenBranch[p]! < 0 ? 255 : this.chosenBranch[p]!;
      }
      res.breakEven[j] = this.monthSweep(res);
      this.recordEvents(res, j);
    }
    if (this.monthly) this.payerMonthSweep(res);
    return res;
  }

  /**
   * The parameter values iteration `iteration` draws (in parameter index order), exactly as
   * `runChunk` would draw them for it (fixed parameters at their fixed values): an outer
   * parameter draw for nested simulation. Returns a copy; it changes no later result (every
   * iteration sets its own streams and values).
   */
  parameterValues(iteration: number): Float64Array {
    this.iteration = iteration;
    this.rng.setIteration(iteration);
    this.sampleParameters();
    return Float64Array.from(this.values);
  }

  /**
   * Fix parameters at given values for every later iteration (nested simulation and threshold
   * searches: one compiled program, many parameter settings). `values` is in parameter index
   * order; NaN means "draw as usual". A formula parameter that is not fixed is recomputed from
   * the (fixed or drawn) values it reads. Null, the default, draws every parameter. Parameter
   * streams are keyed by parameter id, so fixing one parameter leaves every other draw as it
   * was. The array is copied.
   */
  fixParameters(values: Float64Array | null): void {
    if (values === null) {
      this.fixed = null;
      return;
    }
    const n = this.program.parameters.ids.length;
    if (values.length !== n)
      throw new RangeError(`expected ${n} parameter values (NaN = draw), not ${values.length}`);
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (!Number.isNaN(v) && !Number.isFinite(v))
        throw new RangeError(`fixed value of parameter "${this.program.parameters.ids[i]}" is ${v}`);
    }
    this.fixed = Float64Array.from(values);
  }

  private simulateIteration(i: number): void {
    this.iteration = i;
    this.rng.setIteration(i);
    this.sampleParameters();
    this.simulatePath(0);
    this.simulatePath(1);
  }

  private sampleParameters(): void {
    const pp = this.program.parameters;
    const rng = this.rng;
    const fixed = this.fixed;
    for (let k = 0; k < pp.order.length; k++) {
      const i = pp.order[k]!;
      if (fixed !== null && !Number.isNaN(fixed[i]!)) {
        this.values[i] = fixed[i]!;
        continue;
      }
      const slot = pp.slots[i]!;
      if (slot.code < Q_PARAMETER) rng.setStream(pp.streamKeys[i]!);
      const v = this.draw(slot);
      if (!Number.isFinite(v)) {
        throw new SimulationError(`gives ${String(v)}`, `parameters[${i}].value`, this.iteration);
      }
      this.values[i] = v;
    }
  }

  /** Draw a quantity from the current stream. */
  private draw(slot: Slot): number {
    const code = slot.code;
    if (code < Q_PARAMETER) return drawFrom(this.rng, this.P, code, slot.off);
    if (code === Q_PARAMETER) return this.values[slot.off]!;
    return this.program.formulas[slot.off]!(this.values);
  }

  private simulatePath(p: number): void {
    const path = this.program.paths[p]!;
    const rng = this.rng;
    const H = this.H;
    const active = this.recActive;
    for (let r = 0; r < path.recordCount; r++) active[r] = 0;

    let branch = -1;
    if (path.branches.length > 0) {
      rng.setStream(path.branchKey);
      const u = rng.uniform();
      branch = 0;
      while (u >= path.branches[branch]!.cumulative) branch++;
      const steps = path.branches[branch]!.steps;
      for (let k = 0; k < steps.length; k++) this.decideStep(steps[k]!, 0, H, false);
    }
    this.chosenBranch[p] = branch;
    for (let k = 0; k < path.steps.length; k++) this.decideStep(path.steps[k]!, 0, H, false);

    const events = path.events;
    const happened = this.evHappened;
    const onsets = this.evOnset;
    const stateEnds = this.evStateEnd;
    for (let k = 0; k < events.length; k++) {
      const ev = events[k]!;
      happened[k] = 0;
      if (ev.branch >= 0 && ev.branch !== branch) continue;
      let base = 0;
      if (ev.after >= 0) {
        if (happened[ev.after] === 0) continue;
        base = onsets[ev.after]!;
      }
      rng.setStream(ev.key);
      const prob = this.draw(ev.probability);
      if (!(prob >= 0 && prob <= 1)) {
        throw new SimulationError(
          `probability ${prob} is outside 0..1`,
          `${ev.docPath}.probability`,
          this.iteration,
        );
      }
      if (!(rng.uniform() < prob)) continue;
      const onsetDraw = this.draw(ev.onset);
      const o = base + (onsetDraw > 0 ? Math.floor(onsetDraw) : 0);
      if (!(o < H)) {
        if (Number.isNaN(onsetDraw))
          throw new SimulationError('onset is not a number', `${ev.docPath}.onset`, this.iteration);
        continue; // beyond the horizon: nothing of it falls within it
      }
      let stateEnd = H;
      if (ev.duration) {
        const d = this.draw(ev.duration);
        if (Number.isNaN(d))
          throw new SimulationError('duration is not a number', `${ev.docPath}.duration`, this.iteration);
        const n = Math.max(1, Math.round(d));
        stateEnd = o + n < H ? o + n : H;
      }
      happened[k] = 1;
      onsets[k] = o;
      stateEnds[k] = stateEnd;
      const cs = ev.consequences;
      for (let c = 0; c < cs.length; c++) this.decideStep(cs[c]!, o, stateEnd, true);
    }
    // Ends: a step ended at month o has no cost in month o or later.
    for (let k = 0; k < events.length; k++) {
      const col = events[k]!.globalIndex;
      this.evHappenedAll[col] = happened[k]!;
      this.evOnsetAll[col] = onsets[k]!;
      this.evMonthsAll[col] = stateEnds[k]! - onsets[k]!;
      const ends = events[k]!.ends;
      if (happened[k] === 0 || ends.length === 0) continue;
      const o = onsets[k]!;
      for (let e = 0; e < ends.length; e++) {
        const r = ends[e]!;
        if (active[r] === 0) continue;
        if (this.recEnd[r]! > o) this.recEnd[r] = Math.max(this.recStart[r]!, o);
        if (this.recStart[r]! >= o) this.recOneOff[r] = 0;
      }
    }
    if (this.observer !== null) {
      this.observer.pathSimulated(p, branch, {
        active: this.recActive,
        start: this.recStart,
        end: this.recEnd,
        monthly: this.recMonthly,
        oneOff: this.recOneOff,
        group: this.recGroup,
        eventHappened: happened,
        eventOnset: onsets,
        eventStateEnd: stateEnds,
      });
    }
    this.accumulate(p, path.recordCount);
  }

  /** Decide one step: does it happen, when, for how long, at what cost. */
  private decideStep(st: CompiledStep, base: number, stateEnd: number, consequence: boolean): void {
    const rng = this.rng;
    rng.setStream(st.key);
    if (!st.alwaysHappens) {
      const prob = this.draw(st.probability);
      if (!(prob >= 0 && prob <= 1)) {
        throw new SimulationError(
          `probability ${prob} is outside 0..1`,
          `${st.docPath}.probability`,
          this.iteration,
        );
      }
      if (!(rng.uniform() < prob)) return;
    }
    const H = this.H;
    const startDraw = this.draw(st.start);
    const s = base + (startDraw > 0 ? Math.floor(startDraw) : 0);
    let e: number;
    if (st.duration) {
      const d = this.draw(st.duration);
      let n = d > 0 ? Math.round(d) : 0;
      if (st.monthlyCharged && n < 1) n = 1;
      e = s + n;
    } else {
      e = consequence ? Math.max(s, stateEnd) : s;
    }
    const limit = st.ageLimitMonth < H ? st.ageLimitMonth : H;
    if (e > limit) e = limit;
    let oneOff = 0;
    if (st.oneOff) oneOff = this.cost(st.oneOff, st, 'oneOffCost');
    let monthly = 0;
    if (st.monthly) monthly = this.cost(st.monthly, st, 'monthlyCost');
    else if (st.hours && st.rate)
      monthly = this.cost(st.hours, st, 'hoursPerMonth') * this.cost(st.rate, st, 'hourlyRate');
    // Drawn after the step's other quantities, so a step without a price draws exactly as before.
    if (st.priceUnits && st.priceUnitPrice) {
      const priced =
        this.cost(st.priceUnits, st, 'price.units') * this.cost(st.priceUnitPrice, st, 'price.unitPrice');
      if (st.priceMonthly) monthly += priced;
      else oneOff += priced;
    }
    if (s >= limit) {
      if (s >= H) return;
      oneOff = 0;
    }
    const r = st.record;
    this.recActive[r] = 1;
    this.recStart[r] = s;
    this.recEnd[r] = e > s ? e : s;
    this.recMonthly[r] = monthly;
    this.recOneOff[r] = oneOff;
    this.recGroup[r] = st.payerGroup;
  }

  private cost(slot: Slot, st: CompiledStep, field: string): number {
    const v = this.draw(slot);
    if (v >= 0) {
      if (v === Infinity) throw new SimulationError('is infinite', `${st.docPath}.${field}`, this.iteration);
      return v;
    }
    if (v < 0) return 0; // a normal cost distribution's rare negative draws count as no cost
    throw new SimulationError('is not a number', `${st.docPath}.${field}`, this.iteration);
  }

  /** Add the path's active step records to its totals, payer totals and monthly arrays. */
  private accumulate(p: number, recordCount: number): void {
    const { DF, CDF } = this.program;
    const H = this.H;
    const ST = this.ST;
    const nP = this.layout.nPayers;
    const rb = p * (H + 1);
    const ib = p * H;
    const tot = this.pathTotals;
    const acc = this.payerAcc;
    const tb = p * N_MEASURES;
    for (let r = 0; r < recordCount; r++) {
      if (this.recActive[r] === 0) continue;
      const s = this.recStart[r]!;
      const e = this.recEnd[r]!;
      const m = this.recMonthly[r]!;
      const k = this.recOneOff[r]!;
      const se = e < ST ? e : ST;
      let disc = 0;
      let undisc = 0;
      let sDisc = 0;
      let sUndisc = 0;
      if (e > s && m > 0) {
        disc = m * (CDF[e]! - CDF[s]!);
        undisc = m * (e - s);
        if (se > s) {
          sDisc = m * (CDF[se]! - CDF[s]!);
          sUndisc = m * (se - s);
        }
        this.pathRate[rb + s] += m;
        this.pathRate[rb + e] -= m;
      }
      if (k > 0) {
        disc += k * DF[s]!;
        undisc += k;
        if (s < ST) {
          sDisc += k * DF[s]!;
          sUndisc += k;
        }
        this.pathImpulse[ib + s] += k;
      }
      if (disc === 0 && undisc === 0) continue;
      tot[tb] += disc;
      tot[tb + 1] += undisc;
      tot[tb + 2] += sDisc;
      tot[tb + 3] += sUndisc;
      this.addToPayers(p, this.recGroup[r]!, disc, undisc, sDisc, sUndisc, s, e, m, k, acc, nP, H);
    }
  }

  private addToPayers(
    p: number,
    groupIndex: number,
    disc: number,
    undisc: number,
    sDisc: number,
    sUndisc: number,
    s: number,
    e: number,
    m: number,
    k: number,
    acc: Float64Array,
    nP: number,
    H: number,
  ): void {
    const group = this.program.payerGroups[groupIndex]!;
    const payers = group.payers;
    const shares = group.shares;
    for (let j = 0; j < payers.length; j++) {
      const q = payers[j]!;
      const share = shares[j]!;
      const a = (p * nP + q) * N_MEASURES;
      acc[a] += disc * share;
      acc[a + 1] += undisc * share;
      acc[a + 2] += sDisc * share;
      acc[a + 3] += sUndisc * share;
      if (this.monthly) {
        const pq = p * nP + q;
        if (e > s && m > 0) {
          this.payerRate[pq * (H + 1) + s] += m * share;
          this.payerRate[pq * (H + 1) + e] -= m * share;
        }
        if (k > 0) this.payerImpulse[pq * H + s] += k * share;
      }
    }
  }

  /**
   * One pass over the months of this iteration, both paths at once: the break-even month (the
   * first month from which the pilot's cumulative discounted cost stays at or below the
   * reference's to the horizon; -1 if never) and, with monthly outputs, the sum of squares of
   * each month's cost and the histogram of cumulative cost. Resets the per-iteration arrays.
   */
  private monthSweep(res: ChunkResult): number {
    const H = this.H;
    const DF = this.program.DF;
    const rate = this.pathRate;
    const imp = this.pathImpulse;
    const H1 = H + 1;
    let r0 = 0;
    let r1 = 0;
    let cum0 = 0;
    let cum1 = 0;
    let lastAbove = -1;
    if (!this.monthly) {
      for (let t = 0; t < H; t++) {
        r0 += rate[t];
        r1 += rate[H1 + t];
        rate[t] = 0;
        rate[H1 + t] = 0;
        cum0 += (r0 + imp[t]) * DF[t];
        cum1 += (r1 + imp[H + t]) * DF[t];
        imp[t] = 0;
        imp[H + t] = 0;
        if (cum0 - cum1 > BREAK_EVEN_TOLERANCE) lastAbove = t;
      }
    } else {
      const L = this.layout;
      const sums = res.sums;
      const q0 = L.squaresOffset;
      const q1 = q0 + H;
      const hist = res.hist;
      const bands = this.bands;
      for (let t = 0; t < H; t++) {
        r0 += rate[t];
        r1 += rate[H1 + t];
        rate[t] = 0;
        rate[H1 + t] = 0;
        const v0 = (r0 + imp[t]) * DF[t];
        const v1 = (r1 + imp[H + t]) * DF[t];
        imp[t] = 0;
        imp[H + t] = 0;
        cum0 += v0;
        cum1 += v1;
        sums[q0 + t] += v0 * v0;
        sums[q1 + t] += v1 * v1;
        if (cum0 - cum1 > BREAK_EVEN_TOLERANCE) lastAbove = t;
        if (bands) {
          hist[t * HIST_NB + this.bin(cum0)]++;
          hist[(H + t) * HIST_NB + this.bin(cum1)]++;
        }
      }
    }
    rate[H] = 0;
    rate[H1 + H] = 0;
    return lastAbove + 1 < H ? lastAbove + 1 : -1;
  }

  /** Log-histogram bin of a value (bin 0: below 1). */
  private bin(x: number): number {
    if (x < 1) return 0;
    this.f64[0] = x;
    const b = (this.u32[1] >>> HIST_SHIFT) - HIST_BASE;
    return b < HIST_NB ? b : HIST_NB - 1;
  }

  private recordEvents(res: ChunkResult, j: number): void {
    const nE = this.layout.nEvents;
    for (let p = 0; p < N_PATHS; p++) {
      const events = this.program.paths[p]!.events;
      for (let k = 0; k < events.length; k++) {
        const col = events[k]!.globalIndex;
        if (this.evHappenedAll[col] === 1) {
          const o = this.evOnsetAll[col]!;
          res.eventOnsets[j * nE + col] = o;
          res.eventSums[col * 3] += 1;
          res.eventSums[col * 3 + 1] += this.evMonthsAll[col]!;
          res.eventSums[col * 3 + 2] += o;
        } else {
          res.eventOnsets[j * nE + col] = -1;
        }
      }
    }
  }

  /** Turn the chunk's summed per-payer difference arrays into monthly sums (undiscounted). */
  private payerMonthSweep(res: ChunkResult): void {
    const H = this.H;
    const L = this.layout;
    const n = N_PATHS * L.nPayers;
    for (let pq = 0; pq < n; pq++) {
      const rb = pq * (H + 1);
      const ib = pq * H;
      const sb = L.monthlyOffset + pq * H;
      let r = 0;
      for (let t = 0; t < H; t++) {
        r += this.payerRate[rb + t];
        this.payerRate[rb + t] = 0;
        res.sums[sb + t] = r + this.payerImpulse[ib + t];
        this.payerImpulse[ib + t] = 0;
      }
      this.payerRate[rb + H] = 0;
    }
  }
}
