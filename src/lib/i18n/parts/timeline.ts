import type { Widen } from './catalogue-part';

const months = (n: number) => (n === 1 ? '1 month' : `${n} months`);
const maanden = (n: number) => (n === 1 ? '1 maand' : `${n} maanden`);

/** Messages of the timeline feature, in English (the reference). */
export const timelineEn = {
  timelineHeading: 'Timeline of both paths',
  timelineIntro:
    'Each bar is a step. Each diamond is a risk event, with the chance that it happens. A bar is drawn at the average value. A line with end marks shows where 9 in 10 starts fall.',
  timelineNoScenario: 'There is no scenario to show yet.',
  timelineDraftProblems: 'The scenario has problems. The timeline shows what it can.',
  timelineLanesLegend: 'Lanes',
  timelineLanesMembers: 'Per family member',
  timelineLanesPayers: 'Per payer',
  timelineKeysHelp:
    'Tab to a timeline. Arrow keys move between items. Enter opens one in the editor. Shift + Left/Right moves a start or onset by a month. Alt + Left/Right makes a step a month longer or shorter.',
  timelinePathPilot: 'Pilot path',
  timelinePathReference: 'Reference path',
  timelineGroupLabel: (path: string) => `Timeline: ${path}`,
  timelineEventsLane: 'Events',
  timelineWholeFamily: 'Whole family',
  timelineShortTerm: 'short term',
  timelineHorizon: 'horizon',
  timelineYear: (year: string) => `year ${year}`,
  timelineMonthAxis: 'Month',
  timelineSummary: (path: string, steps: number, events: number, horizon: number) =>
    `${path}: ${steps === 1 ? '1 step' : `${steps} steps`} and ${events === 1 ? '1 risk event' : `${events} risk events`} within ${months(horizon)}.`,
  timelineSummaryEvent: (event: string, probability: string, month: string) =>
    `${event}: probability ${probability}, around month ${month}.`,

  // Parts of an item's accessible name, joined by commas
  timelineMonthRange: (from: string, to: string) => `month ${from} to ${to}`,
  timelineMonthOnce: (month: string) => `once, in month ${month}`,
  timelineOnsetMonth: (month: string) => `onset around month ${month}`,
  timelineStateUntil: (month: string) => `lasts until month ${month}`,
  timelinePerMonth: (amount: string) => `${amount} a month`,
  timelineOneOffCost: (amount: string) => `${amount} one-off`,
  timelineProbability: (probability: string) => `probability ${probability}`,
  timelineInBranch: (branch: string, probability: string) => `in the future “${branch}” (${probability})`,
  timelineConsequenceOf: (event: string) => `consequence of “${event}”`,
  timelineAfterEvent: (event: string) => `only after “${event}”`,
  timelineAfterMissing: (event: string) =>
    `after “${event}”, which is not on this path: counted from month 0`,
  timelineRunsWithEvent: 'as long as the event lasts',
  timelineClipped: 'continues beyond the horizon',
  timelineAgeLimited: 'stops when the child turns 18 (Youth Act)',
  timelineBeyondHorizon: (month: string) => `starts after the horizon, in month ${month}`,
  timelineAfterHorizon: 'after the horizon',
  timelineStoppedBy: (month: string, event: string) => `stops at month ${month} when ${event} happens`,
  timelineMayStop: (month: string, event: string) => `may stop at month ${month} if ${event} happens`,
  timelineStartSpread: (from: string, to: string) => `9 in 10 times starting between month ${from} and ${to}`,
  timelineOnsetSpread: (from: string, to: string) =>
    `9 in 10 times beginning between month ${from} and ${to}`,
  timelineStartUnknown: 'start unknown (a formula without a value); drawn at the earliest month',
  timelineDurationUnknown: 'duration unknown (a formula without a value)',
  timelineLane: (lane: string) => `lane ${lane}`,

  // Keyboard edits: undo labels, announcements, refusals
  timelineEditStart: 'Move start on the timeline',
  timelineEditDuration: 'Change length on the timeline',
  timelineEditOnset: 'Move onset on the timeline',
  timelineAnnounceStart: (month: string) => `Start: month ${month}`,
  timelineAnnounceStartAfterOnset: (offset: string, month: string) =>
    `Start: ${offset} after the onset, month ${month}`,
  timelineAnnounceDuration: (n: number) => `Duration: ${months(n)}`,
  timelineAnnounceOnset: (month: string) => `Onset: month ${month}`,
  timelineMonthsCount: (n: number) => months(n),
  timelineRefuseFormula:
    'This value is a formula, so it cannot be moved here; change it in the editor (Enter).',
  timelineRefuseMinimum: 'It cannot go lower.',
  timelineRefuseRunsWithEvent:
    'This step runs as long as its event; change the event’s duration (Enter on the event).',
  timelineRefuseNotMonths:
    'This value is a beta distribution (for probabilities); change it in the editor (Enter).',
} as const;

/** The same messages in Dutch. */
export const timelineNl: Widen<typeof timelineEn> = {
  timelineHeading: 'Tijdlijn van beide paden',
  timelineIntro:
    'Elke balk is een stap. Elke ruit is een risico, met de kans dat het gebeurt. Een balk staat op de gemiddelde waarde. Een streep met haakjes laat zien waar 9 van de 10 starts vallen.',
  timelineNoScenario: 'Er is nog geen scenario om te laten zien.',
  timelineDraftProblems: 'Het scenario heeft problemen. De tijdlijn laat zien wat wel kan.',
  timelineLanesLegend: 'Rijen',
  timelineLanesMembers: 'Per gezinslid',
  timelineLanesPayers: 'Per betaler',
  timelineKeysHelp:
    'Ga met Tab naar een tijdlijn. Met de pijltjes gaat u naar een andere balk of ruit. Met Enter opent u die in de editor. Shift + links/rechts zet een start een maand eerder of later. Alt + links/rechts maakt een stap een maand langer of korter.',
  timelinePathPilot: 'Pilotpad',
  timelinePathReference: 'Referentiepad',
  timelineGroupLabel: (path: string) => `Tijdlijn: ${path}`,
  timelineEventsLane: 'Risico’s',
  timelineWholeFamily: 'Hele gezin',
  timelineShortTerm: 'korte termijn',
  timelineHorizon: 'horizon',
  timelineYear: (year: string) => `jaar ${year}`,
  timelineMonthAxis: 'Maand',
  timelineSummary: (path: string, steps: number, events: number, horizon: number) =>
    `${path}: ${steps === 1 ? '1 stap' : `${steps} stappen`} en ${events === 1 ? '1 risico' : `${events} risico’s`} binnen ${maanden(horizon)}.`,
  timelineSummaryEvent: (event: string, probability: string, month: string) =>
    `${event}: kans ${probability}, rond maand ${month}.`,

  timelineMonthRange: (from: string, to: string) => `maand ${from} tot ${to}`,
  timelineMonthOnce: (month: string) => `eenmalig, in maand ${month}`,
  timelineOnsetMonth: (month: string) => `begint rond maand ${month}`,
  timelineStateUntil: (month: string) => `duurt tot maand ${month}`,
  timelinePerMonth: (amount: string) => `${amount} per maand`,
  timelineOneOffCost: (amount: string) => `${amount} eenmalig`,
  timelineProbability: (probability: string) => `kans ${probability}`,
  timelineInBranch: (branch: string, probability: string) => `in de toekomst ‘${branch}’ (${probability})`,
  timelineConsequenceOf: (event: string) => `gevolg van ‘${event}’`,
  timelineAfterEvent: (event: string) => `alleen na ‘${event}’`,
  timelineAfterMissing: (event: string) =>
    `na ‘${event}’, maar dat staat niet op dit pad: geteld vanaf maand 0`,
  timelineRunsWithEvent: 'zolang het risico duurt',
  timelineClipped: 'loopt door na de horizon',
  timelineAgeLimited: 'stopt als het kind 18 wordt (Jeugdwet)',
  timelineBeyondHorizon: (month: string) => `begint na de horizon, in maand ${month}`,
  timelineAfterHorizon: 'na de horizon',
  timelineStoppedBy: (month: string, event: string) => `stopt in maand ${month} doordat ${event} gebeurt`,
  timelineMayStop: (month: string, event: string) =>
    `stopt misschien in maand ${month}, als ${event} gebeurt`,
  timelineStartSpread: (from: string, to: string) => `9 van de 10 keer start tussen maand ${from} en ${to}`,
  timelineOnsetSpread: (from: string, to: string) =>
    `9 van de 10 keer begint het tussen maand ${from} en ${to}`,
  timelineStartUnknown: 'start onbekend (een formule zonder waarde), getekend bij de vroegste maand',
  timelineDurationUnknown: 'duur onbekend (een formule zonder waarde)',
  timelineLane: (lane: string) => `rij ${lane}`,

  timelineEditStart: 'Start verschoven op de tijdlijn',
  timelineEditDuration: 'Lengte veranderd op de tijdlijn',
  timelineEditOnset: 'Begin van risico verschoven op de tijdlijn',
  timelineAnnounceStart: (month: string) => `Start: maand ${month}`,
  timelineAnnounceStartAfterOnset: (offset: string, month: string) =>
    `Start: ${offset} na het begin van het risico, maand ${month}`,
  timelineAnnounceDuration: (n: number) => `Duur: ${maanden(n)}`,
  timelineAnnounceOnset: (month: string) => `Begin: maand ${month}`,
  timelineMonthsCount: (n: number) => maanden(n),
  timelineRefuseFormula:
    'Dit is een formule. Die kunt u hier niet verschuiven. Pas hem aan in de editor (Enter).',
  timelineRefuseMinimum: 'Lager kan niet.',
  timelineRefuseRunsWithEvent:
    'Deze stap loopt zolang het risico duurt. Verander de duur van het risico (Enter op het risico).',
  timelineRefuseNotMonths: 'Dit is een bètaverdeling (voor kansen). Pas hem aan in de editor (Enter).',
};
