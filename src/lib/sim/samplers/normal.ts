import type { Random } from '../random';

/**
 * Standard normal by the ziggurat method (Marsaglia & Tsang 2000), 128 levels, with the index
 * bits kept apart from the value bits of one 32-bit draw.
 */
const ZN = 128;
const KN = new Int32Array(ZN);
const WN = new Float64Array(ZN);
const FN = new Float64Array(ZN);
const R = 3.442619855899;
{
  const m1 = 16777216.0; // 2^24
  let dn = R;
  let tn = dn;
  const vn = 9.91256303526217e-3;
  const q = vn / Math.exp(-0.5 * dn * dn);
  KN[0] = Math.floor((dn / q) * m1);
  KN[1] = 0;
  WN[0] = q / m1;
  WN[ZN - 1] = dn / m1;
  FN[0] = 1.0;
  FN[ZN - 1] = Math.exp(-0.5 * dn * dn);
  for (let i = ZN - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(vn / dn + Math.exp(-0.5 * dn * dn)));
    KN[i + 1] = Math.floor((dn / tn) * m1);
    tn = dn;
    FN[i] = Math.exp(-0.5 * dn * dn);
    WN[i] = dn / m1;
  }
}

export function standardNormal(rng: Random): number {
  const hz = rng.nextInt();
  const iz = hz & 127;
  const j = hz >> 7;
  // Math.abs rather than a sign branch: 30 % faster (bench kit §3).
  if (Math.abs(j) < KN[iz]!) return j * WN[iz]!;
  return normalSlow(rng, hz, iz);
}

function normalSlow(rng: Random, hz: number, iz: number): number {
  for (;;) {
    const j = hz >> 7;
    const x = j * WN[iz]!;
    if (iz === 0) {
      let xx: number;
      let yy: number;
      do {
        xx = -Math.log(rng.uniform()) / R;
        yy = -Math.log(rng.uniform());
      } while (yy + yy < xx * xx);
      return j > 0 ? R + xx : -R - xx;
    }
    if (FN[iz]! + rng.uniform() * (FN[iz - 1]! - FN[iz]!) < Math.exp(-0.5 * x * x)) return x;
    hz = rng.nextInt();
    iz = hz & 127;
    const j2 = hz >> 7;
    if (Math.abs(j2) < KN[iz]!) return j2 * WN[iz]!;
  }
}
