import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/lib/i18n/locale';
import { CATALOGUES, type Messages } from '../../../src/lib/i18n/messages';
import type { OutOfTen } from '../../../src/lib/report/out-of-ten';
import { chartsSamples } from './samples/charts';
import { editorSamples } from './samples/editor';
import { exchangeSamples } from './samples/exchange';
import { quantitySamples } from './samples/quantity';
import { storageSamples } from './samples/storage';
import { timelineSamples } from './samples/timeline';
import { fundingSamples } from './samples/funding';
import { sensitivitySamples } from './samples/sensitivity';
import { presentSamples } from './samples/present';
import { sessionSamples } from './samples/session';
import { glossarySamples } from './samples/glossary';

const PARTS = [
  editorSamples,
  quantitySamples,
  timelineSamples,
  chartsSamples,
  storageSamples,
  exchangeSamples,
  fundingSamples,
  sensitivitySamples,
  presentSamples,
  sessionSamples,
  glossarySamples,
];

type FunctionKey = { [K in keyof Messages]: Messages[K] extends string ? never : K }[keyof Messages];

const shares: OutOfTen[] = [
  { kind: 'exact', count: 0 },
  { kind: 'exact', count: 7 },
  { kind: 'exact', count: 10 },
  { kind: 'fewerThanOne' },
  { kind: 'moreThanNine' },
];
const periods = [1, 12, 18, 60];

/**
 * Sample arguments for every message that takes any. The type makes this list follow the English
 * catalogue; a test below checks it at run time too.
 */
const SAMPLES: { [K in FunctionKey]: Array<Parameters<Messages[K]>> } = {
  ...editorSamples.samples,
  ...quantitySamples.samples,
  ...timelineSamples.samples,
  ...chartsSamples.samples,
  ...storageSamples.samples,
  ...exchangeSamples.samples,
  ...fundingSamples.samples,
  ...sensitivitySamples.samples,
  ...presentSamples.samples,
  ...sessionSamples.samples,
  ...glossarySamples.samples,
  loadFailed: [['HTTP 404']],
  runIntro: [['10.000']],
  progressText: [['42%']],
  runFailed: [['paths.pilot.steps[0].monthlyCost: is not a number']],
  runStalled: [['30']],
  interval90: [['€ 8.000', '€ 31.000']],
  savingSentence: periods.map((m) => ['€ 17.000', m]),
  extraCostSentence: periods.map((m) => ['€ 4.000', m]),
  cheaperSentence: shares.flatMap((x) => periods.map((m): [OutOfTen, number] => [x, m])),
  cheaperShortTermTitle: periods.map((m) => [m]),
  cheaperHorizonTitle: periods.map((m) => [m]),
  outOfTen: shares.map((x) => [x]),
  breakEvenMonth: [['14']],
  breakEvenInterval: [
    ['3', '40'],
    ['3', null],
  ],
  breakEvenNever: periods.map((m) => [m]),
  breakEvenShare: shares.map((x) => [x]),
  mcseSentence: [['€ 120']],
  basisSentence: [['3%', '2024']],
  undiscountedSentence: [['€ 20.000', '€ 30.000', '€ 10.000']],
  discountSource: [['Zorginstituut Nederland (2024)']],
  fieldWholeNumber: [['1', '600']],
  fieldNumber: [['0', '50']],
  meanOf: [['€ 134']],
  fromPriceList: [['ggz-contact', 'kostenhandleiding-2024']],
  priceListUsed: [['kostenhandleiding', '2024.1']],
  ratePerYear: [['3%']],
  indexedFrom: [['2022', '2024']],
  unitName: [['hour'], ['investigation']],
  settingsRefused: [['settings.horizonMonths: too long']],
  undoWhat: [['Add step']],
  redoWhat: [['Add step']],
  undone: [['Add step']],
  redone: [['Add step']],
  runBlocked: [[1], [3]],
};

/** Messages that are the same in both languages on purpose: a name, a dash, a word both share. */
/** Messages whose argument is a code they translate (it need not appear in the text). */
const TRANSLATES_ITS_ARGUMENT: string[] = ['unitName', ...PARTS.flatMap((p) => p.translatesItsArgument)];

const SAME_IN_BOTH: string[] = [
  'appName',
  'noSource',
  'provenanceStatus',
  ...PARTS.flatMap((p) => p.sameInBoth),
];

const LANGS: Locale[] = ['nl', 'en'];
const allKeys = [...new Set([...Object.keys(CATALOGUES.en), ...Object.keys(CATALOGUES.nl)])].sort();

/** Every text a message can give: a string message as it is, a function for each sample. */
function textsOf(locale: Locale, key: string): string[] {
  const m = (CATALOGUES[locale] as unknown as Record<string, unknown>)[key];
  if (typeof m === 'string') return [m];
  const samples = (SAMPLES as Record<string, unknown[][]>)[key] ?? [];
  return samples.map((args) => (m as (...a: unknown[]) => unknown)(...args) as string);
}

describe('the message catalogues', () => {
  it('have exactly the same keys in Dutch and English', () => {
    expect(Object.keys(CATALOGUES.nl).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
  });

  it.each(allKeys)('message %s exists in both languages, of the same kind', (key) => {
    const en = (CATALOGUES.en as unknown as Record<string, unknown>)[key];
    const nl = (CATALOGUES.nl as unknown as Record<string, unknown>)[key];
    expect(en, `missing in English`).toBeDefined();
    expect(nl, `missing in Dutch`).toBeDefined();
    expect(['string', 'function']).toContain(typeof en);
    expect(typeof nl).toBe(typeof en);
  });

  it('have sample arguments for every message that takes any, and only for those', () => {
    const functionKeys = allKeys.filter(
      (k) => typeof (CATALOGUES.en as unknown as Record<string, unknown>)[k] === 'function',
    );
    expect(Object.keys(SAMPLES).sort()).toEqual(functionKeys);
  });

  it.each(LANGS)('in %s, every message gives non-empty text without leftovers', (locale) => {
    for (const key of allKeys) {
      const texts = textsOf(locale, key);
      expect(texts.length, key).toBeGreaterThan(0);
      for (const text of texts) {
        expect(typeof text, key).toBe('string');
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toMatch(/undefined|null|NaN|\[object|\{|\}/);
      }
    }
  });

  it.each(LANGS)('in %s, every text argument of a message appears in its text', (locale) => {
    for (const [key, samples] of Object.entries(SAMPLES) as Array<[string, unknown[][]]>) {
      if (TRANSLATES_ITS_ARGUMENT.includes(key)) continue;
      const m = (CATALOGUES[locale] as unknown as Record<string, (...a: unknown[]) => string>)[key]!;
      for (const args of samples) {
        const text = m(...args);
        for (const a of args) if (typeof a === 'string') expect(text, key).toContain(a);
      }
    }
  });

  it('are in Dutch in Dutch: every message differs from the English except a short list', () => {
    const same = allKeys.filter((key) => {
      const nl = textsOf('nl', key);
      const en = textsOf('en', key);
      return nl.some((t, k) => t === en[k]);
    });
    expect(same).toEqual(SAME_IN_BOTH.filter((key) => allKeys.includes(key)).sort());
  });

  it('name each language in itself', () => {
    expect(CATALOGUES.nl.languageName).toBe('Nederlands');
    expect(CATALOGUES.en.languageName).toBe('English');
  });

  it('say periods in years when whole and in months otherwise', () => {
    expect(CATALOGUES.en.breakEvenNever(12)).toBe('not within the horizon (1 year)');
    expect(CATALOGUES.en.breakEvenNever(60)).toBe('not within the horizon (5 years)');
    expect(CATALOGUES.en.breakEvenNever(18)).toBe('not within the horizon (18 months)');
    expect(CATALOGUES.en.breakEvenNever(1)).toBe('not within the horizon (1 month)');
    expect(CATALOGUES.nl.breakEvenNever(12)).toBe('niet binnen de horizon (1 jaar)');
    expect(CATALOGUES.nl.breakEvenNever(60)).toBe('niet binnen de horizon (5 jaar)');
    expect(CATALOGUES.nl.breakEvenNever(18)).toBe('niet binnen de horizon (18 maanden)');
    expect(CATALOGUES.nl.breakEvenNever(1)).toBe('niet binnen de horizon (1 maand)');
  });

  it('say shares as "X of 10", with "fewer than 1" and "more than 9" at the edges', () => {
    expect(CATALOGUES.en.outOfTen({ kind: 'exact', count: 7 })).toBe('7 of 10');
    expect(CATALOGUES.nl.outOfTen({ kind: 'exact', count: 7 })).toBe('7 van 10');
    expect(CATALOGUES.en.outOfTen({ kind: 'fewerThanOne' })).toBe('< 1 of 10');
    expect(CATALOGUES.nl.outOfTen({ kind: 'moreThanNine' })).toBe('> 9 van 10');
    expect(CATALOGUES.en.cheaperSentence({ kind: 'exact', count: 7 }, 60)).toBe(
      'In 7 of 10 simulated futures the pilot is cheaper after 5 years.',
    );
    expect(CATALOGUES.nl.cheaperSentence({ kind: 'fewerThanOne' }, 12)).toBe(
      'In minder dan 1 van de 10 gesimuleerde toekomsten is de pilot na 1 jaar goedkoper.',
    );
  });
});
