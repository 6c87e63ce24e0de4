import { sha256Hex } from '../model/scenario-hash';
import type { RunData } from './run-accumulator';

/** A fingerprint of every number a run produced: equal digests mean bit-identical runs. */
export function runDigest(d: RunData): string {
  return sha256Hex(Object.values(runDigests(d)).join('|'));
}

/** One digest per result array, to see which part of two runs differs. */
export function runDigests(d: RunData): Record<string, string> {
  const arrays = {
    totals: d.totals,
    payerTotals: d.payerTotals,
    breakEven: d.breakEven,
    eventOnsets: d.eventOnsets,
    branches: d.branches,
    sums: d.sums,
    eventSums: d.eventSums,
    hist: d.hist,
  };
  const out: Record<string, string> = {};
  for (const [name, a] of Object.entries(arrays)) {
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    let hex = '';
    for (let i = 0; i < bytes.length; i++) hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    out[name] = sha256Hex(hex);
  }
  return out;
}
