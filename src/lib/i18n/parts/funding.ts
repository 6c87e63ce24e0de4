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
  fundingNotYet: 'Choose the families below and press “Compute the budget”.',
  fundingStale: 'These figures are for an earlier version of the scenario. Compute again to update them.',

  // The headline
  fundingHeadlineIntro: (families: string, entryYears: number, who: string, basis: string) =>
    `Funding ${families} families a year for ${years(entryYears)} (${who}, ${basis}):`,
  fundingYear1Costs: (amount: string) => `in year 1 the pilot costs ${amount} more`,
  fundingYear1Saves: (amount: string) => `in year 1 the pilot saves ${amount}`,
  fundingYear1Even: 'in year 1 the pilot costs about the same',
  fundingTotalSaves: (amount: string, year: number) => `by year ${year} it saves ${amount} in total`,
  fundingTotalCosts: (amount: string, year: number) => `by year ${year} it costs ${amount} more in total`,
  fundingTotalInterval: (low: string, high: string) => `(90 % interval: ${low} to ${high})`,
  fundingPaysBack: (year: number) => `it pays back in year ${year}.`,
  fundingNeverPaysBack: (calendarYears: number) => `it does not pay back within ${years(calendarYears)}.`,
  fundingAllPayers: 'all payers together',
  fundingNominalShort: 'as paid, 0 %',
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
  fundingNominalOption: 'As paid (nominal, 0 %)',
  fundingDiscountedOption: (rate: string) =>
    `Discounted: converted to what it is worth today (${rate} a year)`,
  fundingMixHeading: 'Which families: a mix of scenarios',
  fundingMixHelp:
    'Give each scenario the share of families that are like it (“60 % like case 1, 40 % like case 7”). The shares must add up to 100 %.',
  fundingMixOpen: (name: string) => `${name} (open now)`,
  fundingMixLoad: 'Add other saved scenarios',
  fundingMixLoading: 'Loading the saved scenarios…',
  fundingMixNone: 'There are no other saved scenarios.',
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
  fundingOuterHelp: 'Starts at 200 (illustrative). With 0 you get expected values only, without an interval.',
  fundingInnerLabel: 'Families per draw',
  fundingInnerHelp: 'Starts at 500 (illustrative).',
  fundingTooMuchWork: (families: string, max: string) =>
    `That is ${families} simulated families; the browser does at most ${max}. Use fewer draws or fewer families per draw.`,
  fundingCompute: 'Compute the budget',
  fundingProgressLabel: 'Progress of the budget computation',
  fundingProgressText: (percent: string) => `Computing… ${percent}`,
  fundingCancelled: 'The computation was stopped.',
  fundingDone: 'The budget is ready.',
  fundingFailed: (detail: string) => `The computation failed: ${detail}`,

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
  fundingTableCaption: (basis: string) => `Cost per calendar year and payer (${basis}), with 90 % intervals`,
  fundingColYear: 'Year',
  fundingColPayer: 'Payer',
  fundingColPilot: 'Pilot path',
  fundingColReference: 'Reference path',
  fundingColDifference: 'Difference (reference minus pilot)',
  fundingTotal: 'Total',
  fundingCellInterval: (low: string, high: string) => `90 %: ${low} to ${high}`,

  // The two kinds of uncertainty
  fundingUncertaintyHeading: 'Two different questions, two different answers',
  fundingPerFamilyNote: (months: number) =>
    `Per family, all payers, discounted, over ${period(months)}; the difference is reference minus pilot (above 0: the pilot saves).`,
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
  leversMonths: (value: string) => `${value} months`,
  leversHours: (value: string) => `${value} hours`,
  leversReset: (label: string) => `Reset ${label}`,
  leversResetShort: 'Reset',
  leversResetAll: 'Reset all levers',
  leversApply: 'Apply to the scenario',
  leversApplyLabel: 'Apply the levers',
  leversApplied: 'Applied to the scenario. Undo brings the old values back.',
  leversComputing: 'Computing…',
  leversResultHeading: 'With the levers as set',
  leversSaves: (amount: string, months: number) =>
    `Expected saving per family after ${period(months)}: ${amount}`,
  leversCosts: (amount: string, months: number) =>
    `Expected extra cost per family after ${period(months)}: ${amount}`,
  leversFailed: (detail: string) => `The levers could not be computed: ${detail}`,
};

export const fundingNl: Widen<typeof fundingEn> = {
  fundingTab: 'Financiering',
  fundingIntro:
    'Wat het kost om de pilot voor een groep gezinnen te betalen, per jaar en per betaler, wie er bespaart en wanneer het is terugverdiend.',
  fundingBlocked: (count) =>
    `Het budget kan niet worden berekend: het scenario heeft ${count === 1 ? '1 fout' : `${count} fouten`}. Herstel ${count === 1 ? 'die' : 'ze'} eerst bij het tabblad Paden.`,
  fundingNotYet: 'Kies hieronder de gezinnen en klik op ‘Budget berekenen’.',
  fundingStale: 'Deze cijfers horen bij een eerdere versie van het scenario. Bereken opnieuw.',

  fundingHeadlineIntro: (families, entryYears, who, basis) =>
    `Als ${families} gezinnen per jaar, ${jaren(entryYears)} lang, in de pilot komen (${who}, ${basis}):`,
  fundingYear1Costs: (amount) => `in jaar 1 kost de pilot ${amount} meer`,
  fundingYear1Saves: (amount) => `in jaar 1 bespaart de pilot ${amount}`,
  fundingYear1Even: 'in jaar 1 kost de pilot ongeveer evenveel',
  fundingTotalSaves: (amount, year) => `tot en met jaar ${year} bespaart de pilot in totaal ${amount}`,
  fundingTotalCosts: (amount, year) => `tot en met jaar ${year} kost de pilot in totaal ${amount} meer`,
  fundingTotalInterval: (low, high) => `(90%-interval: ${low} tot ${high})`,
  fundingPaysBack: (year) => `terugverdiend in jaar ${year}.`,
  fundingNeverPaysBack: (calendarYears) => `niet terugverdiend binnen ${jaren(calendarYears)}.`,
  fundingAllPayers: 'alle betalers samen',
  fundingNominalShort: 'zoals betaald, 0%',
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
  fundingNominalOption: 'Zoals betaald (nominaal, 0%)',
  fundingDiscountedOption: (rate) => `Omgerekend naar wat het nu waard is (${rate} per jaar)`,
  fundingMixHeading: 'Welke gezinnen: een mix van scenario’s',
  fundingMixHelp:
    'Geef elk scenario het deel van de gezinnen dat erop lijkt (‘60% zoals casus 1, 40% zoals casus 7’). Samen moet dat 100% zijn.',
  fundingMixOpen: (name) => `${name} (nu open)`,
  fundingMixLoad: 'Andere bewaarde scenario’s toevoegen',
  fundingMixLoading: 'De bewaarde scenario’s worden geladen…',
  fundingMixNone: 'Er zijn geen andere bewaarde scenario’s.',
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
  fundingOuterHelp: 'Begint op 200 (voorbeeld). Met 0 krijgt u alleen verwachte waarden, zonder interval.',
  fundingInnerLabel: 'Gezinnen per trekking',
  fundingInnerHelp: 'Begint op 500 (voorbeeld).',
  fundingTooMuchWork: (families, max) =>
    `Dat zijn ${families} gesimuleerde gezinnen; de browser doet er hoogstens ${max}. Kies minder trekkingen of minder gezinnen per trekking.`,
  fundingCompute: 'Budget berekenen',
  fundingProgressLabel: 'Voortgang van de budgetberekening',
  fundingProgressText: (percent) => `Bezig met rekenen… ${percent}`,
  fundingCancelled: 'De berekening is gestopt.',
  fundingDone: 'Het budget is klaar.',
  fundingFailed: (detail) => `De berekening is mislukt: ${detail}`,

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
  fundingTableCaption: (basis) => `Kosten per kalenderjaar en betaler (${basis}), met 90%-intervallen`,
  fundingColYear: 'Jaar',
  fundingColPayer: 'Betaler',
  fundingColPilot: 'Pilotpad',
  fundingColReference: 'Referentiepad',
  fundingColDifference: 'Verschil (referentie min pilot)',
  fundingTotal: 'Totaal',
  fundingCellInterval: (low, high) => `90%: ${low} tot ${high}`,

  fundingUncertaintyHeading: 'Twee verschillende vragen, twee verschillende antwoorden',
  fundingPerFamilyNote: (months) =>
    `Per gezin, alle betalers, omgerekend naar nu, over ${periode(months)}; het verschil is referentie min pilot (boven 0: de pilot bespaart).`,
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
  leversMonths: (value) => `${value} maanden`,
  leversHours: (value) => `${value} uur`,
  leversReset: (label) => `${label} terugzetten`,
  leversResetShort: 'Terugzetten',
  leversResetAll: 'Alle schuifjes terugzetten',
  leversApply: 'In het scenario zetten',
  leversApplyLabel: 'Schuifjes toepassen',
  leversApplied: 'In het scenario gezet. Met Ongedaan maken komen de oude waarden terug.',
  leversComputing: 'Bezig met rekenen…',
  leversResultHeading: 'Met de schuifjes zoals ze staan',
  leversSaves: (amount, months) => `Verwachte besparing per gezin na ${periode(months)}: ${amount}`,
  leversCosts: (amount, months) => `Verwachte extra kosten per gezin na ${periode(months)}: ${amount}`,
  leversFailed: (detail) => `De schuifjes konden niet worden doorgerekend: ${detail}`,
};
