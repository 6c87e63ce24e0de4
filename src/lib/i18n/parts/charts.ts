import type { Widen } from './catalogue-part';

/** "12 months", "5 years", "18 months". */
function period(months: number): string {
  if (months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
  return months === 1 ? '1 month' : `${months} months`;
}

function periode(months: number): string {
  if (months % 12 === 0) return months === 12 ? '1 jaar' : `${months / 12} jaar`;
  return months === 1 ? '1 maand' : `${months} maanden`;
}

const COLUMNS_EN: Record<string, string> = {
  year: 'Calendar year',
  differenceP5: 'Reference minus pilot: 5th percentile',
  differenceP95: 'Reference minus pilot: 95th percentile',
  path: 'Path',
  mean: 'Mean',
  p5: '5th percentile',
  p95: '95th percentile',
  binStart: 'From',
  binEnd: 'To',
  pilotShare: 'Pilot path: share of futures',
  referenceShare: 'Reference path: share of futures',
  pilotCount: 'Pilot path: futures',
  referenceCount: 'Reference path: futures',
  pilotCheaperShare: 'Share of futures with the pilot cheaper',
  equalShare: 'Share of futures with equal cost on both paths',
  share: 'Share of futures',
  count: 'Futures',
  pilotCheaper: 'Pilot cheaper',
  month: 'Month',
  pilotMean: 'Pilot path: mean',
  pilotP5: 'Pilot path: 5th percentile',
  pilotP25: 'Pilot path: 25th percentile',
  pilotP50: 'Pilot path: median',
  pilotP75: 'Pilot path: 75th percentile',
  pilotP95: 'Pilot path: 95th percentile',
  referenceMean: 'Reference path: mean',
  referenceP5: 'Reference path: 5th percentile',
  referenceP25: 'Reference path: 25th percentile',
  referenceP50: 'Reference path: median',
  referenceP75: 'Reference path: 75th percentile',
  referenceP95: 'Reference path: 95th percentile',
  fromMonth: 'From month',
  toMonth: 'To month',
  withinHorizon: 'Within the horizon',
  payer: 'Payer (id)',
  payerName: 'Payer',
  difference: 'Reference minus pilot',
  event: 'Event (id)',
  eventName: 'Event',
  kind: 'Kind',
  monthsIfHappened: 'Months in its state, if it happens',
  monthsPerFamily: 'Months in its state, per family',
  onsetIfHappened: 'Mean onset (months from the start), if it happens',
  iterations: 'Simulated futures',
  meanDifference: 'Mean difference',
  mcse: 'Monte Carlo standard error',
  low95: '95 % band: low',
  high95: '95 % band: high',
  id: 'Id',
  name: 'Name',
  monthlyCost: 'Cost per month',
  oneOffCost: 'One-off cost',
  cost: 'Cost (discounted)',
  input: 'Uncertain number',
  source: 'Source',
  lowValue: 'Low value (10th percentile)',
  highValue: 'High value (90th percentile)',
  lowDifference: 'Expected saving, low value',
  highDifference: 'Expected saving, high value',
  swing: 'Difference between low and high',
};

const COLUMNS_NL: Record<string, string> = {
  year: 'Kalenderjaar',
  differenceP5: 'Referentie min pilot: 5e percentiel',
  differenceP95: 'Referentie min pilot: 95e percentiel',
  path: 'Pad',
  mean: 'Gemiddelde',
  p5: '5e percentiel',
  p95: '95e percentiel',
  binStart: 'Van',
  binEnd: 'Tot',
  pilotShare: 'Pilotpad: deel van de toekomsten',
  referenceShare: 'Referentiepad: deel van de toekomsten',
  pilotCount: 'Pilotpad: toekomsten',
  referenceCount: 'Referentiepad: toekomsten',
  pilotCheaperShare: 'Deel van de toekomsten waarin de pilot goedkoper is',
  equalShare: 'Deel van de toekomsten met gelijke kosten op beide paden',
  share: 'Deel van de toekomsten',
  count: 'Toekomsten',
  pilotCheaper: 'Pilot goedkoper',
  month: 'Maand',
  pilotMean: 'Pilotpad: gemiddelde',
  pilotP5: 'Pilotpad: 5e percentiel',
  pilotP25: 'Pilotpad: 25e percentiel',
  pilotP50: 'Pilotpad: mediaan',
  pilotP75: 'Pilotpad: 75e percentiel',
  pilotP95: 'Pilotpad: 95e percentiel',
  referenceMean: 'Referentiepad: gemiddelde',
  referenceP5: 'Referentiepad: 5e percentiel',
  referenceP25: 'Referentiepad: 25e percentiel',
  referenceP50: 'Referentiepad: mediaan',
  referenceP75: 'Referentiepad: 75e percentiel',
  referenceP95: 'Referentiepad: 95e percentiel',
  fromMonth: 'Vanaf maand',
  toMonth: 'Tot en met maand',
  withinHorizon: 'Binnen de horizon',
  payer: 'Betaler (id)',
  payerName: 'Betaler',
  difference: 'Referentie min pilot',
  event: 'Gebeurtenis (id)',
  eventName: 'Gebeurtenis',
  kind: 'Soort',
  monthsIfHappened: 'Maanden in die situatie, als het gebeurt',
  monthsPerFamily: 'Maanden in die situatie, per gezin',
  onsetIfHappened: 'Gemiddeld begin (maanden na de start), als het gebeurt',
  iterations: 'Gesimuleerde toekomsten',
  meanDifference: 'Gemiddeld verschil',
  mcse: 'Monte-Carlo-standaardfout',
  low95: '95%-band: onder',
  high95: '95%-band: boven',
  id: 'Id-code',
  name: 'Naam',
  monthlyCost: 'Kosten per maand',
  oneOffCost: 'Eenmalige kosten',
  cost: 'Kosten (gedisconteerd)',
  input: 'Onzeker getal',
  source: 'Bron',
  lowValue: 'Lage waarde (10e percentiel)',
  highValue: 'Hoge waarde (90e percentiel)',
  lowDifference: 'Verwachte besparing, lage waarde',
  highDifference: 'Verwachte besparing, hoge waarde',
  swing: 'Verschil tussen laag en hoog',
};

const TABLES_EN: Record<string, string> = {
  budget: 'cost per calendar year, with 90 % intervals',
  summary: 'means and 90 % intervals',
  bins: 'share of futures per cost band',
  cumulative: 'cumulative cost per month',
  breakEven: 'share of futures per break-even month',
  payers: 'mean cost per payer',
  events: 'how often each event happens',
  runningMean: 'running mean of the difference',
  family: 'what happened to this family',
  tornado: 'the expected saving with each uncertain number low and high',
};

const TABLES_NL: Record<string, string> = {
  budget: 'kosten per kalenderjaar, met 90%-intervallen',
  summary: 'gemiddelden en 90%-intervallen',
  bins: 'deel van de toekomsten per kostenklasse',
  cumulative: 'opgetelde kosten per maand',
  breakEven: 'deel van de toekomsten per maand van terugverdienen',
  payers: 'gemiddelde kosten per betaler',
  events: 'hoe vaak elke gebeurtenis gebeurt',
  runningMean: 'lopend gemiddelde van het verschil',
  family: 'wat er met dit gezin gebeurde',
  tornado: 'de verwachte besparing met elk onzeker getal laag en hoog',
};

const KINDS_EN: Record<string, string> = {
  ots: 'supervision order (OTS)',
  placement: 'out-of-home placement',
  burnout: 'burnout / sick leave',
  'family-admission': 'family admission',
  escalation: 'escalation',
  'waiting-list': 'waiting list',
  other: 'other event',
};

const KINDS_NL: Record<string, string> = {
  ots: 'ondertoezichtstelling (OTS)',
  placement: 'uithuisplaatsing',
  burnout: 'burn-out / verzuim',
  'family-admission': 'gezinsopname',
  escalation: 'escalatie',
  'waiting-list': 'wachtlijst',
  other: 'andere gebeurtenis',
};

/** Messages of the charts feature, in English (the reference). */
export const chartsEn = {
  chartsHeading: 'The results in charts',
  chartsIntro:
    'Each chart has a sentence that says what it shows, a table with the same numbers, and downloads. Discounted means: later costs are converted to what they are worth today.',
  chartShowTable: 'Show as table',
  chartShowChart: 'Show as chart',
  chartDownloads: (title: string) => `Download “${title}”`,
  chartSvgButton: 'SVG image',
  chartPngButton: 'PNG image',
  chartCsvButton: 'CSV data',
  chartExportFailed: (detail: string) => `The download did not work: ${detail}`,
  chartIterationsButton: 'Download every simulated future (CSV)',
  chartIterationsHelp: (rows: string) =>
    `One row per future, path and number (long format): about ${rows} rows.`,
  chartExportSubtitle: (scenario: string, seed: string, iterations: string) =>
    `${scenario} · seed ${seed} · ${iterations} simulated futures`,
  chartNoMonthly: 'This run kept no monthly figures, so this chart cannot be drawn.',
  chartTableCaption: (title: string, part: string) => `${title}: ${part}`,
  chartTablePart: (id: string) => TABLES_EN[id] ?? id,
  chartColumn: (key: string) => COLUMNS_EN[key] ?? key,
  chartYes: 'yes',
  chartNo: 'no',
  chartNone: '–',

  chartPilot: 'Pilot path',
  chartReference: 'Reference path',
  chartPeriodLegend: 'Period',
  chartPeriodShort: (months: number) => `Short term (${period(months)})`,
  chartPeriodHorizon: (months: number) => `Horizon (${period(months)})`,
  chartCostsLegend: 'Costs',
  chartDiscounted: 'discounted',
  chartUndiscounted: 'undiscounted',
  chartShareAxis: 'Share of simulated futures',
  chartCostAxis: (months: number, basis: string) => `Cost per family over ${period(months)} (€, ${basis})`,

  chartDistributionTitle: 'Cost per family on both paths',
  chartDistributionReading: (months: number, pilot: string, reference: string, basis: string) =>
    `Over ${period(months)} (${basis}), a family costs on average ${pilot} on the pilot path and ${reference} on the reference path; each bracket above the chart spans 9 in 10 simulated futures.`,
  chartIntervalLabel: (name: string, mean: string, low: string, high: string) =>
    `${name}: mean ${mean}; 9 in 10 futures ${low} to ${high}`,

  chartDifferenceTitle: 'Difference per family: reference minus pilot',
  chartDifferenceReadingSaves: (share: string, amount: string, months: number) =>
    `The pilot is cheaper in ${share} of simulated futures (the green bars, right of zero); over ${period(months)} it saves on average ${amount} per family.`,
  chartDifferenceReadingCosts: (share: string, amount: string, months: number) =>
    `The pilot is cheaper in ${share} of simulated futures (the green bars, right of zero); over ${period(months)} it costs on average ${amount} more per family.`,
  chartDifferenceAxis: (months: number, basis: string) =>
    `Reference minus pilot over ${period(months)} (€, ${basis})`,
  chartPilotCheaperLabel: (share: string) => `Pilot cheaper: ${share}`,
  chartPilotNotCheaperLabel: (share: string) => `Pilot not cheaper: ${share}`,
  chartEqualLabel: (share: string) => `of which equal cost (bar on zero): ${share}`,
  chartDifferenceInterval: (mean: string, low: string, high: string) =>
    `Mean ${mean}; 9 in 10 futures ${low} to ${high}`,

  chartTimeTitle: 'Cost over time, and when the pilot breaks even',
  chartTimeReadingMonth: (month: string, share: string) =>
    `The pilot costs more at first; half of the simulated futures break even by month ${month}, and ${share} break even within the horizon.`,
  chartTimeReadingNever: (share: string, months: number) =>
    `In most simulated futures the pilot does not break even within ${period(months)}; it does in ${share} of them.`,
  chartMonthAxis: 'Months from the start',
  chartCumulativeAxis: 'Cumulative cost per family (€, discounted)',
  chartBandsNote: 'Line: mean. Dark band: middle 50 % of futures. Light band: middle 90 %.',
  chartBreakEvenMarker: (month: string) => `Break-even (median): month ${month}`,
  chartBreakEvenPanel: 'Break-even month',
  chartBreakEvenNever: 'never',
  chartBreakEvenAxis: 'Break-even in month',

  chartPayersTitle: 'Who pays, who saves',
  chartPayersReadingBoth: (saver: string, saving: string, payer: string, extra: string) =>
    `With the pilot, ${saver} saves most (${saving} per family) and ${payer} pays most extra (${extra} per family).`,
  chartPayersReadingSaves: (saver: string, saving: string) =>
    `With the pilot, ${saver} saves most (${saving} per family), and no payer pays more.`,
  chartPayersReadingCosts: (payer: string, extra: string) =>
    `With the pilot, ${payer} pays most extra (${extra} per family), and no payer saves.`,
  chartPayersReadingNone: 'The pilot does not change what any payer pays.',
  chartPayersCostPanel: 'Mean cost per family',
  chartPayersDifferencePanel: 'Reference minus pilot',
  chartPayersCostAxis: (months: number, basis: string) => `€ per family over ${period(months)}, ${basis}`,
  chartSavesLabel: (amount: string) => `saves ${amount}`,
  chartPaysMoreLabel: (amount: string) => `pays ${amount} more`,
  chartPilotCostsMore: '← pilot costs more',
  chartPilotSaves: 'pilot saves →',

  chartEventsTitle: 'Risk events: how often they happen',
  chartEventsReading: (event: string, reference: string, pilot: string) =>
    `${event} happens in ${reference} of simulated futures on the reference path and in ${pilot} on the pilot path.`,
  chartEventsReadingNone: 'This scenario has no risk events.',
  chartEventShareLabel: (share: string) => `${share} of futures`,
  chartEventShareMonthsLabel: (share: string, months: string) =>
    `${share} · then on average ${months} months in that state`,
  chartEventsAxis: 'Share of simulated futures in which it happens',
  chartEventKind: (kind: string) => KINDS_EN[kind] ?? kind,
  chartNotOnPath: 'not on this path',

  chartFamilyTitle: 'One simulated family',
  chartFamilyIntro:
    'Every number above is made of futures like this one. Step through them to see what happened to one family on each path.',
  chartFamilyReading: (future: string, pilot: string, reference: string) =>
    `In simulated future ${future}, this family costs ${pilot} on the pilot path and ${reference} on the reference path (discounted, over the horizon).`,
  chartFamilyPick: 'Simulated future number',
  chartFamilyOf: (count: string) => `of ${count}`,
  chartFamilyPrevious: 'Previous family',
  chartFamilyNext: 'Next family',
  chartFamilyPathTotal: (name: string, total: string) => `${name}: ${total} in total`,
  chartFamilyBranch: (branch: string) => `this future: ${branch}`,
  chartFamilyStepLabel: (label: string, cost: string) => `${label}: ${cost}`,
  chartFamilyEventLabel: (label: string) => `⚑ ${label}`,
  chartFamilyNothing: 'no costs on this path',

  chartConvergenceTitle: 'Are there enough simulated futures?',
  chartConvergenceReading: (iterations: string, mean: string, mcse: string) =>
    `After ${iterations} simulated futures the average difference is ${mean}. The calculation uncertainty (Monte Carlo standard error) is ${mcse}. Is the line flat and the band narrow? Then more futures would change little.`,
  chartIterationsAxis: 'Simulated futures',
  chartRunningMeanAxis: 'Mean difference so far (€, discounted)',
  chartBandLabel: 'band: ±1.96 standard errors (95 % confidence)',
  chartFinalMean: (amount: string) => `after all futures: ${amount}`,
} as const;

/** The same messages in Dutch. */
export const chartsNl: Widen<typeof chartsEn> = {
  chartsHeading: 'De resultaten in grafieken',
  chartsIntro:
    'Bij elke grafiek staat een zin die zegt wat u ziet, een tabel met dezelfde getallen, en downloads. Gedisconteerd betekent: latere kosten zijn omgerekend naar wat ze nu waard zijn.',
  chartShowTable: 'Toon als tabel',
  chartShowChart: 'Toon als grafiek',
  chartDownloads: (title) => `“${title}” downloaden`,
  chartSvgButton: 'SVG-afbeelding',
  chartPngButton: 'PNG-afbeelding',
  chartCsvButton: 'CSV-gegevens',
  chartExportFailed: (detail) => `Het downloaden is niet gelukt: ${detail}`,
  chartIterationsButton: 'Download alle gesimuleerde toekomsten (CSV)',
  chartIterationsHelp: (rows) =>
    `Een regel per toekomst, pad en getal (lang formaat): ongeveer ${rows} regels.`,
  chartExportSubtitle: (scenario, seed, iterations) =>
    `${scenario} · startgetal ${seed} · ${iterations} gesimuleerde toekomsten`,
  chartNoMonthly:
    'Deze berekening bewaarde geen bedragen per maand. Daarom kan deze grafiek niet worden getekend.',
  chartTableCaption: (title, part) => `${title}: ${part}`,
  chartTablePart: (id) => TABLES_NL[id] ?? id,
  chartColumn: (key) => COLUMNS_NL[key] ?? key,
  chartYes: 'ja',
  chartNo: 'nee',
  chartNone: '–',

  chartPilot: 'Pilotpad',
  chartReference: 'Referentiepad',
  chartPeriodLegend: 'Periode',
  chartPeriodShort: (months) => `Korte termijn (${periode(months)})`,
  chartPeriodHorizon: (months) => `Horizon (${periode(months)})`,
  chartCostsLegend: 'Kosten',
  chartDiscounted: 'gedisconteerd',
  chartUndiscounted: 'niet gedisconteerd',
  chartShareAxis: 'Deel van de gesimuleerde toekomsten',
  chartCostAxis: (months, basis) => `Kosten per gezin over ${periode(months)} (€, ${basis})`,

  chartDistributionTitle: 'Kosten per gezin op beide paden',
  chartDistributionReading: (months, pilot, reference, basis) =>
    `Over ${periode(months)} (${basis}) kost een gezin gemiddeld ${pilot} op het pilotpad en ${reference} op het referentiepad. Elke haak boven de grafiek omvat 9 van de 10 gesimuleerde toekomsten.`,
  chartIntervalLabel: (name, mean, low, high) =>
    `${name}: gemiddeld ${mean}; 9 van de 10 toekomsten ${low} tot ${high}`,

  chartDifferenceTitle: 'Verschil per gezin: referentie min pilot',
  chartDifferenceReadingSaves: (share, amount, months) =>
    `De pilot is goedkoper in ${share} van de gesimuleerde toekomsten (de groene staven, rechts van nul). Over ${periode(months)} bespaart de pilot gemiddeld ${amount} per gezin.`,
  chartDifferenceReadingCosts: (share, amount, months) =>
    `De pilot is goedkoper in ${share} van de gesimuleerde toekomsten (de groene staven, rechts van nul). Over ${periode(months)} kost de pilot gemiddeld ${amount} meer per gezin.`,
  chartDifferenceAxis: (months, basis) => `Referentie min pilot over ${periode(months)} (€, ${basis})`,
  chartPilotCheaperLabel: (share) => `Pilot goedkoper: ${share}`,
  chartPilotNotCheaperLabel: (share) => `Pilot niet goedkoper: ${share}`,
  chartEqualLabel: (share) => `waarvan even duur (staaf op nul): ${share}`,
  chartDifferenceInterval: (mean, low, high) =>
    `Gemiddeld ${mean}; 9 van de 10 toekomsten ${low} tot ${high}`,

  chartTimeTitle: 'Kosten in de tijd, en wanneer de pilot zich terugverdient',
  chartTimeReadingMonth: (month, share) =>
    `Eerst kost de pilot meer. In de helft van de gesimuleerde toekomsten is hij uiterlijk in maand ${month} terugverdiend. Binnen de horizon verdient hij zich terug in ${share} van de toekomsten.`,
  chartTimeReadingNever: (share, months) =>
    `In de meeste gesimuleerde toekomsten verdient de pilot zich niet terug binnen ${periode(months)}. Dat lukt in ${share} van de toekomsten.`,
  chartMonthAxis: 'Maanden na de start',
  chartCumulativeAxis: 'Opgetelde kosten per gezin (€, gedisconteerd)',
  chartBandsNote:
    'Lijn: gemiddelde. Donkere band: middelste 50% van de toekomsten. Lichte band: middelste 90%.',
  chartBreakEvenMarker: (month) => `Terugverdiend (mediaan): maand ${month}`,
  chartBreakEvenPanel: 'Maand van terugverdienen',
  chartBreakEvenNever: 'nooit',
  chartBreakEvenAxis: 'Terugverdiend in maand',

  chartPayersTitle: 'Wie betaalt, wie bespaart',
  chartPayersReadingBoth: (saver, saving, payer, extra) =>
    `Met de pilot bespaart ${saver} het meest (${saving} per gezin). ${payer} betaalt het meest extra (${extra} per gezin).`,
  chartPayersReadingSaves: (saver, saving) =>
    `Met de pilot bespaart ${saver} het meest (${saving} per gezin). Geen betaler betaalt meer.`,
  chartPayersReadingCosts: (payer, extra) =>
    `Met de pilot betaalt ${payer} het meest extra (${extra} per gezin). Geen betaler bespaart.`,
  chartPayersReadingNone: 'De pilot verandert niets aan wat een betaler betaalt.',
  chartPayersCostPanel: 'Gemiddelde kosten per gezin',
  chartPayersDifferencePanel: 'Referentie min pilot',
  chartPayersCostAxis: (months, basis) => `€ per gezin over ${periode(months)}, ${basis}`,
  chartSavesLabel: (amount) => `bespaart ${amount}`,
  chartPaysMoreLabel: (amount) => `betaalt ${amount} meer`,
  chartPilotCostsMore: '← pilot kost meer',
  chartPilotSaves: 'pilot bespaart →',

  chartEventsTitle: 'Risico’s: hoe vaak ze gebeuren',
  chartEventsReading: (event, reference, pilot) =>
    `${event} gebeurt in ${reference} van de gesimuleerde toekomsten op het referentiepad en in ${pilot} op het pilotpad.`,
  chartEventsReadingNone: 'Dit scenario heeft geen risico’s.',
  chartEventShareLabel: (share) => `${share} van de toekomsten`,
  chartEventShareMonthsLabel: (share, months) =>
    `${share} · daarna gemiddeld ${months} maanden in die situatie`,
  chartEventsAxis: 'Deel van de gesimuleerde toekomsten waarin het gebeurt',
  chartEventKind: (kind) => KINDS_NL[kind] ?? kind,
  chartNotOnPath: 'niet op dit pad',

  chartFamilyTitle: 'Eén gesimuleerd gezin',
  chartFamilyIntro:
    'Alle getallen hierboven bestaan uit toekomsten zoals deze. Blader erdoor en zie wat er met één gezin gebeurt op elk pad.',
  chartFamilyReading: (future, pilot, reference) =>
    `In gesimuleerde toekomst ${future} kost dit gezin ${pilot} op het pilotpad en ${reference} op het referentiepad (gedisconteerd, over de horizon).`,
  chartFamilyPick: 'Nummer van de gesimuleerde toekomst',
  chartFamilyOf: (count) => `van ${count}`,
  chartFamilyPrevious: 'Vorig gezin',
  chartFamilyNext: 'Volgend gezin',
  chartFamilyPathTotal: (name, total) => `${name}: ${total} in totaal`,
  chartFamilyBranch: (branch) => `deze toekomst: ${branch}`,
  chartFamilyStepLabel: (label, cost) => `${label}: ${cost}`,
  chartFamilyEventLabel: (label) => `⚑ ${label}`,
  chartFamilyNothing: 'geen kosten op dit pad',

  chartConvergenceTitle: 'Zijn er genoeg gesimuleerde toekomsten?',
  chartConvergenceReading: (iterations, mean, mcse) =>
    `Na ${iterations} gesimuleerde toekomsten is het gemiddelde verschil ${mean}. De rekenonzekerheid (Monte-Carlo-standaardfout) is ${mcse}. Is de lijn vlak en de band smal? Dan veranderen meer toekomsten weinig.`,
  chartIterationsAxis: 'Gesimuleerde toekomsten',
  chartRunningMeanAxis: 'Gemiddeld verschil tot dan toe (€, gedisconteerd)',
  chartBandLabel: 'band: ±1,96 standaardfout (95% betrouwbaarheid)',
  chartFinalMean: (amount) => `na alle toekomsten: ${amount}`,
};
