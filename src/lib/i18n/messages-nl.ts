import type { OutOfTen } from '../report/out-of-ten';
import { capitalise } from './capitalise';
import type { Messages } from './messages-en';
import { chartsNl } from './parts/charts';
import { editorNl } from './parts/editor';
import { exchangeNl } from './parts/exchange';
import { quantityNl } from './parts/quantity';
import { storageNl } from './parts/storage';
import { timelineNl } from './parts/timeline';
import { fundingNl } from './parts/funding';
import { sensitivityNl } from './parts/sensitivity';
import { presentNl } from './parts/present';
import { sessionNl } from './parts/session';
import { glossaryNl } from './parts/glossary';

function futures(x: OutOfTen): string {
  if (x.kind === 'fewerThanOne') return 'in minder dan 1 van de 10 gesimuleerde toekomsten';
  if (x.kind === 'moreThanNine') return 'in meer dan 9 van de 10 gesimuleerde toekomsten';
  return `in ${x.count} van de 10 gesimuleerde toekomsten`;
}

function period(months: number): string {
  if (months % 12 === 0) return months === 12 ? '1 jaar' : `${months / 12} jaar`;
  return months === 1 ? '1 maand' : `${months} maanden`;
}

/** De Nederlandse catalogus: dezelfde sleutels en parameters als de Engelse (de typecheck bewaakt dat). */
export const nl: Messages = {
  appName: 'PathCost',
  appTagline: 'Wat de zorg voor een gezin kost, met en zonder de pilot',
  languageLabel: 'Taal',
  languageName: 'Nederlands',
  loadingExample: 'De voorbeeldcasus wordt geladen…',
  loadFailed: (detail) => `De voorbeeldcasus kon niet worden geladen: ${detail}`,
  skipToResults: 'Naar de hoofdinhoud',
  aboutCase: 'Over deze casus: wat uit het rapport komt en wat we aannemen',

  runHeading: 'Simulatie',
  runButton: 'Doorrekenen',
  runAgainButton: 'Opnieuw doorrekenen',
  cancelButton: 'Annuleren',
  runIntro: (iterations) =>
    `Kies Doorrekenen. PathCost speelt dan ${iterations} mogelijke toekomsten van dit gezin na, op beide paden.`,
  progressLabel: 'Voortgang van de simulatie',
  progressText: (percent) => `Bezig met rekenen… ${percent}`,
  runCancelled: 'De berekening is gestopt. Het scenario is niet veranderd.',
  runFailed: (detail) =>
    `De simulatie is mislukt: ${detail}. Het scenario is niet veranderd. U kunt opnieuw doorrekenen.`,
  runStalled: (seconds) =>
    `De simulatie liep vast: ${seconds} seconden lang ging hij niet verder. Daarom is hij gestopt. Het scenario is niet veranderd. Kies minder gesimuleerde toekomsten, of reken opnieuw door.`,
  resultsReady: 'De resultaten zijn klaar.',
  resultsStale:
    'Deze uitkomsten horen nog bij de oude instellingen. Reken opnieuw door voor nieuwe uitkomsten.',

  resultsHeading: 'Wat de simulatie laat zien',
  noResultsYet: 'Nog geen resultaten.',
  expectedCostPilot: 'Gemiddelde kosten per gezin, pilotpad',
  expectedCostReference: 'Gemiddelde kosten per gezin, referentiepad',
  expectedSaving: 'Gemiddeld verschil (referentiepad min pilotpad)',
  interval90: (low, high) => `9 van de 10 gesimuleerde toekomsten: ${low} tot ${high}`,
  savingSentence: (amount, months) =>
    `Over ${period(months)} bespaart de pilot gemiddeld ${amount} per gezin.`,
  extraCostSentence: (amount, months) =>
    `Over ${period(months)} kost de pilot gemiddeld ${amount} meer per gezin.`,
  cheaperSentence: (x, months) => `${capitalise(futures(x))} is de pilot na ${period(months)} goedkoper.`,
  cheaperShortTermTitle: (months) => `Pilot goedkoper na ${period(months)} (korte termijn)`,
  cheaperHorizonTitle: (months) => `Pilot goedkoper na ${period(months)} (horizon)`,
  outOfTen: (x) =>
    x.kind === 'fewerThanOne' ? '< 1 van 10' : x.kind === 'moreThanNine' ? '> 9 van 10' : `${x.count} van 10`,
  breakEvenTitle: 'Terugverdienmoment',
  breakEvenMonth: (median) => `vanaf maand ${median}`,
  breakEvenInterval: (low, high) =>
    high === null
      ? `9 van de 10 gesimuleerde toekomsten: vanaf maand ${low} tot na de horizon`
      : `9 van de 10 gesimuleerde toekomsten: vanaf maand ${low} tot maand ${high}`,
  breakEvenNever: (months) => `niet binnen de horizon (${period(months)})`,
  breakEvenExplain:
    'De eerste maand waarin de pilot bij elkaar opgeteld niet meer kost dan het referentiepad. Dat blijft zo tot de horizon: het einde van de periode die we doorrekenen.',
  breakEvenShare: (x) => `De pilot verdient zich terug ${futures(x)}.`,
  mcseSentence: (amount) =>
    `Rekenonzekerheid van het gemiddelde verschil (Monte-Carlo-standaardfout): ${amount}. Meer gesimuleerde toekomsten maken die kleiner.`,
  basisSentence: (rate, year) =>
    `Bedragen in euro’s van ${year}. Latere kosten zijn gedisconteerd met ${rate} per jaar: omgerekend naar wat ze nu waard zijn.`,
  undiscountedSentence: (pilot, reference, saving) =>
    `Zonder omrekening naar nu (niet gedisconteerd): pilot ${pilot}, referentie ${reference}, verschil ${saving}.`,
  reproduceHeading: 'Om deze berekening te herhalen',
  seedLabel: 'Startgetal (seed)',
  iterationsLabel: 'Gesimuleerde toekomsten (iteraties)',
  engineLabel: 'Rekenkern',
  scenarioHashLabel: 'Vingerafdruk van het scenario (SHA-256)',

  examplesLabel: 'Voorbeeldcasus',
  openExample: 'Openen',
  provenanceHeading: 'Waar de getallen vandaan komen',
  provenanceIntro:
    'Hier staat elk getal dat we gebruiken, met de bron en het jaar. Aannames zijn gemarkeerd. Het rapport over de casussen noemt bijna geen bedragen. Daarom zijn de meeste getallen onderbouwde schattingen.',
  provenanceName: 'Getal',
  provenanceValue: 'Waarde',
  provenanceSource: 'Bron en jaar',
  provenanceStatus: 'Status',
  statusVerified: 'gecontroleerd',
  statusSecondary: 'bron uit tweede hand',
  statusAssumption: 'aanname',
  statusSourced: 'met bron',
  statusUnsourced: 'geen bron vermeld',
  meanOf: (mean) => `gemiddeld ${mean}`,
  fromPriceList: (item, list) => `post ${item} uit prijslijst ${list}`,
  noSource: '—',
  priceListUsed: (id, version) => `Dit scenario gebruikt prijslijst ${id}, versie ${version}.`,
  ratePerYear: (rate) => `${rate} per jaar`,
  indexedFrom: (from, to) =>
    `prijs van ${from}, omgerekend naar prijzen van ${to} met de consumentenprijsindex van het CBS`,
  unitName: (unit) =>
    (
      ({
        hour: 'uur',
        day: 'dag',
        week: 'week',
        month: 'maand',
        year: 'jaar',
        contact: 'contact',
        case: 'casus',
        investigation: 'onderzoek',
      }) as Record<string, string>
    )[unit] ?? unit,

  settingsHeading: 'Instellingen',
  iterationsField: 'Aantal gesimuleerde toekomsten (iteraties)',
  iterationsHelp: 'Meer toekomsten maken de uitkomst nauwkeuriger, maar het rekenen duurt langer.',
  seedField: 'Startgetal (seed)',
  seedHelp: 'Hetzelfde startgetal en dezelfde instellingen geven altijd dezelfde uitkomsten.',
  newSeedButton: 'Nieuw startgetal',
  horizonField: 'Horizon: zo ver rekenen we vooruit (maanden)',
  shortTermField: 'Korte termijn (maanden)',
  discountField: 'Discontovoet (latere kosten omrekenen naar nu)',
  discountCustom: 'Eigen waarde',
  customRateField: 'Eigen discontovoet (% per jaar)',
  discountSource: (source) => `Bron: ${source}`,
  fieldWholeNumber: (min, max) => `Vul een geheel getal in van ${min} tot en met ${max}.`,
  fieldNumber: (min, max) => `Vul een getal in van ${min} tot en met ${max}.`,
  shortTermTooLong: 'De korte termijn kan niet langer zijn dan de horizon.',
  settingsRefused: (detail) => `Deze wijziging is niet doorgevoerd: ${detail}`,

  viewsLabel: 'Weergaven',
  tabPaths: 'Trajecten',
  tabResults: 'Uitkomsten',
  tabSources: 'Bronnen',
  undoButton: 'Ongedaan maken',
  redoButton: 'Opnieuw',
  undoWhat: (what) => `Ongedaan maken: ${what} (Ctrl+Z)`,
  redoWhat: (what) => `Opnieuw doen: ${what} (Ctrl+Shift+Z)`,
  nothingToUndo: 'Er is niets om ongedaan te maken',
  nothingToRedo: 'Er is niets om opnieuw te doen',
  undone: (what) => `Ongedaan gemaakt: ${what}`,
  redone: (what) => `Opnieuw gedaan: ${what}`,
  runBlocked: (count) =>
    count === 1
      ? 'Het scenario heeft 1 probleem. Daarom kan het niet rekenen. Los het op bij Trajecten: de lijst bovenaan brengt u erheen.'
      : `Het scenario heeft ${count} problemen. Daarom kan het niet rekenen. Los ze op bij Trajecten: de lijst bovenaan brengt u naar elk probleem.`,
  liveResults: 'Uitkomsten direct bijwerken: opnieuw rekenen na elke wijziging',

  ...editorNl,
  ...quantityNl,
  ...timelineNl,
  ...chartsNl,
  ...storageNl,
  ...exchangeNl,
  ...fundingNl,
  ...sensitivityNl,
  ...presentNl,
  ...sessionNl,
  ...glossaryNl,
};
