import type { OutOfTen } from '../../report/out-of-ten';
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

function futures(x: OutOfTen): string {
  if (x.kind === 'fewerThanOne') return 'in fewer than 1 of 10 simulated futures';
  if (x.kind === 'moreThanNine') return 'in more than 9 of 10 simulated futures';
  return `in ${x.count} of 10 simulated futures`;
}

function toekomsten(x: OutOfTen): string {
  if (x.kind === 'fewerThanOne') return 'in minder dan 1 van de 10 gesimuleerde toekomsten';
  if (x.kind === 'moreThanNine') return 'in meer dan 9 van de 10 gesimuleerde toekomsten';
  return `in ${x.count} van de 10 gesimuleerde toekomsten`;
}

/** Messages of the sensitivity analyses (tornado, threshold, variants), in English (the reference). */
export const sensitivityEn = {
  sensitivityHeading: 'Which assumption decides the answer?',
  // Shared by the three panels
  sensComputeButton: 'Compute',
  sensComputeAgainButton: 'Compute again',
  sensProgressLabel: 'Progress of the calculation',
  sensProgressText: (percent: string) => `Calculating… ${percent}`,
  sensCancelled: 'The calculation was cancelled.',
  sensFailedWorkerStopped:
    'The calculation stopped unexpectedly: the browser ended its background work, perhaps for lack of memory.',
  sensFailedCouldNotSend: 'The calculation could not be started in the background.',
  sensFailedInputRefused: 'The calculation cannot be done with these choices.',
  sensFailedOther: 'The calculation failed.',
  sensTryAgain: 'Try again.',
  sensTryAgainFewer: 'Try again, perhaps with fewer simulated families.',
  sensTryAgainChange: 'Change the range or the settings, then try again.',
  sensTechnicalDetails: 'Technical details',
  sensNotComputed: (reason: string) => `Nothing was computed. ${reason}`,
  sensFieldProblem: (field: string, problem: string) => `${field}: ${problem}`,
  sensDone: 'The calculation is ready.',
  sensScenarioProblems:
    'The open scenario has problems, so this cannot be computed. Fix them on the Paths tab first.',
  sensStale: 'These results are from before the last change to the scenario. Compute again to update them.',
  sensStaleOther: (name: string) =>
    `These results are for the scenario “${name}”, not for the open one. Compute again for the open scenario.`,
  sensStaleOptions:
    'These results were computed with other choices than the ones set above now. Compute again to update them.',
  sensIterationsField: 'Simulated families per calculation',
  sensIterationsHelp: 'More families give steadier numbers but take longer.',
  sensSeedNote: (seed: string) => `Seed ${seed} (the scenario’s), the same in every calculation.`,
  sensWholeNumber: (min: string, max: string) => `Enter a whole number from ${min} to ${max}.`,
  sensNumberProblem: 'This is not a number.',
  sensSourceYear: (source: string, year: string) => `${source} (${year})`,
  sensAssumption: 'illustrative assumption',
  sensAssumptionSource: (source: string) => `illustrative assumption: ${source}`,
  sensNoSource: 'no source given',
  sensSourcePrefix: (source: string) => `Source: ${source}`,
  sensBreakEvenLine: 'break-even',
  sensAxisSaving: 'Expected saving per family (reference minus pilot, discounted)',

  // Tornado
  sensTornadoIntro:
    'Each uncertain number is set to a low value (its 10th percentile) and then a high value (its 90th percentile), with all other uncertain numbers at their average. The longest bars show the numbers that decide the answer.',
  sensTornadoBaseExplained:
    'The middle line is the starting point: every uncertain number at its average. What still differs between the simulated families is whether each event happens and which branch a family takes; the calculation averages over that, with the same random draws for every bar.',
  sensTornadoTitle: (months: number) =>
    `How the expected saving per family over ${period(months)} depends on each uncertain number`,
  sensTornadoReading: (input: string, from: string, to: string, months: number) =>
    `The answer depends most on “${input}”: between its 10th and 90th percentile the expected saving per family over ${period(months)} moves from ${from} to ${to}.`,
  sensNegativeSavingNote: 'A negative saving means the pilot costs more.',
  sensTornadoFlat: 'None of the uncertain numbers changes the expected saving per family.',
  sensTornadoNone: 'This scenario has no uncertain numbers to vary.',
  sensTornadoBase: (amount: string) => `All at their average: ${amount}`,
  sensBaseRow: 'All numbers at their average',
  sensLowLabel: (value: string) => `low: ${value}`,
  sensHighLabel: (value: string) => `high: ${value}`,
  sensLegendLow: 'low value (10th percentile)',
  sensLegendHigh: 'high value (90th percentile)',
  sensTopShown: (shown: string, total: string) =>
    `The chart shows the ${shown} numbers with the largest effect (of ${total}); the table lists all of them.`,

  // Threshold
  sensThresholdHeading: 'How good must the pilot be to break even?',
  sensThresholdIntro:
    'Pick one number. The calculation searches for the value at which the pilot costs as much as the reference path, for the payer and period you choose.',
  sensInputField: 'Number to search on',
  sensGroupParameters: 'Named numbers (parameters)',
  sensGroupFields: 'Numbers of steps and events',
  sensPayerField: 'Who must break even',
  sensAllPayers: 'All payers together',
  sensByYearField: 'Within',
  sensYears: (years: number) => (years === 1 ? '1 year' : `${years} years`),
  sensDiscountedField: (rate: string) => `Discounted (${rate} a year)`,
  sensDiscountedHelp: 'Future euros count for less, as in the headline results.',
  sensRangeLegend: 'Range to search',
  sensLowerField: 'From',
  sensUpperField: 'Up to',
  sensNoInputs: 'This scenario has no numbers to search on.',
  sensRangeProblem: 'The first value must be smaller than the second.',
  sensAdvanced: 'Advanced settings',
  sensOuterDrawsField: 'Draws for the interval',
  sensOuterDrawsHelp:
    'How often the search is repeated with the other uncertain numbers drawn anew; this gives the 90 % interval. 0: no interval (faster). Otherwise at least 20: with fewer draws a 90 % interval says little more than the highest and lowest draw.',
  sensOuterDrawsProblem: (min: string, max: string) =>
    `Enter 0 (no interval) or a whole number from ${min} to ${max}. Fewer than ${min} draws are too few for a 90 % interval.`,
  sensWho: (payer: string) => `for ${payer}`,
  sensWhoAll: 'for all payers together',
  sensThresholdProbability: (who: string, months: number, input: string, value: string, below: boolean) =>
    `The pilot breaks even ${who} within ${period(months)} if “${input}” is ${below ? 'below' : 'above'} ${value} in 100 families.`,
  sensThresholdCostBelow: (who: string, months: number, input: string, value: string) =>
    `For the pilot to break even ${who} within ${period(months)}, “${input}” may be at most ${value}.`,
  sensThresholdCostAbove: (who: string, months: number, input: string, value: string) =>
    `The pilot breaks even ${who} within ${period(months)} only if “${input}” is at least ${value}.`,
  sensThresholdOther: (who: string, months: number, input: string, value: string, below: boolean) =>
    `The pilot breaks even ${who} within ${period(months)} if “${input}” is ${below ? 'below' : 'above'} ${value}.`,
  sensThresholdAlways: (who: string, months: number, input: string, from: string, to: string) =>
    `The pilot breaks even ${who} within ${period(months)} in the whole range of “${input}” from ${from} to ${to}.`,
  sensThresholdNever: (who: string, months: number, input: string, from: string, to: string) =>
    `The pilot does not break even ${who} within ${period(months)} anywhere in the range of “${input}” from ${from} to ${to}.`,
  sensThresholdInterval: (low: string, high: string, rough: boolean) =>
    `${rough ? 'Rough 90 % interval (too few draws to be reliable)' : '90 % interval'}, given what we do not know about the other numbers: ${low} to ${high}.`,
  sensThresholdIntervalBeyond: (end: string, below: boolean, rough: boolean) =>
    `${rough ? 'Rough 90 % interval (too few draws to be reliable)' : '90 % interval'}, given what we do not know about the other numbers: entirely ${below ? 'below' : 'above'} the searched range (${end}).`,
  sensOrLower: (value: string) => `${value} or lower`,
  sensOrHigher: (value: string) => `${value} or higher`,
  sensThresholdIntervalPart: (found: string, draws: string) =>
    `A break-even value was found within the searched range in ${found} of ${draws} draws; in the other draws it lies beyond the range, and the interval counts them there.`,
  sensThresholdNoneInRange: (draws: string) =>
    `In none of the ${draws} draws was the break-even value within the searched range.`,
  sensThresholdNoInterval: (draws: string) =>
    `In none of the ${draws} draws was there a break-even value in this range, so there is no interval.`,
  sensSearchedRangeNote: (askedFrom: string, askedTo: string, usedFrom: string, usedTo: string) =>
    `The search used the range from ${usedFrom} to ${usedTo} instead of ${askedFrom} to ${askedTo}: at the ends you chose the scenario cannot be computed (for example, a chance that depends on this number would fall outside 0 to 100 %).`,
  sensMultipleCrossingsNote:
    'The saving changes sign more than once in this range; the first value from below is shown. Search a narrower range to find the others.',
  sensCappedNote:
    'The search stopped at its maximum number of steps before it was exact, so the value is approximate.',
  sensByMonthClampedNote: (months: number) =>
    `The chosen period is longer than the scenario’s horizon, so the saving is added up to the horizon (${period(months)}).`,
  sensRangeEndsCaption: 'Expected saving at the ends of the searched range',
  sensColInputValue: 'Value of the number',
  sensColSavingBy: (months: number) => `Expected saving per family within ${period(months)}`,
  sensEvaluations: (count: string) => `The search simulated the scenario ${count} times.`,
  sensBasisDiscounted: 'Saving = reference minus pilot, added up to the chosen year, discounted.',
  sensBasisUndiscounted: 'Saving = reference minus pilot, added up to the chosen year, not discounted.',

  // Variants
  sensVariantsHeading: 'Variants side by side',
  sensVariantsIntro:
    'Compare saved versions of a scenario, for example the pilot with and without a waiting list. Make a variant with Duplicate on the Scenarios tab, then change it.',
  sensVariantsChoose: 'Scenarios to compare',
  sensOpenNow: '(open now)',
  sensVariantsLoading: 'Loading the saved scenarios…',
  sensVariantsLoadFailed: (detail: string) => `The saved scenarios could not be loaded: ${detail}`,
  sensVariantsReload: 'Refresh the list',
  sensVariantsTooFew: 'Choose at least two scenarios to compare.',
  sensVariantsOnlyOne:
    'There is only one scenario. Make a variant with Duplicate on the Scenarios tab, then come back here.',
  sensCompareButton: 'Compare',
  sensVariantsIterationsField: 'Simulated families per variant',
  sensColVariant: 'Variant',
  sensColCost: 'Expected cost',
  sensCostPilot: 'pilot',
  sensCostReference: 'reference',
  sensColSaving: 'Saving over the horizon',
  sensColShortSaving: 'Saving in the short term',
  sensColCheaper: 'Pilot cheaper at the horizon',
  sensColBreakEven: 'Break-even',
  sensFamilies90: (low: string, high: string) => `9 in 10 families: ${low} to ${high}`,
  sensInFutures: (x: OutOfTen) => futures(x),
  sensVariantsTableCaption:
    'Variants compared: expected amounts per family, discounted (saving = reference path minus pilot path)',
  sensVariantsTitle: 'Expected saving per family, per variant',
  sensVariantsReadingSaves: (name: string, amount: string, low: string, high: string) =>
    `“${name}” saves most: ${amount} per family on average (9 in 10 families between ${low} and ${high}).`,
  sensVariantsReadingCosts: (name: string, amount: string) =>
    `With every variant the pilot costs more; “${name}” costs the least extra: ${amount} per family on average.`,
  sensVariantsLegend: 'Dot: expected saving. Line: 9 in 10 families.',
};

export const sensitivityNl: Widen<typeof sensitivityEn> = {
  sensitivityHeading: 'Welke aanname bepaalt de uitkomst?',
  sensComputeButton: 'Berekenen',
  sensComputeAgainButton: 'Opnieuw berekenen',
  sensProgressLabel: 'Voortgang van de berekening',
  sensProgressText: (percent) => `Bezig met rekenen… ${percent}`,
  sensCancelled: 'De berekening is geannuleerd.',
  sensFailedWorkerStopped:
    'De berekening is onverwacht gestopt: de browser heeft het rekenwerk op de achtergrond beëindigd, misschien door te weinig geheugen.',
  sensFailedCouldNotSend: 'De berekening kon niet op de achtergrond starten.',
  sensFailedInputRefused: 'Met deze keuzes kan de berekening niet worden gedaan.',
  sensFailedOther: 'De berekening is mislukt.',
  sensTryAgain: 'Probeer het opnieuw.',
  sensTryAgainFewer: 'Probeer het opnieuw, misschien met minder gesimuleerde gezinnen.',
  sensTryAgainChange: 'Pas het bereik of de instellingen aan en probeer het opnieuw.',
  sensTechnicalDetails: 'Technische details',
  sensNotComputed: (reason) => `Er is niets berekend. ${reason}`,
  sensFieldProblem: (field, problem) => `${field}: ${problem}`,
  sensDone: 'De berekening is klaar.',
  sensScenarioProblems:
    'Het open scenario heeft fouten, dus dit kan niet worden berekend. Los ze eerst op bij het tabblad Paden.',
  sensStale:
    'Deze uitkomsten zijn van vóór de laatste wijziging van het scenario. Bereken opnieuw om ze bij te werken.',
  sensStaleOther: (name) =>
    `Deze uitkomsten horen bij het scenario „${name}”, niet bij het scenario dat nu open is. Bereken opnieuw voor het open scenario.`,
  sensStaleOptions:
    'Deze uitkomsten zijn berekend met andere keuzes dan die nu hierboven staan. Bereken opnieuw om ze bij te werken.',
  sensIterationsField: 'Gesimuleerde gezinnen per berekening',
  sensIterationsHelp: 'Meer gezinnen geven stabielere getallen, maar het duurt langer.',
  sensSeedNote: (seed) => `Startgetal ${seed} (van het scenario), hetzelfde in elke berekening.`,
  sensWholeNumber: (min, max) => `Vul een heel getal in van ${min} tot en met ${max}.`,
  sensNumberProblem: 'Dit is geen getal.',
  sensSourceYear: (source, year) => `${source} (${year})`,
  sensAssumption: 'aanname ter illustratie',
  sensAssumptionSource: (source) => `aanname ter illustratie: ${source}`,
  sensNoSource: 'geen bron vermeld',
  sensSourcePrefix: (source) => `Bron: ${source}`,
  sensBreakEvenLine: 'quitte',
  sensAxisSaving: 'Verwachte besparing per gezin (referentie min pilot, gedisconteerd)',

  sensTornadoIntro:
    'Elk onzeker getal krijgt eerst een lage waarde (het 10e percentiel) en dan een hoge waarde (het 90e percentiel). Alle andere onzekere getallen staan op hun gemiddelde. De langste balken horen bij de getallen die de uitkomst bepalen.',
  sensTornadoBaseExplained:
    'De middelste lijn is het startpunt: elk onzeker getal op zijn gemiddelde. Tussen de gesimuleerde gezinnen verschilt dan nog of een gebeurtenis plaatsvindt en welke tak een gezin neemt. De berekening neemt daarvan het gemiddelde, met dezelfde toevalsgetallen voor elke balk.',
  sensTornadoTitle: (months) =>
    `Hoe de verwachte besparing per gezin over ${periode(months)} afhangt van elk onzeker getal`,
  sensTornadoReading: (input, from, to, months) =>
    `De uitkomst hangt het meest af van „${input}”: tussen het 10e en 90e percentiel gaat de verwachte besparing per gezin over ${periode(months)} van ${from} naar ${to}.`,
  sensNegativeSavingNote: 'Een negatieve besparing betekent dat de pilot meer kost.',
  sensTornadoFlat: 'Geen van de onzekere getallen verandert de verwachte besparing per gezin.',
  sensTornadoNone: 'Dit scenario heeft geen onzekere getallen om te variëren.',
  sensTornadoBase: (amount) => `Alles op gemiddelde: ${amount}`,
  sensBaseRow: 'Alle getallen op hun gemiddelde',
  sensLowLabel: (value) => `laag: ${value}`,
  sensHighLabel: (value) => `hoog: ${value}`,
  sensLegendLow: 'lage waarde (10e percentiel)',
  sensLegendHigh: 'hoge waarde (90e percentiel)',
  sensTopShown: (shown, total) =>
    `De grafiek toont de ${shown} getallen met het grootste effect (van de ${total}); de tabel toont ze allemaal.`,

  sensThresholdHeading: 'Hoe goed moet de pilot zijn om quitte te spelen?',
  sensThresholdIntro:
    'Kies één getal. De berekening zoekt de waarde waarbij de pilot evenveel kost als het referentiepad, voor de betaler en de periode die u kiest.',
  sensInputField: 'Getal om op te zoeken',
  sensGroupParameters: 'Getallen met een naam (parameters)',
  sensGroupFields: 'Getallen van stappen en gebeurtenissen',
  sensPayerField: 'Wie moet quitte spelen',
  sensAllPayers: 'Alle betalers samen',
  sensByYearField: 'Binnen',
  sensYears: (years) => `${years} jaar`,
  sensDiscountedField: (rate) => `Gedisconteerd (${rate} per jaar)`,
  sensDiscountedHelp: 'Euro’s in de toekomst tellen minder zwaar, net als in de hoofdresultaten.',
  sensRangeLegend: 'Bereik om in te zoeken',
  sensLowerField: 'Van',
  sensUpperField: 'Tot en met',
  sensNoInputs: 'Dit scenario heeft geen getallen om op te zoeken.',
  sensRangeProblem: 'De eerste waarde moet kleiner zijn dan de tweede.',
  sensAdvanced: 'Geavanceerde instellingen',
  sensOuterDrawsField: 'Trekkingen voor het interval',
  sensOuterDrawsHelp:
    'Hoe vaak de zoektocht wordt herhaald met nieuw getrokken waarden voor de andere onzekere getallen; dat geeft het 90%-interval. 0: geen interval (sneller). Anders minstens 20: met minder trekkingen zegt een 90%-interval weinig meer dan de hoogste en de laagste trekking.',
  sensOuterDrawsProblem: (min, max) =>
    `Vul 0 in (geen interval) of een heel getal van ${min} tot en met ${max}. Minder dan ${min} trekkingen is te weinig voor een 90%-interval.`,
  sensWho: (payer) => `voor ${payer}`,
  sensWhoAll: 'voor alle betalers samen',
  sensThresholdProbability: (who, months, input, value, below) =>
    `De pilot speelt ${who} binnen ${periode(months)} quitte als „${input}” ${below ? 'lager' : 'hoger'} is dan ${value} op de 100 gezinnen.`,
  sensThresholdCostBelow: (who, months, input, value) =>
    `Om ${who} binnen ${periode(months)} quitte te spelen, mag „${input}” hoogstens ${value} zijn.`,
  sensThresholdCostAbove: (who, months, input, value) =>
    `De pilot speelt ${who} binnen ${periode(months)} alleen quitte als „${input}” minstens ${value} is.`,
  sensThresholdOther: (who, months, input, value, below) =>
    `De pilot speelt ${who} binnen ${periode(months)} quitte als „${input}” ${below ? 'lager' : 'hoger'} is dan ${value}.`,
  sensThresholdAlways: (who, months, input, from, to) =>
    `De pilot speelt ${who} binnen ${periode(months)} quitte in het hele bereik van „${input}”, van ${from} tot ${to}.`,
  sensThresholdNever: (who, months, input, from, to) =>
    `De pilot speelt ${who} binnen ${periode(months)} nergens quitte in het bereik van „${input}”, van ${from} tot ${to}.`,
  sensThresholdInterval: (low, high, rough) =>
    `${rough ? 'Ruw 90%-interval (te weinig trekkingen om op te vertrouwen)' : '90%-interval'}, gezien wat we niet weten over de andere getallen: ${low} tot ${high}.`,
  sensThresholdIntervalBeyond: (end, below, rough) =>
    `${rough ? 'Ruw 90%-interval (te weinig trekkingen om op te vertrouwen)' : '90%-interval'}, gezien wat we niet weten over de andere getallen: helemaal ${below ? 'onder' : 'boven'} het gezochte bereik (${end}).`,
  sensOrLower: (value) => `${value} of lager`,
  sensOrHigher: (value) => `${value} of hoger`,
  sensThresholdIntervalPart: (found, draws) =>
    `In ${found} van de ${draws} trekkingen lag de quitte-waarde binnen het gezochte bereik. In de andere trekkingen ligt die buiten het bereik, en zo telt het interval ze ook.`,
  sensThresholdNoneInRange: (draws) =>
    `In geen van de ${draws} trekkingen lag de quitte-waarde binnen het gezochte bereik.`,
  sensThresholdNoInterval: (draws) =>
    `In geen van de ${draws} trekkingen lag er een quitte-waarde in dit bereik, dus er is geen interval.`,
  sensSearchedRangeNote: (askedFrom, askedTo, usedFrom, usedTo) =>
    `De zoektocht gebruikte het bereik van ${usedFrom} tot ${usedTo} in plaats van ${askedFrom} tot ${askedTo}. Bij de randen die u koos, kan het scenario niet worden doorgerekend (bijvoorbeeld omdat een kans die van dit getal afhangt dan buiten 0 tot 100% valt).`,
  sensMultipleCrossingsNote:
    'De besparing wisselt in dit bereik meer dan één keer van teken. U ziet de eerste waarde vanaf de onderkant. Zoek in een kleiner bereik om de andere te vinden.',
  sensCappedNote:
    'De zoektocht stopte bij het maximale aantal stappen voordat de waarde precies was. De waarde is dus bij benadering.',
  sensByMonthClampedNote: (months) =>
    `De gekozen periode is langer dan de horizon van het scenario. De besparing is daarom opgeteld tot de horizon (${periode(months)}).`,
  sensRangeEndsCaption: 'Verwachte besparing aan de randen van het gezochte bereik',
  sensColInputValue: 'Waarde van het getal',
  sensColSavingBy: (months) => `Verwachte besparing per gezin binnen ${periode(months)}`,
  sensEvaluations: (count) => `De zoektocht heeft het scenario ${count} keer doorgerekend.`,
  sensBasisDiscounted: 'Besparing = referentie min pilot, opgeteld tot het gekozen jaar, gedisconteerd.',
  sensBasisUndiscounted:
    'Besparing = referentie min pilot, opgeteld tot het gekozen jaar, niet gedisconteerd.',

  sensVariantsHeading: 'Varianten naast elkaar',
  sensVariantsIntro:
    'Vergelijk bewaarde versies van een scenario, bijvoorbeeld de pilot met en zonder wachtlijst. Maak een variant met Dupliceren bij het tabblad Scenario’s en pas die daarna aan.',
  sensVariantsChoose: 'Scenario’s om te vergelijken',
  sensOpenNow: '(nu open)',
  sensVariantsLoading: 'De bewaarde scenario’s worden geladen…',
  sensVariantsLoadFailed: (detail) => `De bewaarde scenario’s konden niet worden geladen: ${detail}`,
  sensVariantsReload: 'Lijst verversen',
  sensVariantsTooFew: 'Kies minstens twee scenario’s om te vergelijken.',
  sensVariantsOnlyOne:
    'Er is maar één scenario. Maak een variant met Dupliceren bij het tabblad Scenario’s en kom dan hier terug.',
  sensCompareButton: 'Vergelijken',
  sensVariantsIterationsField: 'Gesimuleerde gezinnen per variant',
  sensColVariant: 'Variant',
  sensColCost: 'Verwachte kosten',
  sensCostPilot: 'pilot',
  sensCostReference: 'referentie',
  sensColSaving: 'Besparing over de horizon',
  sensColShortSaving: 'Besparing op korte termijn',
  sensColCheaper: 'Pilot goedkoper op de horizon',
  sensColBreakEven: 'Terug\u00adverdien\u00admoment',
  sensFamilies90: (low, high) => `9 van de 10 gezinnen: ${low} tot ${high}`,
  sensInFutures: (x) => toekomsten(x),
  sensVariantsTableCaption:
    'Varianten vergeleken: verwachte bedragen per gezin, gedisconteerd (besparing = referentiepad min pilotpad)',
  sensVariantsTitle: 'Verwachte besparing per gezin, per variant',
  sensVariantsReadingSaves: (name, amount, low, high) =>
    `„${name}” bespaart het meest: gemiddeld ${amount} per gezin (9 van de 10 gezinnen tussen ${low} en ${high}).`,
  sensVariantsReadingCosts: (name, amount) =>
    `In elke variant kost de pilot meer; „${name}” kost het minst extra: gemiddeld ${amount} per gezin.`,
  sensVariantsLegend: 'Stip: verwachte besparing. Lijn: 9 van de 10 gezinnen.',
};
