import type { Widen } from './catalogue-part';

/** Messages of the storage feature (autosave, the scenario library, saved runs), in English (the reference). */
export const storageEn = {
  // Status line in the header
  storageStatusLabel: 'Saving',
  storageSaved: 'Saved in this browser',
  storageSaving: 'Saving…',
  storagePending: 'Changes not saved yet',
  storageStarting: 'Opening local storage…',
  storageNotSaved: 'Not saved',
  storageSessionOnly: 'Not saved: this browser does not allow local storage here. Export to keep your work.',
  storageClosedStatus: 'Saving stopped: reload this page',
  storagePersisted: 'The browser keeps this data',
  storageMayBeCleared: 'The browser may clear this data: export now and then',

  // Banner while saving fails
  storageFailedQuota: 'Not saved: storage full. Your work is still here. Export now to keep a copy.',
  storageFailedCleared: 'Not saved: the browser removed the local data. Your work is still here. Export now.',
  storageFailedClosed:
    'Not saved: the connection to local storage was lost. Your work is still here. Export now.',
  storageFailedInvalid: 'Not saved: this scenario has a value that cannot be stored. Fix it, or export now.',
  storageFailedOther: 'Not saved: local storage gave an error. Your work is still here. Export now.',
  storageRetrying: (attempt: number) => `Tried ${attempt} times. PathCost tries again by itself.`,
  storageRetry: 'Try again',
  storageExportNow: 'Export now',

  // Notices
  storageNoticesLabel: 'Messages about saving',
  storageCleared: 'Local data was cleared by the browser. Import a backup to get your scenarios back.',
  storageRewritten:
    'The site data was cleared while PathCost was open. The open scenario has been saved again. Other stored scenarios may be gone.',
  storageSavedAsCopy: (name: string) =>
    `Another tab changed this scenario at the same time. Your version was saved as a copy of “${name}”. The other version is kept too.`,
  storageKeptBoth: (name: string) =>
    `A scenario with this code (id) was already stored. It was kept. The one you opened was saved as a new scenario: “${name}”.`,
  storageReadFailed:
    'Your stored copy of this example could not be read. The example opened as a new scenario. Your copy is not replaced.',
  storageRunNotSaved:
    'A completed run could not be saved: storage is full. Its results are still on screen. The scenario itself is saved.',
  storageReloadNeeded: 'PathCost was updated in another tab. Your work is saved. Reload this page to go on.',
  storageNewerDatabase: 'The saved data was made by a newer version of PathCost. Reload this page to use it.',
  storageReloadLoop:
    'After a reload this page is still older than the saved data. Close all PathCost tabs and open PathCost again. Your data is kept.',
  storageBlocked: 'Close the other PathCost tabs: an older one keeps the local data from being updated.',
  storageQuarantined: (count: number) =>
    count === 1
      ? '1 stored record could not be read. It was set aside. The rest did load.'
      : `${count} stored records could not be read. They were set aside. The rest did load.`,
  storageReload: 'Reload',
  storageImport: 'Import a backup',
  storageDismiss: 'Close message',

  // Scenario library
  libraryTab: 'Scenarios',
  libraryHeading: 'Scenarios in this browser',
  libraryNewEmpty: 'New empty scenario',
  libraryNewFromExample: 'New from example',
  libraryExampleLabel: 'Example to start from',
  libraryNewName: 'New scenario',
  libraryCopyName: (name: string) => `${name} (copy)`,
  libraryColumnName: 'Name',
  libraryColumnChanged: 'Last change',
  libraryColumnStatus: 'Checks',
  libraryColumnActions: 'Actions',
  libraryValid: 'valid',
  libraryProblems: (count: number) => (count === 1 ? '1 problem' : `${count} problems`),
  libraryIsOpen: 'open now',
  libraryOpen: 'Open',
  libraryOpenNamed: (name: string) => `Open ${name}`,
  libraryDuplicate: 'Duplicate',
  libraryDuplicateNamed: (name: string) => `Duplicate ${name}`,
  libraryRename: 'Rename',
  libraryRenameNamed: (name: string) => `Rename ${name}`,
  libraryRenameLabel: (name: string) => `New name for ${name}`,
  librarySaveName: 'Save name',
  libraryCancel: 'Cancel',
  libraryDelete: 'Delete',
  libraryDeleteNamed: (name: string) => `Delete ${name}`,
  libraryCannotDeleteOpen: 'The open scenario cannot be deleted. Open another scenario first.',
  libraryDeleted: (name: string) => `“${name}” was deleted.`,
  libraryUndo: 'Undo',
  libraryEmpty: 'No scenarios stored yet.',
  libraryRevisions: 'Earlier versions',
  libraryRevisionsNamed: (name: string) => `Earlier versions of ${name}`,
  libraryRevisionsEmpty: 'No earlier versions kept.',
  libraryRevisionsNote:
    'Restoring makes that version the newest one. The version it replaces stays in this list. Undo does not go back past a restored version.',
  libraryRevisionLine: (rev: number, when: string) => `Version ${rev}, ${when}`,
  libraryRestore: 'Restore',
  libraryRestoreNamed: (rev: number, when: string) => `Restore version ${rev}, ${when}`,
  libraryRestored: (rev: number) => `Version ${rev} restored.`,
  libraryUnavailable: 'Scenarios cannot be stored in this browser (a private window, or storage is blocked).',

  // Saved runs
  libraryRunsHeading: 'Saved runs',
  libraryRunsIntro: 'Every completed run is kept here with its seed and settings. Pick two to compare them.',
  libraryRunsEmpty: 'No runs saved yet.',
  libraryRunColumnWhen: 'When',
  libraryRunColumnScenario: 'Scenario',
  libraryRunColumnSeed: 'Seed',
  libraryRunColumnFutures: 'Futures',
  libraryRunColumnSaving: 'Average saving',
  libraryRunShow: 'Show',
  libraryRunShowNamed: (name: string, when: string) => `Show the run of ${name}, ${when}`,
  libraryRunPick: (name: string, when: string) => `Compare the run of ${name}, ${when}`,
  libraryRunShownHeading: (name: string, when: string) => `Run of ${name}, ${when}`,
  libraryRunClose: 'Close run',
  libraryCompareHeading: 'Two runs side by side',
  libraryComparePickTwo: 'Pick two runs to compare them.',
  libraryCompareWhat: 'What',
  libraryCompareBefore: (when: string) => `Before (${when})`,
  libraryCompareAfter: (when: string) => `After (${when})`,
  libraryCompareChange: 'Change',
  libraryCompareChanged: 'changed',
  libraryCompareSame: 'same',
  libraryCmpSeed: 'Seed',
  libraryCmpIterations: 'Simulated futures',
  libraryCmpHorizon: 'Horizon (months)',
  libraryCmpShortTerm: 'Short term (months)',
  libraryCmpDiscount: 'Discount rate',
  libraryCmpPriceYear: 'Price year',
  libraryCmpEngine: 'Engine version',
  libraryCmpScenario: 'Scenario fingerprint',
  libraryCmpPilot: 'Average cost, pilot path',
  libraryCmpReference: 'Average cost, reference path',
  libraryCmpSaving: 'Average saving per family',
  libraryCmpCheaper: 'Pilot cheaper at the horizon',
} as const;

/** The same messages in Dutch. */
export const storageNl: Widen<typeof storageEn> = {
  storageStatusLabel: 'Opslaan',
  storageSaved: 'Opgeslagen in deze browser',
  storageSaving: 'Bezig met opslaan…',
  storagePending: 'Wijzigingen nog niet opgeslagen',
  storageStarting: 'Lokale opslag openen…',
  storageNotSaved: 'Niet opgeslagen',
  storageSessionOnly:
    'Niet opgeslagen: deze browser staat hier geen lokale opslag toe. Exporteer om uw werk te bewaren.',
  storageClosedStatus: 'Opslaan gestopt: laad deze pagina opnieuw',
  storagePersisted: 'De browser bewaart deze gegevens',
  storageMayBeCleared: 'De browser kan deze gegevens wissen: exporteer af en toe',

  storageFailedQuota:
    'Niet opgeslagen: de opslag is vol. Uw werk staat er nog. Exporteer nu om een kopie te bewaren.',
  storageFailedCleared:
    'Niet opgeslagen: de browser heeft de lokale gegevens verwijderd. Uw werk staat er nog. Exporteer nu.',
  storageFailedClosed:
    'Niet opgeslagen: de verbinding met de lokale opslag is verbroken. Uw werk staat er nog. Exporteer nu.',
  storageFailedInvalid:
    'Niet opgeslagen: dit scenario heeft een waarde die niet kan worden bewaard. Pas die aan, of exporteer nu.',
  storageFailedOther: 'Niet opgeslagen: de lokale opslag gaf een fout. Uw werk staat er nog. Exporteer nu.',
  storageRetrying: (attempt: number) => `${attempt} keer geprobeerd. PathCost probeert het vanzelf opnieuw.`,
  storageRetry: 'Opnieuw proberen',
  storageExportNow: 'Nu exporteren',

  storageNoticesLabel: 'Meldingen over opslaan',
  storageCleared:
    'De browser heeft de lokale gegevens gewist. Importeer een back-up om uw scenario’s terug te krijgen.',
  storageRewritten:
    'De gegevens van deze site zijn gewist terwijl PathCost open was. Het open scenario is opnieuw opgeslagen. Andere opgeslagen scenario’s zijn misschien weg.',
  storageSavedAsCopy: (name: string) =>
    `Een ander tabblad wijzigde dit scenario tegelijk. Uw versie is opgeslagen als kopie van “${name}”. De andere versie blijft ook bewaard.`,
  storageKeptBoth: (name: string) =>
    `Er was al een scenario met deze code (id) opgeslagen. Dat blijft bewaard. Het geopende scenario is opgeslagen als nieuw scenario: “${name}”.`,
  storageReadFailed:
    'Uw opgeslagen kopie van dit voorbeeld kon niet worden gelezen. Het voorbeeld is geopend als nieuw scenario. Uw kopie wordt niet vervangen.',
  storageRunNotSaved:
    'Een afgeronde berekening kon niet worden bewaard: de opslag is vol. De uitkomsten staan nog op het scherm. Het scenario zelf is wel opgeslagen.',
  storageReloadNeeded:
    'PathCost is in een ander tabblad bijgewerkt. Uw werk is opgeslagen. Laad deze pagina opnieuw om verder te gaan.',
  storageNewerDatabase:
    'De opgeslagen gegevens zijn gemaakt met een nieuwere versie van PathCost. Laad deze pagina opnieuw om ze te gebruiken.',
  storageReloadLoop:
    'Ook na opnieuw laden is deze pagina ouder dan de opgeslagen gegevens. Sluit alle tabbladen met PathCost en open PathCost opnieuw. Uw gegevens blijven bewaard.',
  storageBlocked:
    'Sluit de andere tabbladen met PathCost: een ouder tabblad houdt het bijwerken van de lokale gegevens tegen.',
  storageQuarantined: (count: number) =>
    count === 1
      ? '1 opgeslagen item kon niet worden gelezen. Het is apart gezet. De rest is wel geladen.'
      : `${count} opgeslagen items konden niet worden gelezen. Ze zijn apart gezet. De rest is wel geladen.`,
  storageReload: 'Opnieuw laden',
  storageImport: 'Een back-up importeren',
  storageDismiss: 'Melding sluiten',

  libraryTab: 'Scenario’s',
  libraryHeading: 'Scenario’s in deze browser',
  libraryNewEmpty: 'Nieuw leeg scenario',
  libraryNewFromExample: 'Nieuw vanuit voorbeeld',
  libraryExampleLabel: 'Voorbeeld om mee te beginnen',
  libraryNewName: 'Nieuw scenario',
  libraryCopyName: (name: string) => `${name} (kopie)`,
  libraryColumnName: 'Naam',
  libraryColumnChanged: 'Laatst gewijzigd',
  libraryColumnStatus: 'Controle',
  libraryColumnActions: 'Acties',
  libraryValid: 'in orde',
  libraryProblems: (count: number) => (count === 1 ? '1 probleem' : `${count} problemen`),
  libraryIsOpen: 'nu open',
  libraryOpen: 'Openen',
  libraryOpenNamed: (name: string) => `${name} openen`,
  libraryDuplicate: 'Kopiëren',
  libraryDuplicateNamed: (name: string) => `${name} kopiëren`,
  libraryRename: 'Naam wijzigen',
  libraryRenameNamed: (name: string) => `Naam wijzigen van ${name}`,
  libraryRenameLabel: (name: string) => `Nieuwe naam voor ${name}`,
  librarySaveName: 'Naam opslaan',
  libraryCancel: 'Annuleren',
  libraryDelete: 'Verwijderen',
  libraryDeleteNamed: (name: string) => `${name} verwijderen`,
  libraryCannotDeleteOpen: 'Het open scenario kan niet worden verwijderd. Open eerst een ander scenario.',
  libraryDeleted: (name: string) => `“${name}” is verwijderd.`,
  libraryUndo: 'Ongedaan maken',
  libraryEmpty: 'Nog geen scenario’s opgeslagen.',
  libraryRevisions: 'Eerdere versies',
  libraryRevisionsNamed: (name: string) => `Eerdere versies van ${name}`,
  libraryRevisionsEmpty: 'Geen eerdere versies bewaard.',
  libraryRevisionsNote:
    'Terugzetten maakt van die versie de nieuwste. De versie die u vervangt, blijft in deze lijst. Met Ongedaan maken gaat u niet verder terug dan een teruggezette versie.',
  libraryRevisionLine: (rev: number, when: string) => `Versie ${rev}, ${when}`,
  libraryRestore: 'Terugzetten',
  libraryRestoreNamed: (rev: number, when: string) => `Versie ${rev} terugzetten, ${when}`,
  libraryRestored: (rev: number) => `Versie ${rev} is teruggezet.`,
  libraryUnavailable:
    'In deze browser kunnen geen scenario’s worden opgeslagen (een privévenster, of opslag is geblokkeerd).',

  libraryRunsHeading: 'Opgeslagen berekeningen',
  libraryRunsIntro:
    'Elke afgeronde berekening wordt hier bewaard, met het startgetal (seed) en de instellingen. Kies er twee om ze te vergelijken.',
  libraryRunsEmpty: 'Nog geen berekeningen opgeslagen.',
  libraryRunColumnWhen: 'Wanneer',
  libraryRunColumnScenario: 'Scenario',
  libraryRunColumnSeed: 'Startgetal (seed)',
  libraryRunColumnFutures: 'Toekomsten',
  libraryRunColumnSaving: 'Gemiddelde besparing',
  libraryRunShow: 'Tonen',
  libraryRunShowNamed: (name: string, when: string) => `De berekening van ${name} tonen, ${when}`,
  libraryRunPick: (name: string, when: string) => `De berekening van ${name} vergelijken, ${when}`,
  libraryRunShownHeading: (name: string, when: string) => `Berekening van ${name}, ${when}`,
  libraryRunClose: 'Berekening sluiten',
  libraryCompareHeading: 'Twee berekeningen naast elkaar',
  libraryComparePickTwo: 'Kies twee berekeningen om ze te vergelijken.',
  libraryCompareWhat: 'Wat',
  libraryCompareBefore: (when: string) => `Voor (${when})`,
  libraryCompareAfter: (when: string) => `Na (${when})`,
  libraryCompareChange: 'Verschil',
  libraryCompareChanged: 'gewijzigd',
  libraryCompareSame: 'gelijk',
  libraryCmpSeed: 'Seed (startgetal)',
  libraryCmpIterations: 'Gesimuleerde toekomsten',
  libraryCmpHorizon: 'Horizon (maanden)',
  libraryCmpShortTerm: 'Korte termijn (maanden)',
  libraryCmpDiscount: 'Discontovoet',
  libraryCmpPriceYear: 'Prijsjaar',
  libraryCmpEngine: 'Versie van de rekenkern',
  libraryCmpScenario: 'Vingerafdruk van het scenario',
  libraryCmpPilot: 'Gemiddelde kosten, pilotpad',
  libraryCmpReference: 'Gemiddelde kosten, referentiepad',
  libraryCmpSaving: 'Gemiddelde besparing per gezin',
  libraryCmpCheaper: 'Pilot goedkoper aan het eind van de horizon',
};
