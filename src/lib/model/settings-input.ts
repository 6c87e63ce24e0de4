import { MAX_HORIZON_MONTHS, type Settings } from './settings';
import { DISCOUNT_PRESETS } from './discount-presets';

/**
 * Settings as a user types them in the settings panel: text in, checked numbers out. The limits
 * are the scenario format's, except iterations: the browser keeps every iteration's totals, so
 * it stops at 1,000,000 (the command line goes to the format's limit).
 */
export const SETTING_LIMITS = {
  iterations: { min: 100, max: 1_000_000, integer: true },
  seed: { min: 0, max: 0xffffffff, integer: true },
  horizonMonths: { min: 1, max: MAX_HORIZON_MONTHS, integer: true },
  shortTermMonths: { min: 1, max: MAX_HORIZON_MONTHS, integer: true },
  /** Percent a year (the format stores a fraction up to 0.5). */
  customRatePercent: { min: 0, max: 50, integer: false },
} as const;
export type SettingField = keyof typeof SETTING_LIMITS;

export type SettingProblem =
  | { kind: 'wholeNumber'; min: number; max: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'shortTermTooLong' };

export type SettingParse = { ok: true; value: number } | { ok: false; problem: SettingProblem };

/**
 * Read a number typed in Dutch ("2,25", "10.000") or English ("2.25", "10,000") style: in Dutch
 * a comma is the decimal mark and a dot groups thousands, in English the other way round. A mark
 * of the other language is read as a decimal mark when it cannot be grouping ("2.5" in Dutch is
 * 2.5, not 25; "1,5" in English is 1.5), so a number typed the other way is not silently scaled.
 */
export function readLocalNumber(text: string, decimalComma: boolean): number {
  let t = text.trim().replace(/[\s\u00a0\u202f_]/g, '');
  if (t === '') return NaN;
  const [decimal, group] = decimalComma ? [',', '.'] : ['.', ','];
  const grouped = new RegExp(`^[+-]?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d*)?$`);
  if (!t.includes(decimal) && t.split(group).length === 2 && !grouped.test(t)) {
    t = t.replace(group, '.'); // one foreign mark that is not thousands grouping: a decimal mark
  } else {
    if (t.includes(group) && !grouped.test(t)) return NaN; // misplaced grouping marks
    t = t.split(group).join('').replace(decimal, '.');
  }
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) ? Number(t) : NaN;
}

export function parseSetting(field: SettingField, text: string, decimalComma: boolean): SettingParse {
  const lim = SETTING_LIMITS[field];
  const x = readLocalNumber(text, decimalComma);
  const bad: SettingProblem = { kind: lim.integer ? 'wholeNumber' : 'number', min: lim.min, max: lim.max };
  if (!Number.isFinite(x) || x < lim.min || x > lim.max) return { ok: false, problem: bad };
  if (lim.integer && !Number.isInteger(x)) return { ok: false, problem: bad };
  return { ok: true, value: x };
}

export type DiscountChoice = Settings['discountPreset'];

/**
 * The settings after one field changed, or the problem that keeps them unchanged. The short
 * term may not exceed the horizon (whichever of the two was edited).
 */
export function withSetting(
  settings: Settings,
  field: SettingField,
  value: number,
): { ok: true; settings: Settings } | { ok: false; problem: SettingProblem } {
  const next: Settings = { ...settings };
  if (field === 'customRatePercent') {
    next.discountPreset = 'custom';
    next.discountRate = value / 100;
  } else {
    next[field] = value;
  }
  if (next.shortTermMonths > next.horizonMonths) return { ok: false, problem: { kind: 'shortTermTooLong' } };
  return { ok: true, settings: next };
}

/** The settings with a discount preset chosen ("custom" keeps the current rate). */
export function withDiscountPreset(settings: Settings, choice: DiscountChoice): Settings {
  const preset = DISCOUNT_PRESETS.find((p) => p.id === choice);
  return { ...settings, discountPreset: choice, discountRate: preset ? preset.rate : settings.discountRate };
}

/** A fresh seed from `random32` (a source of uniform unsigned 32-bit integers). */
export function newSeed(random32: () => number): number {
  return random32() >>> 0;
}
