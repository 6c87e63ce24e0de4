import type { OutOfTen } from '../../report/out-of-ten';
import type { Widen } from './catalogue-part';

/** "1 year", "5 years", "18 months", "1 month". */
const period = (months: number) =>
  months % 12 === 0
    ? months === 12
      ? '1 year'
      : `${months / 12} years`
    : months === 1
      ? '1 month'
      : `${months} months`;
/** "1 jaar", "5 jaar", "18 maanden", "1 maand". */
const periode = (months: number) =>
  months % 12 === 0 ? `${months / 12} jaar` : months === 1 ? '1 maand' : `${months} maanden`;

/** "7 in 10", "fewer than 1 in 10", "more than 9 in 10". */
const inTen = (x: OutOfTen) =>
  x.kind === 'fewerThanOne'
    ? 'fewer than 1 in 10'
    : x.kind === 'moreThanNine'
      ? 'more than 9 in 10'
      : `${x.count} in 10`;
/** "7 van de 10", "minder dan 1 van de 10", "meer dan 9 van de 10". */
const vanTien = (x: OutOfTen) =>
  x.kind === 'fewerThanOne'
    ? 'minder dan 1 van de 10'
    : x.kind === 'moreThanNine'
      ? 'meer dan 9 van de 10'
      : `${x.count} van de 10`;

/** "OTS", "OTS and UHP", "OTS, UHP and v-ggz" (with `and` in the language). */
const list = (words: readonly string[], and: string) =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]!}`;

/**
 * Messages of the present mode (projector, stepwise reveal), in English (the reference). What a
 * family member sees is in plain words (Dutch at B1 level); glossary words are explained by the
 * glossary where they are first used.
 */
export const presentEn = {
  presentOpen: 'Present',

  // The steps
  presentStepPilot: 'the pilot path',
  presentStepReference: 'the reference path',
  presentStepDifference: 'the difference',
  presentStepPayers: 'who pays',
  presentStepFamily: 'one family’s story',
  presentTitlePilot: 'With the pilot',
  presentTitleReference: 'Without the pilot: regular care',
  presentTitleDifference: 'What does it cost?',
  presentTitlePayers: 'Who pays less, who pays more?',
  presentTitleFamily: 'One family',
  presentAnnounce: (step: number, total: number, name: string) => `Step ${step} of ${total}: ${name}`,
  presentAnnounceWords: (step: number, total: number, name: string) =>
    `Step ${step} of ${total}: ${name}, what the words mean`,
  presentStepCount: (step: number, total: number) => `Step ${step} of ${total}`,

  // The control bar
  presentControls: 'Presentation controls',
  presentPrevious: '← Previous',
  presentNext: 'Next →',
  presentFullscreen: 'Full screen (F)',
  presentDark: 'Dark (C)',
  presentTable: 'Table (T)',
  presentLeave: 'Leave (Esc)',
  presentHelp: '← →: previous, next. Esc: leave (in full screen: press it twice).',

  // Without results
  presentRunPrompt: 'Press R to compute the results.',
  presentRunButton: 'Compute (R)',
  presentRunning: 'Computing the results…',

  // The timeline of a path
  presentEventsLane: 'May happen',
  presentWholeFamily: 'Whole family',
  /** Lanes for several members together: "Mother and the children". */
  presentChildren: 'the children',
  presentAnd: ' and ',
  presentChance: (n: string) => `${n} of 100 families`,
  presentChanceShort: (n: string) => `${n} of 100`,
  presentAxisStart: 'start',
  presentAxisTick: (months: number) => period(months),
  presentTimelineReading: (path: string, steps: number, events: number, months: number) =>
    `${path}: ${steps === 1 ? '1 kind of help' : `${steps} kinds of help`} and ${events === 1 ? '1 risk' : `${events} risks`} in ${period(months)}.`,
  presentWordsTitle: 'What the words mean',
  presentWordsNext: (words: readonly string[]) =>
    `What ${list(words, 'and')} ${words.length === 1 ? 'means' : 'mean'}: press →`,
  presentColWho: 'Who',
  presentColWhat: 'What',
  presentColWhen: 'When',
  presentColHowOften: 'How often',
  presentEveryFamily: 'every family',
  presentMonthOnce: (month: string) => `month ${month}`,
  presentMonthRange: (from: string, to: string) => `month ${from} to ${to}`,

  // The difference
  presentSimulated: (iterations: string) =>
    `The computer played out ${iterations} times what can happen to a family like this one. Amounts per family.`,
  presentPriceBasis: (year: string) => `In euros of ${year}.`,
  presentDiscounted: (rate: string) => `Costs in later years count ${rate} a year less.`,
  presentCostOver: (months: number) => `Cost per family over ${period(months)}`,
  presentSpread: (low: string, high: string) => `9 in 10 families: ${low} to ${high}`,
  presentAfter: (months: number) => `After ${period(months)}`,
  presentLess: (amount: string) => `${amount} less`,
  presentMore: (amount: string) => `${amount} more`,
  presentNoDifference: 'no difference',
  presentPilotSaves: (amount: string) => `The pilot saves ${amount}`,
  presentPilotCostsMore: (amount: string) => `The pilot costs ${amount} more`,
  presentPilotSame: 'Both paths cost the same',
  presentRangeSaves: (low: string, high: string) => `For 9 in 10 families the pilot saves ${low} to ${high}.`,
  presentRangeCostsMore: (low: string, high: string) =>
    `For 9 in 10 families the pilot costs ${low} to ${high} more.`,
  presentRangeMixed: (more: string, less: string) =>
    `For 9 in 10 families the pilot costs between ${more} more and ${less} less.`,
  presentCheaper: (x: OutOfTen) => `The pilot is cheaper for ${inTen(x)} families.`,

  // Who pays
  presentPayersIntro: (months: number) =>
    `What each payer pays less or more with the pilot, per family over ${period(months)}.`,
  presentPayersSaver: (payer: string, amount: string) => `${payer} saves most: ${amount} per family.`,
  presentPayersPayer: (payer: string, amount: string) => `${payer} pays most extra: ${amount} per family.`,
  presentPayersNone: 'No payer pays noticeably more or less.',
  presentColPayer: 'Payer',
  presentColDifference: 'Difference',

  // One family's story
  presentFamilyIntro: 'One family played out by the computer: what happened, with and without the pilot.',
  presentFamilyTypicalIntro:
    'A typical family played out by the computer: of all families, its difference between the two paths is the middle one.',
  presentFamilyOf: (n: string, total: string) => `Family ${n} of ${total}`,
  presentPreviousFamily: '← Previous family (P)',
  presentNextFamily: 'Next family (N) →',
  presentStoryBranch: (branch: string) => `This family: ${branch}.`,
  presentStoryOnce: (month: string, what: string) => `Month ${month}: ${what}.`,
  presentStoryRange: (from: string, to: string, what: string) => `Months ${from} to ${to}: ${what}.`,
  presentStoryMore: (n: number) => (n === 1 ? 'And 1 other thing.' : `And ${n} other things.`),
  presentStoryNothing: 'No help, and nothing happens.',
  presentStoryTotal: (months: number) => `Total over ${period(months)}`,
  presentFamilySaves: (amount: string) => `For this family the pilot saves ${amount}.`,
  presentFamilyCostsMore: (amount: string) => `For this family the pilot costs ${amount} more.`,
  presentFamilySame: 'For this family both paths cost the same.',
};

export const presentNl: Widen<typeof presentEn> = {
  presentOpen: 'Presenteren',

  presentStepPilot: 'het pad met de pilot',
  presentStepReference: 'het pad zonder pilot (de gewone zorg)',
  presentStepDifference: 'het verschil',
  presentStepPayers: 'wie betaalt',
  presentStepFamily: 'het verhaal van één gezin',
  presentTitlePilot: 'Met de pilot',
  presentTitleReference: 'Zonder pilot: de gewone zorg',
  presentTitleDifference: 'Wat kost het?',
  presentTitlePayers: 'Wie betaalt minder, wie meer?',
  presentTitleFamily: 'Eén gezin',
  presentAnnounce: (step: number, total: number, name: string) => `Stap ${step} van ${total}: ${name}`,
  presentAnnounceWords: (step: number, total: number, name: string) =>
    `Stap ${step} van ${total}: ${name}, wat de woorden betekenen`,
  presentStepCount: (step: number, total: number) => `Stap ${step} van ${total}`,

  presentControls: 'Knoppen van de presentatie',
  presentPrevious: '← Vorige',
  presentNext: 'Volgende →',
  presentFullscreen: 'Volledig scherm (F)',
  presentDark: 'Donker (C)',
  presentTable: 'Tabel (T)',
  presentLeave: 'Stoppen (Esc)',
  presentHelp: '← →: vorige, volgende. Esc: stoppen (bij volledig scherm: twee keer drukken).',

  presentRunPrompt: 'Druk op R om de uitkomsten te berekenen.',
  presentRunButton: 'Berekenen (R)',
  presentRunning: 'De uitkomsten worden berekend…',

  presentEventsLane: 'Kan gebeuren',
  presentWholeFamily: 'Hele gezin',
  presentChildren: 'de kinderen',
  presentAnd: ' en ',
  presentChance: (n: string) => `${n} van de 100 gezinnen`,
  presentChanceShort: (n: string) => `${n} van de 100`,
  presentAxisStart: 'begin',
  presentAxisTick: (months: number) => periode(months),
  presentTimelineReading: (path: string, steps: number, events: number, months: number) =>
    `${path}: ${steps === 1 ? '1 soort hulp' : `${steps} soorten hulp`} en ${events === 1 ? '1 risico' : `${events} risico’s`} in ${periode(months)}.`,
  presentWordsTitle: 'Wat de woorden betekenen',
  presentWordsNext: (words: readonly string[]) => `Wat betekenen ${list(words, 'en')}? Druk op →`,
  presentColWho: 'Wie',
  presentColWhat: 'Wat',
  presentColWhen: 'Wanneer',
  presentColHowOften: 'Hoe vaak',
  presentEveryFamily: 'elk gezin',
  presentMonthOnce: (month: string) => `maand ${month}`,
  presentMonthRange: (from: string, to: string) => `maand ${from} tot en met ${to}`,

  presentSimulated: (iterations: string) =>
    `De computer speelde ${iterations} keer na wat er met een gezin als dit kan gebeuren. Bedragen per gezin.`,
  presentPriceBasis: (year: string) => `In euro’s van ${year}.`,
  presentDiscounted: (rate: string) => `Kosten in latere jaren tellen ${rate} per jaar minder mee.`,
  presentCostOver: (months: number) => `Kosten per gezin in ${periode(months)}`,
  presentSpread: (low: string, high: string) => `Bij 9 van de 10 gezinnen: ${low} tot ${high}`,
  presentAfter: (months: number) => `Na ${periode(months)}`,
  presentLess: (amount: string) => `${amount} minder`,
  presentMore: (amount: string) => `${amount} meer`,
  presentNoDifference: 'geen verschil',
  presentPilotSaves: (amount: string) => `De pilot bespaart ${amount}`,
  presentPilotCostsMore: (amount: string) => `De pilot kost ${amount} meer`,
  presentPilotSame: 'Beide paden kosten evenveel',
  presentRangeSaves: (low: string, high: string) =>
    `Bij 9 van de 10 gezinnen bespaart de pilot ${low} tot ${high}.`,
  presentRangeCostsMore: (low: string, high: string) =>
    `Bij 9 van de 10 gezinnen kost de pilot ${low} tot ${high} meer.`,
  presentRangeMixed: (more: string, less: string) =>
    `Bij 9 van de 10 gezinnen kost de pilot tussen ${more} meer en ${less} minder.`,
  presentCheaper: (x: OutOfTen) => `De pilot is goedkoper bij ${vanTien(x)} gezinnen.`,

  presentPayersIntro: (months: number) =>
    `Wat elke betaler met de pilot minder of meer betaalt, per gezin in ${periode(months)}.`,
  presentPayersSaver: (payer: string, amount: string) => `${payer} bespaart het meest: ${amount} per gezin.`,
  presentPayersPayer: (payer: string, amount: string) =>
    `${payer} betaalt het meest extra: ${amount} per gezin.`,
  presentPayersNone: 'Geen betaler betaalt merkbaar meer of minder.',
  presentColPayer: 'Betaler',
  presentColDifference: 'Verschil',

  presentFamilyIntro: 'Eén gezin dat de computer naspeelde: wat er gebeurde, met en zonder pilot.',
  presentFamilyTypicalIntro:
    'Een doorsnee gezin dat de computer naspeelde: van alle gezinnen zit het verschil tussen de twee paden bij dit gezin precies in het midden.',
  presentFamilyOf: (n: string, total: string) => `Gezin ${n} van ${total}`,
  presentPreviousFamily: '← Vorig gezin (P)',
  presentNextFamily: 'Volgend gezin (N) →',
  presentStoryBranch: (branch: string) => `Bij dit gezin: ${branch}.`,
  presentStoryOnce: (month: string, what: string) => `Maand ${month}: ${what}.`,
  presentStoryRange: (from: string, to: string, what: string) => `Maand ${from} tot en met ${to}: ${what}.`,
  presentStoryMore: (n: number) => (n === 1 ? 'En nog 1 ander ding.' : `En nog ${n} andere dingen.`),
  presentStoryNothing: 'Geen hulp, en er gebeurt niets.',
  presentStoryTotal: (months: number) => `Totaal in ${periode(months)}`,
  presentFamilySaves: (amount: string) => `Bij dit gezin bespaart de pilot ${amount}.`,
  presentFamilyCostsMore: (amount: string) => `Bij dit gezin kost de pilot ${amount} meer.`,
  presentFamilySame: 'Bij dit gezin kosten beide paden evenveel.',
};
