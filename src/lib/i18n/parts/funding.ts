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

const years = (n: number) => (n === 1 ? '1 year' : `${n} years`);
const jaren = (n: number) => `${n} jaar`;

/** Messages of the funding view (cohort budget impact, levers), in English (the reference). */
export const fundingEn = {
  fundingTab: 'Funding',
  fundingIntro:
    'What it costs to fund the pilot for a group of families, per year and per payer, who saves, and when it pays back.',
  fundingBlocked: (count: number) =>
    `The budget cannot be computed: the scenario has ${count === 1 ? '1 problem' : `${count} problems`}. Fix ${count === 1 ? 'it' : 'them'} on the Paths tab first.`,
  fundingNotYet: 'No budget yet: choose the families above and press “Compute the budget”.',
  fundingStale:
    'These figures no longer match the scenario or the choices in the form. Press “Compute the budget” to update them.',
  fundingStaleOther: (computedFor: string, open: string) =>
    `These figures are for “${computedFor}”, not for “${open}”, which is open now. Press “Compute the budget” to compute them for “${open}”.`,
  fundingResultsHeading: 'The budget',

  // The headline
  fundingHeadlineIntro: (families: string, entryYears: number, who: string, basis: string) =>
    `Funding ${families} families a year for ${years(entryYears)} (${who}, ${basis}):`,
  fundingYear1Costs: (amount: string) => `in year 1 the pilot costs ${amount} more`,
  fundingYear1Saves: (amount: string) => `in year 1 the pilot saves ${amount}`,
  fundingYear1Even: 'in year 1 the pilot costs about the same',
  fundingTotalSaves: (amount: string, year: number) => `by year ${year} it saves ${amount} in total`,
  fundingTotalCosts: (amount: string, year: number) => `by year ${year} it costs ${amount} more in total`,
  fundingIntervalIntro: '90 % interval of',
  fundingIntervalKind: 'what we do not know about the averages',
  fundingIntervalRough: (min: number) => `rough: fewer than ${min} draws`,
  fundingIntervalExtra: (from: string, to: string) => `${from} to ${to} extra`,
  fundingIntervalSaved: (from: string, to: string) => `${from} to ${to} saved`,
  fundingIntervalExtraToSaved: (extra: string, saved: string) => `from ${extra} extra to ${saved} saved`,
  fundingIntervalSavedToExtra: (saved: string, extra: string) => `from ${saved} saved to ${extra} extra`,
  fundingPaysBack: (year: number) => `it pays back in year ${year}.`,
  fundingNeverPaysBack: (calendarYears: number) => `it does not pay back within ${years(calendarYears)}.`,
  fundingAllPayers: 'all payers together',
  fundingNominalShort: (zero: string) => `as paid, ${zero}`,
  fundingDiscountedShort: (rate: string) => `discounted at ${rate} a year`,

  // The form
  fundingFormHeading: 'Which families, how many, how long',
  fundingFamiliesLabel: 'Families a year',
  fundingFamiliesHelp: 'Starts at 40: an illustrative assumption, not a figure from a source.',
  fundingYearsLabel: 'Years in which new families start',
  fundingYearsHelp: (months: number) => `Each family is then followed for ${period(months)} (the horizon).`,
  fundingEntryLegend: 'When families start within their year',
  fundingEntrySpread: 'Spread evenly over the year',
  fundingEntryStart: 'All in the first month',
  fundingPayerLabel: 'Show the figures for',
  fundingBasisLegend: 'Amounts',
  fundingNominalOption: (zero: string) => `As paid (nominal, ${zero})`,
  fundingDiscountedOption: (rate: string) =>
    `Discounted: converted to what it is worth today (${rate} a year)`,
  fundingMixHeading: 'Which families: a mix of scenarios',
  fundingMixHelp:
    'Give each scenario the share of families that are like it (“60 % like case 1, 40 % like case 7”). The shares must add up to 100 %.',
  fundingMixOpen: (name: string) => `${name} (open now)`,
  fundingMixLoad: 'Add other saved scenarios',
  fundingMixLoading: 'Loading the saved scenarios…',
  fundingMixNone: 'There are no other saved scenarios.',
  fundingMixLoadFailed: 'The saved scenarios could not be loaded. Try again.',
  fundingMixHasProblems: 'has problems, so it cannot be part of the mix',
  fundingWeightLabel: (name: string) => `Share of families like “${name}” (%)`,
  fundingWeightTotal: (sum: string) => `Together: ${sum}`,
  fundingWeightSum: (sum: string) =>
    `The shares add up to ${sum}, not 100 %. Change them so that they add up to exactly 100 %.`,
  fundingWeightBad: 'A share is a number from 0 to 100, and only for a scenario without problems.',
  fundingWeightEmpty: 'Give at least one scenario a share above 0 %.',
  fundingAdvanced: 'Advanced: how precise',
  fundingAdvancedHelp:
    'The model draws the uncertain averages many times and simulates a group of families for each draw: more of both gives steadier figures but takes longer.',
  fundingOuterLabel: 'Draws of the averages',
  fundingOuterHelp: (min: number) =>
    `Starts at 200 (illustrative). 0 gives expected values only, without an interval. Otherwise at least ${min}: a 90 % interval from fewer draws is mostly chance.`,
  fundingFewDraws: (min: number) =>
    `Use 0 (expected values only) or at least ${min} draws: from fewer draws a 90 % interval is mostly chance.`,
  fundingInnerLabel: 'Families per draw',
  fundingInnerHelp: 'Starts at 500 (illustrative).',
  fundingTooMuchWork: (families: string, max: string) =>
    `That is ${families} simulated families; the browser does at most ${max}. Use fewer draws or fewer families per draw.`,
  fundingCompute: 'Compute the budget',
  fundingProgressLabel: 'Progress of the budget computation',
  fundingProgressText: (percent: string) => `Computing… ${percent}`,
  fundingCancelled: 'The computation was stopped.',
  fundingDone: 'The budget is ready.',
  fundingFormProblems: (count: number) =>
    `The budget cannot be computed yet: ${count === 1 ? 'a field above has a problem' : `${count} fields above have problems`}. Correct the marked ${count === 1 ? 'field' : 'fields'} first.`,
  fundingFailedTitle: 'The budget could not be computed.',

  // Why an analysis failed (AnalysisFailure kinds), with the next step; shared by the panels
  analysisWorkerStopped:
    'The calculation stopped unexpectedly, perhaps for lack of memory. Try again; if it happens again, use fewer draws or fewer families.',
  analysisNotSent:
    'The calculation could not be started. Try again; if that does not help, reload the page (your work is saved).',
  analysisRefused:
    'The model cannot calculate with these numbers. Check the numbers you chose and those in the scenario, then try again.',
  analysisOther: 'Something went wrong in the calculation. Try again.',
  analysisDetails: 'Technical details',

  // The chart and the table
  fundingChartTitle: (who: string) => `Budget per calendar year: ${who}`,
  fundingLeverChartTitle: (who: string) => `With the levers as set (expected values, no interval): ${who}`,
  fundingChartReadingBoth: (extraYear: number, extra: string, savedYear: number, saved: string) =>
    `The pilot costs most extra in year ${extraYear} (${extra}) and saves most in year ${savedYear} (${saved}).`,
  fundingChartReadingExtra: (year: number, amount: string) =>
    `The pilot saves in no year; it costs most extra in year ${year} (${amount}).`,
  fundingChartReadingSaved: (year: number, amount: string) =>
    `The pilot costs extra in no year; it saves most in year ${year} (${amount}).`,
  fundingChartReadingNone: 'The pilot and the reference cost about the same in every year.',
  fundingCostPanel: 'Cost in the year',
  fundingDifferencePanel: 'Difference: reference minus pilot',
  fundingYearAxis: 'Calendar year (year 1 starts with the first families)',
  fundingWhiskerLegend: '90 % interval',
  fundingDifferenceHint: 'above the line: the pilot saves; below: the pilot costs more',
  fundingLegendSaves: 'the pilot saves',
  fundingLegendCostsMore: 'the pilot costs more',
  fundingTableHeading: 'Per year and payer',
  fundingTableCaption: (basis: string) =>
    `Cost per calendar year and payer (${basis}); under each amount its 90 % interval of what we do not know about the averages`,
  fundingTableCaptionRough: (basis: string, min: number) =>
    `Cost per calendar year and payer (${basis}); no intervals: from fewer than ${min} draws of the averages they would be mostly chance`,
  fundingTableCaptionNone: (basis: string) =>
    `Cost per calendar year and payer (${basis}); expected values, without intervals (no draws of the averages)`,
  fundingTableIntervalLink: 'What the intervals mean',
  fundingColYear: 'Year',
  fundingColPayer: 'Payer',
  fundingColPilot: 'Pilot path',
  fundingColReference: 'Reference path',
  fundingColDifference: 'Difference (reference minus pilot)',
  fundingTotal: 'Total',
  fundingCellFrom: (low: string) => `90 %: ${low}`,
  fundingCellTo: (high: string) => `to ${high}`,

  // The two kinds of uncertainty
  fundingUncertaintyHeading: 'Two different questions, two different answers',
  fundingPerFamilyNote: (months: number, rate: string) =>
    `Per family, all payers together, discounted at ${rate} a year, over ${period(months)}; the difference is reference minus pilot (above 0: the pilot saves).`,
  fundingPerFamilyFixed:
    'This part does not follow the choice of payer and amounts above: it is always for all payers together, discounted.',
  fundingAverageRough: (min: number) =>
    `Rough: with fewer than ${min} draws of the averages this interval is mostly chance. Use more draws (Advanced).`,
  fundingAverageHeading: 'Uncertainty about the average (what a budget depends on)',
  fundingAverageValue: (mean: string, low: string, high: string) =>
    `${mean} per family (90 %: ${low} to ${high})`,
  fundingAverageNoInterval: (mean: string) =>
    `${mean} per family (expected value: without draws of the averages there is no interval)`,
  fundingAverageBasis: (draws: string, families: string) =>
    `from ${draws} draws of the averages × ${families} families`,
  fundingAverageExplain:
    'We do not know the true averages exactly. This range says how far the average per family may be off; a budget for many families depends on it.',
  fundingSpreadHeading: 'Spread between single families (what happens to one family)',
  fundingSpreadValue: (low: string, high: string) => `9 in 10 families between ${low} and ${high}`,
  fundingSpreadExplain:
    'One family can turn out very differently from the next. This is not uncertainty about the budget: over many families it evens out.',
  fundingMcse: (mcse: string) => `Monte Carlo error of the average: ${mcse}`,
  fundingNoiseWarning: (share: string) =>
    `Careful: ${share} of the spread between draws is chance, from too few families per draw. Increase the families per draw.`,

  // The levers
  leversHeading: 'Levers: what if?',
  leversIntro:
    'Move a slider to try another value for one of the inputs that matter most. The figures follow at once; the scenario itself only changes when you apply.',
  leversFind: 'Find the inputs that matter most',
  leversFindHelp: 'This runs a quick sensitivity analysis (1,000 families per value).',
  leversFinding: 'Looking for the inputs that matter most…',
  leversNone: 'No input of this scenario is uncertain, so there is nothing to move.',
  leversModelValue: (value: string) => `value in the model: ${value}`,
  leversSource: (source: string) => `source: ${source}`,
  leversReset: (label: string) => `Reset ${label}`,
  leversResetShort: 'Reset',
  leversResetAll: 'Reset all levers',
  leversApply: 'Apply to the scenario',
  leversApplyLabel: 'Apply the levers',
  leversApplied: 'Applied to the scenario. Undo brings the old values back.',
  leversComputing: 'Computing…',
  leversResultHeading: (who: string) => `With the levers as set: ${who}`,
  leversSaves: (amount: string, months: number, basis: string) =>
    `Expected saving per family after ${period(months)} (${basis}): ${amount}`,
  leversCosts: (amount: string, months: number, basis: string) =>
    `Expected extra cost per family after ${period(months)} (${basis}): ${amount}`,
  leversFailedTitle: 'The levers could not be computed.',
  leversFindFailedTitle: 'The inputs that matter most could not be found.',
};

export const fundingNl: Widen<typeof fundingEn> = {
  fundingTab: 'Financiering',
  fundingIntro:
    'Wat het kost om de pilot voor een groep gezinnen te betalen, per jaar en per betaler, wie er bespaart en wanneer het is terugverdiend.',
  fundingBlocked: (count) =>
    `Het budget kan niet worden berekend: het scenario heeft ${count === 1 ? '1 fout' : `${count} fouten`}. Herstel ${count === 1 ? 'die' : 'ze'} eerst bij het tabblad Paden.`,
  fundingNotYet: 'Nog geen budget: kies hierboven de gezinnen en klik op ‘Budget berekenen’.',
  fundingStale:
    'Deze cijfers passen niet meer bij het scenario of bij de keuzes in het formulier. Klik op ‘Budget berekenen’ om ze bij te werken.',
  fundingStaleOther: (computedFor, open) =>
    `Deze cijfers horen bij ‘${computedFor}’, niet bij ‘${open}’ dat nu open is. Klik op ‘Budget berekenen’ om ze voor ‘${open}’ te berekenen.`,
  fundingResultsHeading: 'Het budget',

  fundingHeadlineIntro: (families, entryYears, who, basis) =>
    `Als ${families} gezinnen per jaar, ${jaren(entryYears)} lang, in de pilot komen (${who}, ${basis}):`,
  fundingYear1Costs: (amount) => `in jaar 1 kost de pilot ${amount} meer`,
  fundingYear1Saves: (amount) => `in jaar 1 bespaart de pilot ${amount}`,
  fundingYear1Even: 'in jaar 1 kost de pilot ongeveer evenveel',
  fundingTotalSaves: (amount, year) => `tot en met jaar ${year} bespaart de pilot in totaal ${amount}`,
  fundingTotalCosts: (amount, year) => `tot en met jaar ${year} kost de pilot in totaal ${amount} meer`,
  fundingIntervalIntro: '90%-interval van',
  fundingIntervalKind: 'wat we niet weten over de gemiddelden',
  fundingIntervalRough: (min) => `ruw: minder dan ${min} trekkingen`,
  fundingIntervalExtra: (from, to) => `${from} tot ${to} extra`,
  fundingIntervalSaved: (from, to) => `${from} tot ${to} bespaard`,
  fundingIntervalExtraToSaved: (extra, saved) => `van ${extra} extra tot ${saved} bespaard`,
  fundingIntervalSavedToExtra: (saved, extra) => `van ${saved} bespaard tot ${extra} extra`,
  fundingPaysBack: (year) => `terugverdiend in jaar ${year}.`,
  fundingNeverPaysBack: (calendarYears) => `niet terugverdiend binnen ${jaren(calendarYears)}.`,
  fundingAllPayers: 'alle betalers samen',
  fundingNominalShort: (zero) => `zoals betaald, ${zero}`,
  fundingDiscountedShort: (rate) => `omgerekend naar nu, ${rate} per jaar`,

  fundingFormHeading: 'Welke gezinnen, hoeveel, hoe lang',
  fundingFamiliesLabel: 'Gezinnen per jaar',
  fundingFamiliesHelp: 'Begint op 40: een voorbeeld (aanname), geen cijfer uit een bron.',
  fundingYearsLabel: 'Aantal jaren dat er nieuwe gezinnen starten',
  fundingYearsHelp: (months) => `Elk gezin wordt daarna ${periode(months)} gevolgd (de horizon).`,
  fundingEntryLegend: 'Wanneer gezinnen in hun jaar starten',
  fundingEntrySpread: 'Verspreid over het jaar',
  fundingEntryStart: 'Allemaal in de eerste maand',
  fundingPayerLabel: 'Laat de cijfers zien voor',
  fundingBasisLegend: 'Bedragen',
  fundingNominalOption: (zero) => `Zoals betaald (nominaal, ${zero})`,
  fundingDiscountedOption: (rate) => `Omgerekend naar wat het nu waard is (${rate} per jaar)`,
  fundingMixHeading: 'Welke gezinnen: een mix van scenario’s',
  fundingMixHelp:
    'Geef elk scenario het deel van de gezinnen dat erop lijkt (‘60% zoals casus 1, 40% zoals casus 7’). Samen moet dat 100% zijn.',
  fundingMixOpen: (name) => `${name} (nu open)`,
  fundingMixLoad: 'Andere bewaarde scenario’s toevoegen',
  fundingMixLoading: 'De bewaarde scenario’s worden geladen…',
  fundingMixNone: 'Er zijn geen andere bewaarde scenario’s.',
  fundingMixLoadFailed: 'De bewaarde scenario’s konden niet worden geladen. Probeer het opnieuw.',
  fundingMixHasProblems: 'heeft fouten en kan daarom niet meedoen',
  fundingWeightLabel: (name) => `Deel van de gezinnen zoals ‘${name}’ (%)`,
  fundingWeightTotal: (sum) => `Samen: ${sum}`,
  fundingWeightSum: (sum) =>
    `De delen zijn samen ${sum}, niet 100%. Pas ze aan tot ze samen precies 100% zijn.`,
  fundingWeightBad: 'Een deel is een getal van 0 tot 100, en alleen voor een scenario zonder fouten.',
  fundingWeightEmpty: 'Geef minstens één scenario een deel boven 0%.',
  fundingAdvanced: 'Geavanceerd: hoe nauwkeurig',
  fundingAdvancedHelp:
    'Het model trekt de onzekere gemiddelden vaak opnieuw en rekent voor elke trekking een groep gezinnen door: meer van allebei geeft stabielere cijfers, maar duurt langer.',
  fundingOuterLabel: 'Trekkingen van de gemiddelden',
  fundingOuterHelp: (min) =>
    `Begint op 200 (voorbeeld). Met 0 krijgt u alleen verwachte waarden, zonder interval. Anders minstens ${min}: een 90%-interval uit minder trekkingen is vooral toeval.`,
  fundingFewDraws: (min) =>
    `Kies 0 (alleen verwachte waarden) of minstens ${min} trekkingen: uit minder trekkingen is een 90%-interval vooral toeval.`,
  fundingInnerLabel: 'Gezinnen per trekking',
  fundingInnerHelp: 'Begint op 500 (voorbeeld).',
  fundingTooMuchWork: (families, max) =>
    `Dat zijn ${families} gesimuleerde gezinnen; de browser doet er hoogstens ${max}. Kies minder trekkingen of minder gezinnen per trekking.`,
  fundingCompute: 'Budget berekenen',
  fundingProgressLabel: 'Voortgang van de budgetberekening',
  fundingProgressText: (percent) => `Bezig met rekenen… ${percent}`,
  fundingCancelled: 'De berekening is gestopt.',
  fundingDone: 'Het budget is klaar.',
  fundingFormProblems: (count) =>
    `Het budget kan nog niet worden berekend: ${count === 1 ? 'een veld hierboven klopt niet' : `${count} velden hierboven kloppen niet`}. Pas eerst ${count === 1 ? 'het gemarkeerde veld' : 'de gemarkeerde velden'} aan.`,
  fundingFailedTitle: 'Het budget kon niet worden berekend.',

  analysisWorkerStopped:
    'De berekening stopte onverwacht, misschien door te weinig geheugen. Probeer het opnieuw. Gebeurt het weer? Kies dan minder trekkingen of minder gezinnen.',
  analysisNotSent:
    'De berekening kon niet starten. Probeer het opnieuw. Helpt dat niet? Laad de pagina dan opnieuw (uw werk is bewaard).',
  analysisRefused:
    'Het model kan niet rekenen met deze getallen. Controleer de getallen die u koos en die in het scenario. Probeer het dan opnieuw.',
  analysisOther: 'Er ging iets mis in de berekening. Probeer het opnieuw.',
  analysisDetails: 'Technische details',

  fundingChartTitle: (who) => `Budget per kalenderjaar: ${who}`,
  fundingLeverChartTitle: (who) =>
    `Met de schuifjes zoals ze staan (verwachte waarden, zonder interval): ${who}`,
  fundingChartReadingBoth: (extraYear, extra, savedYear, saved) =>
    `De pilot kost het meest extra in jaar ${extraYear} (${extra}) en bespaart het meest in jaar ${savedYear} (${saved}).`,
  fundingChartReadingExtra: (year, amount) =>
    `De pilot bespaart in geen enkel jaar; hij kost het meest extra in jaar ${year} (${amount}).`,
  fundingChartReadingSaved: (year, amount) =>
    `De pilot kost in geen enkel jaar extra; hij bespaart het meest in jaar ${year} (${amount}).`,
  fundingChartReadingNone: 'De pilot en de referentie kosten elk jaar ongeveer evenveel.',
  fundingCostPanel: 'Kosten in het jaar',
  fundingDifferencePanel: 'Verschil: referentie min pilot',
  fundingYearAxis: 'Kalenderjaar (jaar 1 begint met de eerste gezinnen)',
  fundingWhiskerLegend: '90%-interval',
  fundingDifferenceHint: 'boven de lijn: de pilot bespaart; eronder: de pilot kost meer',
  fundingLegendSaves: 'de pilot bespaart',
  fundingLegendCostsMore: 'de pilot kost meer',
  fundingTableHeading: 'Per jaar en per betaler',
  fundingTableCaption: (basis) =>
    `Kosten per kalenderjaar en betaler (${basis}); onder elk bedrag het 90%-interval van wat we niet weten over de gemiddelden`,
  fundingTableCaptionRough: (basis, min) =>
    `Kosten per kalenderjaar en betaler (${basis}); zonder intervallen: uit minder dan ${min} trekkingen van de gemiddelden zouden ze vooral toeval zijn`,
  fundingTableCaptionNone: (basis) =>
    `Kosten per kalenderjaar en betaler (${basis}); verwachte waarden, zonder intervallen (geen trekkingen van de gemiddelden)`,
  fundingTableIntervalLink: 'Wat de intervallen betekenen',
  fundingColYear: 'Jaar',
  fundingColPayer: 'Betaler',
  fundingColPilot: 'Pilotpad',
  fundingColReference: 'Referentiepad',
  fundingColDifference: 'Verschil (referentie min pilot)',
  fundingTotal: 'Totaal',
  fundingCellFrom: (low) => `90%: ${low}`,
  fundingCellTo: (high) => `tot ${high}`,

  fundingUncertaintyHeading: 'Twee verschillende vragen, twee verschillende antwoorden',
  fundingPerFamilyNote: (months, rate) =>
    `Per gezin, alle betalers samen, omgerekend naar nu met ${rate} per jaar, over ${periode(months)}; het verschil is referentie min pilot (boven 0: de pilot bespaart).`,
  fundingPerFamilyFixed:
    'Dit deel volgt de keuze van betaler en bedragen hierboven niet: het gaat altijd over alle betalers samen, omgerekend naar nu.',
  fundingAverageRough: (min) =>
    `Ruw: met minder dan ${min} trekkingen van de gemiddelden is dit interval vooral toeval. Kies meer trekkingen (Geavanceerd).`,
  fundingAverageHeading: 'Onzekerheid over het gemiddelde (daar hangt een budget van af)',
  fundingAverageValue: (mean, low, high) => `${mean} per gezin (90%: ${low} tot ${high})`,
  fundingAverageNoInterval: (mean) =>
    `${mean} per gezin (verwachte waarde: zonder trekkingen van de gemiddelden is er geen interval)`,
  fundingAverageBasis: (draws, families) =>
    `uit ${draws} trekkingen van de gemiddelden × ${families} gezinnen`,
  fundingAverageExplain:
    'We kennen de echte gemiddelden niet precies. Dit bereik zegt hoever het gemiddelde per gezin ernaast kan zitten; een budget voor veel gezinnen hangt daarvan af.',
  fundingSpreadHeading: 'Spreiding tussen losse gezinnen (wat er met één gezin gebeurt)',
  fundingSpreadValue: (low, high) => `9 van de 10 gezinnen tussen ${low} en ${high}`,
  fundingSpreadExplain:
    'Het ene gezin kan heel anders uitpakken dan het andere. Dat is geen onzekerheid over het budget: over veel gezinnen middelt het uit.',
  fundingMcse: (mcse) => `Monte-Carlo-fout van het gemiddelde: ${mcse}`,
  fundingNoiseWarning: (share) =>
    `Let op: ${share} van de spreiding tussen de trekkingen is toeval, door te weinig gezinnen per trekking. Verhoog het aantal gezinnen per trekking.`,

  leversHeading: 'Schuifjes: wat als?',
  leversIntro:
    'Verschuif een schuifje om een andere waarde te proberen voor een van de invoerwaarden die het meest uitmaken. De cijfers volgen meteen; het scenario zelf verandert pas als u het toepast.',
  leversFind: 'Zoek de invoer die het meest uitmaakt',
  leversFindHelp: 'Dit doet een snelle gevoeligheidsanalyse (1.000 gezinnen per waarde).',
  leversFinding: 'Bezig met zoeken naar de invoer die het meest uitmaakt…',
  leversNone: 'Geen invoer van dit scenario is onzeker, dus er is niets om te verschuiven.',
  leversModelValue: (value) => `waarde in het model: ${value}`,
  leversSource: (source) => `bron: ${source}`,
  leversReset: (label) => `${label} terugzetten`,
  leversResetShort: 'Terugzetten',
  leversResetAll: 'Alle schuifjes terugzetten',
  leversApply: 'In het scenario zetten',
  leversApplyLabel: 'Schuifjes toepassen',
  leversApplied: 'In het scenario gezet. Met Ongedaan maken komen de oude waarden terug.',
  leversComputing: 'Bezig met rekenen…',
  leversResultHeading: (who) => `Met de schuifjes zoals ze staan: ${who}`,
  leversSaves: (amount, months, basis) =>
    `Verwachte besparing per gezin na ${periode(months)} (${basis}): ${amount}`,
  leversCosts: (amount, months, basis) =>
    `Verwachte extra kosten per gezin na ${periode(months)} (${basis}): ${amount}`,
  leversFailedTitle: 'De schuifjes konden niet worden doorgerekend.',
  leversFindFailedTitle: 'De invoer die het meest uitmaakt kon niet worden gevonden.',
};
