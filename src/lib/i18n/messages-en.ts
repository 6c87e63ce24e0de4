import type { OutOfTen } from '../report/out-of-ten';
import { capitalise } from './capitalise';
import { chartsEn } from './parts/charts';
import { editorEn } from './parts/editor';
import { exchangeEn } from './parts/exchange';
import { quantityEn } from './parts/quantity';
import { storageEn } from './parts/storage';
import { timelineEn } from './parts/timeline';
import { fundingEn } from './parts/funding';
import { sensitivityEn } from './parts/sensitivity';
import { presentEn } from './parts/present';
import { sessionEn } from './parts/session';
import { glossaryEn } from './parts/glossary';

/** How many of 10 futures, in words. */
function futures(x: OutOfTen): string {
  if (x.kind === 'fewerThanOne') return 'in fewer than 1 of 10 simulated futures';
  if (x.kind === 'moreThanNine') return 'in more than 9 of 10 simulated futures';
  return `in ${x.count} of 10 simulated futures`;
}

/** "12 months", "5 years", "18 months". */
function period(months: number): string {
  if (months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
  return months === 1 ? '1 month' : `${months} months`;
}

/**
 * The English catalogue: the reference for every message's key and parameters. Values are either
 * strings or functions of already formatted values (numbers are formatted per language by
 * src/lib/i18n/format.ts before they reach a message).
 */
export const en = {
  appName: 'PathCost',
  appTagline: 'What a family’s care costs, with and without the pilot',
  languageLabel: 'Language',
  languageName: 'English',
  loadingExample: 'Loading the example case…',
  loadFailed: (detail: string) => `The example could not be loaded: ${detail}`,
  skipToResults: 'Skip to the main content',
  aboutCase: 'About this case: what comes from the report and what we assume',

  // Run panel
  runHeading: 'Simulation',
  runButton: 'Run',
  runAgainButton: 'Run again',
  cancelButton: 'Cancel',
  runIntro: (iterations: string) =>
    `Press Run. PathCost then plays out ${iterations} possible futures of this family, on both paths.`,
  progressLabel: 'Simulation progress',
  progressText: (percent: string) => `Calculating… ${percent}`,
  runCancelled: 'The run was cancelled. The scenario is unchanged.',
  runFailed: (detail: string) =>
    `The simulation failed: ${detail}. The scenario is unchanged. You can run it again.`,
  runStalled: (seconds: string) =>
    `The simulation got stuck: it made no progress for ${seconds} seconds, so it was stopped. The scenario is unchanged. Choose fewer simulated futures, or run it again.`,
  resultsReady: 'The results are ready.',
  resultsStale: 'These results are from before the last change of settings. Run again to update them.',

  // Headline results
  resultsHeading: 'What the simulation found',
  noResultsYet: 'No results yet.',
  expectedCostPilot: 'Average cost per family, pilot path',
  expectedCostReference: 'Average cost per family, reference path',
  expectedSaving: 'Average difference (reference path minus pilot path)',
  /** The 5th to 95th percentile over simulated families (not the uncertainty of the mean). */
  interval90: (low: string, high: string) => `9 in 10 simulated futures: ${low} to ${high}`,
  savingSentence: (amount: string, months: number) =>
    `Over ${period(months)} the pilot saves on average ${amount} per family.`,
  extraCostSentence: (amount: string, months: number) =>
    `Over ${period(months)} the pilot costs on average ${amount} more per family.`,
  cheaperSentence: (x: OutOfTen, months: number) =>
    `${capitalise(futures(x))} the pilot is cheaper after ${period(months)}.`,
  cheaperShortTermTitle: (months: number) => `Pilot cheaper after ${period(months)} (short term)`,
  cheaperHorizonTitle: (months: number) => `Pilot cheaper after ${period(months)} (horizon)`,
  outOfTen: (x: OutOfTen) =>
    x.kind === 'fewerThanOne' ? '< 1 of 10' : x.kind === 'moreThanNine' ? '> 9 of 10' : `${x.count} of 10`,
  breakEvenTitle: 'Break-even',
  breakEvenMonth: (median: string) => `from month ${median}`,
  breakEvenInterval: (low: string, high: string | null) =>
    high === null
      ? `9 in 10 simulated futures: from month ${low} to beyond the horizon`
      : `9 in 10 simulated futures: from month ${low} to month ${high}`,
  breakEvenNever: (months: number) => `not within the horizon (${period(months)})`,
  breakEvenExplain:
    'The first month in which the pilot, added up, costs no more than the reference path. It stays so until the horizon: the end of the period we calculate.',
  breakEvenShare: (x: OutOfTen) => `It breaks even ${futures(x)}.`,
  mcseSentence: (amount: string) =>
    `Calculation uncertainty of the average difference (Monte Carlo standard error): ${amount}. More simulated futures make it smaller.`,
  basisSentence: (rate: string, year: string) =>
    `Amounts in ${year} euros. Later costs are discounted at ${rate} a year: converted to what they are worth today.`,
  undiscountedSentence: (pilot: string, reference: string, saving: string) =>
    `Without converting to today’s value (undiscounted): pilot ${pilot}, reference ${reference}, difference ${saving}.`,
  reproduceHeading: 'To reproduce this run',
  seedLabel: 'Seed',
  iterationsLabel: 'Simulated futures (iterations)',
  engineLabel: 'Engine',
  scenarioHashLabel: 'Scenario fingerprint (SHA-256)',

  // Examples and provenance
  examplesLabel: 'Example case',
  openExample: 'Open',
  provenanceHeading: 'Where the numbers come from',
  provenanceIntro:
    'Here is every number we use, with its source and year. Assumptions are marked. The report on the cases gives almost no amounts. So most numbers are informed estimates.',
  provenanceName: 'Number',
  provenanceValue: 'Value',
  provenanceSource: 'Source and year',
  provenanceStatus: 'Status',
  statusVerified: 'verified',
  statusSecondary: 'second-hand source',
  statusAssumption: 'assumption',
  statusSourced: 'sourced',
  statusUnsourced: 'no source given',
  meanOf: (mean: string) => `mean ${mean}`,
  fromPriceList: (item: string, list: string) => `item ${item} from price list ${list}`,
  noSource: '—',
  priceListUsed: (id: string, version: string) => `This scenario uses price list ${id}, version ${version}.`,
  ratePerYear: (rate: string) => `${rate} a year`,
  indexedFrom: (from: string, to: string) =>
    `price of ${from}, converted to ${to} prices with the CBS consumer price index`,
  unitName: (unit: string) =>
    (
      ({
        hour: 'hour',
        day: 'day',
        week: 'week',
        month: 'month',
        year: 'year',
        contact: 'contact',
        case: 'case',
        investigation: 'investigation',
      }) as Record<string, string>
    )[unit] ?? unit,

  // Settings
  settingsHeading: 'Settings',
  iterationsField: 'Number of simulated futures (iterations)',
  iterationsHelp: 'More futures make the result more precise, but take longer to calculate.',
  seedField: 'Seed',
  seedHelp: 'The same seed and settings always give the same numbers.',
  newSeedButton: 'New seed',
  horizonField: 'Horizon: how far ahead we calculate (months)',
  shortTermField: 'Short term (months)',
  discountField: 'Discount rate (converting later costs to today)',
  discountCustom: 'Custom rate',
  customRateField: 'Custom rate (% a year)',
  discountSource: (source: string) => `Source: ${source}`,
  fieldWholeNumber: (min: string, max: string) => `Enter a whole number from ${min} to ${max}.`,
  fieldNumber: (min: string, max: string) => `Enter a number from ${min} to ${max}.`,
  shortTermTooLong: 'The short term cannot be longer than the horizon.',
  settingsRefused: (detail: string) => `This change was not made: ${detail}`,

  // Views, undo, live runs
  viewsLabel: 'Views',
  tabPaths: 'Paths',
  tabResults: 'Results',
  tabSources: 'Sources',
  undoButton: 'Undo',
  redoButton: 'Redo',
  undoWhat: (what: string) => `Undo: ${what} (Ctrl+Z)`,
  redoWhat: (what: string) => `Redo: ${what} (Ctrl+Shift+Z)`,
  nothingToUndo: 'Nothing to undo',
  nothingToRedo: 'Nothing to redo',
  undone: (what: string) => `Undone: ${what}`,
  redone: (what: string) => `Redone: ${what}`,
  runBlocked: (count: number) =>
    count === 1
      ? 'The scenario has 1 problem. So it cannot run. Fix it on the Paths tab: the list at the top takes you there.'
      : `The scenario has ${count} problems. So it cannot run. Fix them on the Paths tab: the list at the top takes you to each one.`,
  liveResults: 'Live results: run again after each change',

  // Feature parts (src/lib/i18n/parts): one file per feature, both languages.
  ...editorEn,
  ...quantityEn,
  ...timelineEn,
  ...chartsEn,
  ...storageEn,
  ...exchangeEn,
  ...fundingEn,
  ...sensitivityEn,
  ...presentEn,
  ...sessionEn,
  ...glossaryEn,
} as const;

/** Every message, with the parameters English defines for it. */
export type Messages = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : (typeof en)[K];
};
