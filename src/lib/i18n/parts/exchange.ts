import type { Locale } from '../locale';
import type { Widen } from './catalogue-part';

/** "1 month", "18 months", "5 years". */
function periodEn(months: number): string {
  if (months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
  return months === 1 ? '1 month' : `${months} months`;
}
function periodNl(months: number): string {
  if (months % 12 === 0) return `${months / 12} jaar`;
  return months === 1 ? '1 maand' : `${months} maanden`;
}

const DIST_EN: Record<string, string> = {
  uniform: 'uniform',
  triangular: 'triangular',
  pert: 'PERT',
  normal: 'normal',
  lognormal: 'lognormal',
  gamma: 'gamma',
  beta: 'beta',
  discrete: 'discrete',
};
const DIST_NL: Record<string, string> = {
  uniform: 'uniform',
  triangular: 'driehoeks',
  pert: 'PERT',
  normal: 'normaal',
  lognormal: 'lognormaal',
  gamma: 'gamma',
  beta: 'bèta',
  discrete: 'discreet',
};

/** Messages of the exchange feature (import, export, methods summary), in English (the reference). */
export const exchangeEn = {
  // Import
  importHeading: 'Import scenarios',
  importIntro:
    'Open a scenario file or a backup made with PathCost (JSON). You see what is in it before anything is imported.',
  importDropZone: 'Drop a scenario file here',
  importChooseFile: 'Choose a file…',
  importPasteLabel: 'Or paste the JSON text of a scenario',
  importReadPasted: 'Read the pasted text',
  importBusy: 'Reading and checking…',
  importEmpty: 'The file is empty (0 bytes). Nothing was imported.',
  importUnreadable: (detail: string) => `The file could not be read (${detail}). Nothing was imported.`,
  importTooBig: (size: string, limit: string) =>
    `The file is too big (${size}); PathCost reads files up to ${limit}. Nothing was imported.`,
  importBinary:
    'This is not a text file: it holds binary data. PathCost reads scenario files in JSON. Nothing was imported.',
  importNotJson: (detail: string) => `This is not valid JSON (${detail}). Nothing was imported.`,
  importTooDeep: (limit: string) =>
    `The file is too deeply nested (more than ${limit} levels); a PathCost scenario is never that deep. Nothing was imported.`,
  importNotScenario: 'This JSON is not a PathCost scenario or backup. Nothing was imported.',
  importUnknownFormat: (format: string) =>
    `This file is of a kind PathCost does not know: “${format}”. Nothing was imported.`,
  importNoVersion:
    'The file does not say which version of the scenario format it uses (schemaVersion is missing or not a whole number). Nothing was imported.',
  importNewerVersion: (version: string, supported: string) =>
    `This file was made with a newer version of PathCost (version ${version} of the scenario format); this version reads up to version ${supported}. Update PathCost to open it. Nothing was imported.`,
  importUnknownVersion: (version: string) =>
    `Version ${version} of the scenario format is not one PathCost ever wrote. Nothing was imported.`,
  importEmptyBackup: 'The backup holds no scenarios. Nothing was imported.',
  importProblems: (total: string) =>
    `Problems found: ${total}. Nothing was imported; correct the file and try again.`,
  importMoreProblems: (count: string) => `…and ${count} more.`,
  importNormalise: 'Scale the branch probabilities to add up to 1, and check again',
  importPreviewHeading: 'What the file holds',
  importOneScenario: 'One scenario.',
  importBackupOf: (count: string) => `A backup with ${count} scenarios.`,
  importMigrated: (from: string, to: string) =>
    `Made with an older version of PathCost (format version ${from}); brought up to version ${to}.`,
  importNormalised: (paths: string) =>
    `As you asked, the branch probabilities were scaled to add up to 1 at: ${paths}.`,
  importColumnPath: 'Path',
  importColumnSteps: 'Steps',
  importColumnEvents: 'Risk events',
  importColumnBranches: 'Branches',
  importPilotPath: 'Pilot path',
  importReferencePath: 'Reference path',
  importExists: (id: string) =>
    `A scenario with the id ${id} is already saved. It is imported as a new copy unless you choose to replace it.`,
  importWarnings: (count: string) => `Warnings: ${count}. They do not stop the import.`,
  importConfirm: 'Import',
  importConfirmCopy: 'Import as a new copy',
  importReplace: 'Replace the saved one',
  importCancel: 'Cancel',
  importDone: (names: string) => `Imported: ${names}.`,
  importCommitFailed: (detail: string) => `The import could not be saved, and nothing was changed: ${detail}`,

  // Export
  exportHeading: 'Export',
  exportIntro: 'Files are made from what is on screen, so export also works when the browser cannot save.',
  exportScenario: 'This scenario (JSON)',
  exportBackup: 'All saved scenarios (backup)',
  exportRunJson: 'Results of the run (JSON)',
  exportRunCsv: 'Results per simulated future (CSV)',
  exportMethods: 'Methods summary (text)',
  exportNeedsRun: 'Run the simulation first to export its results.',
  exportBackupFailed: (detail: string) =>
    `The saved scenarios could not be read (${detail}). You can still export the open scenario.`,
  exportBackupEmpty: 'No scenarios are saved yet.',
  exportDone: (file: string) => `Downloaded: ${file}`,
  exportPreparing: (done: string) => `Preparing the file… ${done}`,

  // Methods summary (CHEERS 2022 items a tool can fill)
  methodsTitle: 'Methods summary (the CHEERS 2022 items a tool can fill)',
  methodsScenario: (name: string) => `Scenario: ${name}`,
  methodsComparators: (pilot: string, reference: string) =>
    `Comparators (CHEERS item 7): the pilot path, ${pilot}, against the reference path, ${reference}.`,
  methodsNoLabel: 'not named',
  methodsPerspective: (payers: string) =>
    `Perspective (item 8): the costs of these payers are counted: ${payers}. Effects on health and well-being are not counted.`,
  methodsNoPayers: 'Perspective (item 8): no step has a payer yet, so no costs are counted.',
  methodsHorizon: (months: number, shortTerm: number) =>
    `Time horizon (item 9): ${periodEn(months)}; the short term is the first ${periodEn(shortTerm)}. Costs fall in whole months.`,
  methodsDiscount: (rate: string, source: string) =>
    `Discount rate (item 10): costs ${rate} a year (${source}), applied month by month.`,
  methodsDiscountCustom: (rate: string) =>
    `Discount rate (item 10): costs ${rate} a year, a rate chosen by the user, applied month by month.`,
  methodsCurrency: (currency: string, year: string) =>
    `Currency and price date (item 15): ${currency}, in prices of ${year}.`,
  methodsPriceList: (list: string, version: string) =>
    `Unit prices come from the price list ${list} (version ${version}), indexed to the price year with the CBS consumer price index.`,
  methodsUncertainty: (iterations: string, seed: string) =>
    `Uncertainty (item 20): Monte Carlo simulation of ${iterations} possible futures of the family (seed ${seed}).`,
  methodsDistributions: (list: string) => `Uncertain inputs are drawn from distributions: ${list}.`,
  methodsDistributionName: (code: string) => DIST_EN[code] ?? code,
  methodsNoDistributions:
    'No input has a distribution; the futures differ only in which steps and events happen.',
  methodsFormulas: (count: string) => `Inputs given as a formula over named parameters: ${count}.`,
  methodsSharedDraws:
    'Each parameter is drawn once per simulated future and shared by both paths (common random numbers).',
  methodsResults:
    'Results are means with 90% intervals (5th to 95th percentile) and the share of futures in which the pilot is cheaper, discounted and undiscounted, in total and per payer.',
  methodsMcse: (mcse: string) =>
    `Monte Carlo standard error of the mean difference over the horizon: ${mcse}.`,
  methodsNotRun: 'These are the scenario’s settings; it has not been run with them yet.',
  methodsGenerator: (generator: string, engine: string, app: string) =>
    `Reproducibility: random generator ${generator}; engine version ${engine}; PathCost ${app}.`,
  methodsNotCovered:
    'Not covered by the model: health effects and QALYs (items 11 to 13), differences between groups of families (item 18), distributional effects (item 19), and uncertainty about the structure of the paths themselves (only the numbers in them vary).',
} as const;

/** The same messages in Dutch. */
export const exchangeNl: Widen<typeof exchangeEn> = {
  importHeading: 'Scenario’s importeren',
  importIntro:
    'Open een scenariobestand of een back-up van PathCost (JSON). U ziet eerst wat erin staat, voordat er iets wordt geïmporteerd.',
  importDropZone: 'Sleep een scenariobestand hierheen',
  importChooseFile: 'Kies een bestand…',
  importPasteLabel: 'Of plak de JSON-tekst van een scenario',
  importReadPasted: 'Geplakte tekst lezen',
  importBusy: 'Bezig met lezen en controleren…',
  importEmpty: 'Het bestand is leeg (0 bytes). Er is niets geïmporteerd.',
  importUnreadable: (detail) => `Het bestand kon niet worden gelezen (${detail}). Er is niets geïmporteerd.`,
  importTooBig: (size, limit) =>
    `Het bestand is te groot (${size}). PathCost leest bestanden tot ${limit}. Er is niets geïmporteerd.`,
  importBinary:
    'Dit is geen tekstbestand: er staan binaire gegevens in. PathCost leest scenariobestanden in JSON. Er is niets geïmporteerd.',
  importNotJson: (detail) => `Dit is geen geldige JSON (${detail}). Er is niets geïmporteerd.`,
  importTooDeep: (limit) =>
    `Het bestand heeft te veel lagen in elkaar (meer dan ${limit}). Zo’n PathCost-scenario bestaat niet. Er is niets geïmporteerd.`,
  importNotScenario: 'Deze JSON is geen PathCost-scenario of -back-up. Er is niets geïmporteerd.',
  importUnknownFormat: (format) =>
    `Dit soort bestand kent PathCost niet: ‘${format}’. Er is niets geïmporteerd.`,
  importNoVersion:
    'Het bestand zegt niet welke versie van het scenarioformaat het gebruikt (schemaVersion ontbreekt of is geen heel getal). Er is niets geïmporteerd.',
  importNewerVersion: (version, supported) =>
    `Dit bestand is gemaakt met een nieuwere versie van PathCost (versie ${version} van het scenarioformaat). Deze versie leest tot en met versie ${supported}. Werk PathCost bij om het te openen. Er is niets geïmporteerd.`,
  importUnknownVersion: (version) =>
    `Versie ${version} van het scenarioformaat heeft PathCost nooit geschreven. Er is niets geïmporteerd.`,
  importEmptyBackup: 'Er staan geen scenario’s in de back-up. Er is niets geïmporteerd.',
  importProblems: (total) =>
    `Gevonden problemen: ${total}. Er is niets geïmporteerd. Verbeter het bestand en probeer het opnieuw.`,
  importMoreProblems: (count) => `…en nog ${count}.`,
  importNormalise: 'Kansen van de vertakkingen schalen tot samen 1, en opnieuw controleren',
  importPreviewHeading: 'Wat er in het bestand staat',
  importOneScenario: 'Eén scenario.',
  importBackupOf: (count) => `Een back-up met ${count} scenario’s.`,
  importMigrated: (from, to) =>
    `Gemaakt met een oudere versie van PathCost (formaatversie ${from}). Het is bijgewerkt naar versie ${to}.`,
  importNormalised: (paths) =>
    `Zoals gevraagd zijn de kansen van de vertakkingen geschaald tot samen 1 bij: ${paths}.`,
  importColumnPath: 'Pad',
  importColumnSteps: 'Stappen',
  importColumnEvents: 'Risico’s',
  importColumnBranches: 'Vertakkingen',
  importPilotPath: 'Pilotpad',
  importReferencePath: 'Referentiepad',
  importExists: (id) =>
    `Er is al een scenario opgeslagen met id ${id}. Het wordt als nieuwe kopie geïmporteerd, tenzij u kiest om het te vervangen.`,
  importWarnings: (count) => `Waarschuwingen: ${count}. Ze houden het importeren niet tegen.`,
  importConfirm: 'Importeren',
  importConfirmCopy: 'Importeren als nieuwe kopie',
  importReplace: 'Opgeslagen scenario vervangen',
  importCancel: 'Annuleren',
  importDone: (names) => `Geïmporteerd: ${names}.`,
  importCommitFailed: (detail) =>
    `Het importeren kon niet worden opgeslagen, en er is niets veranderd: ${detail}`,

  exportHeading: 'Exporteren',
  exportIntro:
    'Bestanden worden gemaakt van wat op het scherm staat. Exporteren werkt dus ook als de browser niet kan opslaan.',
  exportScenario: 'Dit scenario (JSON)',
  exportBackup: 'Alle opgeslagen scenario’s (back-up)',
  exportRunJson: 'Resultaten van de doorrekening (JSON)',
  exportRunCsv: 'Resultaten per gesimuleerde toekomst (CSV)',
  exportMethods: 'Samenvatting van de methode (tekst)',
  exportNeedsRun: 'Reken eerst door om de resultaten te exporteren.',
  exportBackupFailed: (detail) =>
    `De opgeslagen scenario’s konden niet worden gelezen (${detail}). U kunt het open scenario wel exporteren.`,
  exportBackupEmpty: 'Er zijn nog geen scenario’s opgeslagen.',
  exportDone: (file) => `Gedownload: ${file}`,
  exportPreparing: (done) => `Het bestand wordt gemaakt… ${done}`,

  methodsTitle: 'Samenvatting van de methode (de CHEERS 2022-punten die een hulpmiddel kan invullen)',
  methodsScenario: (name) => `Scenario: ${name}`,
  methodsComparators: (pilot, reference) =>
    `Vergelijking (CHEERS-punt 7): het pilotpad, ${pilot}, tegenover het referentiepad, ${reference}.`,
  methodsNoLabel: 'zonder naam',
  methodsPerspective: (payers) =>
    `Perspectief (punt 8): de kosten van deze betalers tellen mee: ${payers}. Effecten op gezondheid en welzijn tellen niet mee.`,
  methodsNoPayers: 'Perspectief (punt 8): nog geen stap heeft een betaler, dus er tellen geen kosten mee.',
  methodsHorizon: (months, shortTerm) =>
    `Tijdshorizon (punt 9): ${periodNl(months)}; de korte termijn is de eerste ${periodNl(shortTerm)}. Kosten vallen in hele maanden.`,
  methodsDiscount: (rate, source) =>
    `Discontovoet (punt 10): kosten ${rate} per jaar (${source}), per maand toegepast.`,
  methodsDiscountCustom: (rate) =>
    `Discontovoet (punt 10): kosten ${rate} per jaar, door de gebruiker gekozen, per maand toegepast.`,
  methodsCurrency: (currency, year) => `Valuta en prijspeil (punt 15): ${currency}, in prijzen van ${year}.`,
  methodsPriceList: (list, version) =>
    `Eenheidsprijzen komen uit de prijslijst ${list} (versie ${version}), geïndexeerd naar het prijsjaar met de consumentenprijsindex van het CBS.`,
  methodsUncertainty: (iterations, seed) =>
    `Onzekerheid (punt 20): Monte-Carlosimulatie van ${iterations} mogelijke toekomsten van het gezin (seed ${seed}).`,
  methodsDistributions: (list) => `Onzekere invoer wordt getrokken uit verdelingen: ${list}.`,
  methodsDistributionName: (code) => DIST_NL[code] ?? code,
  methodsNoDistributions:
    'Geen invoer heeft een verdeling; de toekomsten verschillen alleen in welke stappen en risico’s gebeuren.',
  methodsFormulas: (count) => `Invoer als formule over benoemde parameters: ${count}.`,
  methodsSharedDraws:
    'Elke parameter wordt één keer per gesimuleerde toekomst getrokken en geldt voor beide paden (gemeenschappelijke toevalsgetallen).',
  methodsResults:
    'Resultaten zijn gemiddelden met 90%-intervallen (5e tot 95e percentiel) en het deel van de toekomsten waarin de pilot goedkoper is, gedisconteerd (omgerekend naar wat het nu waard is) en niet gedisconteerd, in totaal en per betaler.',
  methodsMcse: (mcse) => `Monte-Carlostandaardfout van het gemiddelde verschil over de horizon: ${mcse}.`,
  methodsNotRun: 'Dit zijn de instellingen van het scenario; het is er nog niet mee doorgerekend.',
  methodsGenerator: (generator, engine, app) =>
    `Reproduceerbaarheid: toevalsgenerator ${generator}; rekenkernversie ${engine}; PathCost ${app}.`,
  methodsNotCovered:
    'Niet in het model: gezondheidseffecten en QALY’s (punten 11 tot en met 13), verschillen tussen groepen gezinnen (punt 18), verdelingseffecten (punt 19), en onzekerheid over de opbouw van de paden zelf (alleen de getallen erin variëren).',
};

/** The exchange messages of a language (for code outside components, such as the methods text). */
export function exchangeMessages(locale: Locale): Widen<typeof exchangeEn> {
  return locale === 'nl' ? exchangeNl : exchangeEn;
}
