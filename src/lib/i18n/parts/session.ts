import type { Widen } from './catalogue-part';

/** "within 5 years", "within 18 months": the horizon of a question, in years when whole. */
function withinEn(months: number): string {
  if (months % 12 === 0) return months === 12 ? 'within 1 year' : `within ${months / 12} years`;
  return months === 1 ? 'within 1 month' : `within ${months} months`;
}
function withinNl(months: number): string {
  if (months % 12 === 0) return `binnen ${months / 12} jaar`;
  return months === 1 ? 'binnen 1 maand' : `binnen ${months} maanden`;
}

/**
 * Messages of the group session flow (participants, both paths, estimates, parking lot), in
 * English (the reference). Family members read these on the projector: short sentences, plain
 * words (Dutch at B1 level).
 */
export const sessionEn = {
  sessionTab: 'Session',
  sessionHeading: 'Group session',
  sessionOpenQuestions: (count: number) =>
    count === 0 ? 'no open questions' : count === 1 ? '1 open question' : `${count} open questions`,
  sessionIntro:
    'We rebuild the case together, step by step. First what happened in the pilot, then what regular care would have done. Where we do not agree about a risk, everyone first answers on their own. The app shows the answers side by side and combines them.',
  sessionNoScenario: 'There is no scenario open.',
  sessionStepsLabel: 'Steps of the session',
  sessionStepName1: 'Who takes part',
  sessionStepName2: 'With the pilot',
  sessionStepName3: 'Without the pilot: regular care',
  sessionStepName4: 'Risks we do not agree on',
  sessionStepName5: 'Parking lot',
  sessionStepOf: (step: number, total: number, name: string) => `Step ${step} of ${total}: ${name}`,
  sessionPrevious: 'Previous step',
  sessionNext: 'Next step',

  sessionParticipantsIntro: 'Who is taking part? A first name is enough.',
  sessionPrivacy:
    'Names stay on this computer: in this browser, and in files you export yourself. Nothing is sent anywhere.',
  sessionParticipantName: 'Name',
  sessionParticipantRole: 'Role',
  sessionRoleNone: 'Not given',
  sessionRoleParent: 'Parent',
  sessionRoleProfessional: 'Professional',
  sessionRoleOther: 'Other',
  sessionAddParticipant: 'Add',
  sessionNoParticipants: 'Nobody added yet.',
  sessionParticipantsCaption: 'Participants',
  sessionColName: 'Name',
  sessionColRole: 'Role',
  sessionColAnswers: 'Answers',
  sessionRemove: 'Remove',
  sessionRemoveParticipant: (name: string) => `Remove ${name}`,
  sessionNameMissing: 'Type a name first.',
  sessionEditAddParticipant: 'Add participant',
  sessionEditRemoveParticipant: 'Remove participant',
  sessionAddedParticipant: (name: string) => `${name} added.`,
  sessionRemovedParticipant: (name: string, answers: number) =>
    answers === 0
      ? `${name} removed. Undo with Ctrl+Z.`
      : answers === 1
        ? `${name} removed, with 1 answer. Undo with Ctrl+Z.`
        : `${name} removed, with ${answers} answers. Undo with Ctrl+Z.`,

  sessionPilotIntro:
    'What happened in the pilot, with a lane for each family member. Bars are steps of care; diamonds are risks.',
  sessionReferenceIntro:
    'What regular care would have done, and what would likely have followed. Bars are steps of care; diamonds are risks, with their chance.',
  sessionTimelineHelp:
    'Tab to the timeline. The arrow keys move between steps and risks; Enter opens one in the Paths tab.',
  sessionPathEmpty: 'This path has no steps or risks yet. Add them in the Paths tab.',
  sessionEditInPaths: 'Change this path in the Paths tab',
  sessionReadOnly: 'Here you only look at the path. Change it in the Paths tab.',

  sessionRisksIntro:
    'Where we do not agree about a risk, everyone answers on their own first: “Of 100 families like this one, how many …?” Give one number, or a low, most likely and high number. Then we look at the answers together.',
  sessionChooseTarget: 'Which risk?',
  sessionTargetGroupReference: 'Without the pilot (regular care)',
  sessionTargetGroupPilot: 'With the pilot',
  sessionTargetGroupPilotNamed: (name: string) => `With the pilot (${name})`,
  sessionTargetGroupParameter: 'Other chances',
  sessionOwnQuestion: 'The question in your own words (you may leave this empty)',
  sessionAsk: 'Ask the group',
  sessionNoTargets: 'There are no risks to ask about yet. Add a risk to a path in the Paths tab.',
  sessionNoEstimates: 'No questions asked yet.',
  sessionEditAsk: 'Ask the group about a risk',
  sessionAsked: (label: string) => `Question added: ${label}.`,
  sessionQuestionReference: (label: string, months: number) =>
    `Of 100 families like this one, in how many would “${label}” happen without the pilot (with regular care), ${withinEn(months)}?`,
  sessionQuestionPilot: (label: string, months: number) =>
    `Of 100 families like this one, in how many would “${label}” happen with the pilot, ${withinEn(months)}?`,
  sessionQuestionPilotNamed: (label: string, pilot: string, months: number) =>
    `Of 100 families like this one, in how many would “${label}” happen with the pilot (${pilot}), ${withinEn(months)}?`,
  sessionQuestionAny: (label: string, months: number) =>
    `Of 100 families like this one, in how many would “${label}” happen, ${withinEn(months)}?`,
  sessionTargetGone: 'This risk is no longer in the scenario. The answers are kept.',
  sessionNowInModel: (value: string) => `Now in the model: ${value}.`,
  sessionValueOf100: (count: string) => `${count} of 100 families`,
  sessionValueAbout: (count: string) => `about ${count} of 100 families`,
  sessionValueFormula: (formula: string) => `a rule (${formula})`,
  sessionValueUnclear: 'not clear yet (see the Paths tab)',
  sessionSource: (source: string) => `Source: ${source}`,

  sessionWho: 'Who answers?',
  sessionNeedParticipants: 'Add the people taking part first (step 1).',
  sessionAnswerAs: 'Answer as',
  sessionKindCount: 'One number',
  sessionKindRange: 'Low, most likely, high',
  sessionCountLabel: 'Number of families (of 100)',
  sessionLowLabel: 'Low (of 100)',
  sessionLikelyLabel: 'Most likely (of 100)',
  sessionHighLabel: 'High (of 100)',
  sessionNoteLabel: 'Why? (you may leave this empty)',
  sessionSaveAnswer: 'Save answer',
  sessionEditAnswer: 'Enter an answer',
  sessionSavedAnswer: (name: string) => `Answer of ${name} saved.`,
  sessionAnswerUnchanged: (name: string) => `The answer of ${name} has not changed.`,
  sessionProblemMissing: 'Fill this in.',
  sessionProblemNotANumber: 'Type a number, like 30 or 12.5.',
  sessionProblemRange: 'Type a number from 0 to 100.',
  sessionProblemLowHigh: 'Low must not be above high.',
  sessionProblemLikely: 'Most likely must lie between low and high.',

  sessionAnswersCaption: (label: string) => `Answers about ${label}`,
  sessionColWho: 'Who',
  sessionColAnswer: 'Answer (of 100 families)',
  sessionColWhy: 'Why',
  sessionAnswerRange: (low: string, likely: string, high: string) =>
    `${low} to ${high}, most likely ${likely}`,
  sessionRemoveAnswer: (name: string) => `Remove the answer of ${name}`,
  sessionEditRemoveAnswer: 'Remove an answer',
  sessionRemovedAnswer: (name: string) => `Answer of ${name} removed. Undo with Ctrl+Z.`,
  sessionNoAnswers: 'No answers yet.',
  sessionChartTitle: 'The answers side by side',
  sessionChartReading: (answers: number, low: string, high: string) =>
    answers === 1
      ? `1 answer: ${low} to ${high} of 100 families.`
      : `${answers} answers, together from ${low} to ${high} of 100 families.`,
  sessionChartReadingSame: (answers: number, value: string) =>
    `${answers} answers, all ${value} of 100 families.`,
  sessionChartAxis: 'families out of 100',
  sessionTogether: 'Together',

  sessionPooledSentence: (mean: string, low: string, high: string) =>
    `Together: about ${mean} of 100 families. There is a 9 in 10 chance that it is between ${low} and ${high}.`,
  sessionPooledSame: (value: string) => `Together: ${value} of 100 families (everyone said the same).`,
  sessionPooledOne: (value: string) => `So far one answer: ${value} of 100 families.`,
  sessionNoSpread: (value: string) =>
    `This is one number, without a margin. If you use it, the model counts exactly ${value} of 100 for every family, and the uncertainty is gone. Better ask everyone for a low, most likely and high number.`,
  sessionCamps: (low: string, high: string) =>
    `The answers fall into two groups: ${low} and ${high} of 100 families. The combined number lies in between and does not show this. Talk about it before you use it.`,
  sessionCampRange: (low: string, high: string) => `${low} to ${high}`,
  sessionPooledHow:
    'Every answer counts the same. One number counts as that number; low, most likely and high count as a range around the most likely number.',
  sessionCapped:
    'The answers are very far apart. The model cannot follow them exactly, so it uses the widest spread it can.',
  sessionApply: 'Use this in the model',
  sessionEditApply: 'Use the group’s estimate',
  sessionApplied: (label: string, value: string) =>
    `${label} now uses the group’s estimate: ${value}. Undo with Ctrl+Z.`,
  sessionInUse: 'The model uses this now.',
  sessionConfirmHeading: 'Are you sure?',
  sessionWarnFormula: (formula: string) =>
    `The model now works this chance out with a rule: ${formula}. The group’s estimate takes its place.`,
  sessionWarnSpread: 'The model now has a margin for this chance. With one number, that margin is gone.',
  sessionConfirmApply: 'Use it anyway',
  sessionCancelApply: 'Cancel',
  sessionApplyCancelled: 'Nothing changed.',
  sessionRoomOpen: 'Show to the room',
  sessionRoomHint: 'Press V to show a question large, for the room. Esc closes it again.',
  sessionRoomClose: 'Close',
  sessionRoomRange: (low: string, likely: string, high: string) => `${likely} (${low} to ${high})`,
  sessionRemoveEstimate: (label: string) => `Remove the question about ${label}`,
  sessionEditRemoveEstimate: 'Remove a question',
  sessionRemovedEstimate: 'Question removed. Undo with Ctrl+Z.',

  sessionParkingIntro:
    'Questions we cannot answer now. They stay with the scenario, so we can come back to them.',
  sessionParkingNew: 'New open question',
  sessionParkingAdd: 'Add',
  sessionParkingEmpty: 'No open questions.',
  sessionParkingCaption: 'Open questions',
  sessionParkingResolved: 'Resolved',
  sessionParkingResolvedOf: (text: string) => `Resolved: ${text}`,
  sessionParkingDelete: 'Delete',
  sessionParkingDeleteOf: (text: string) => `Delete: ${text}`,
  sessionEditParkingAdd: 'Add an open question',
  sessionEditParkingResolve: 'Mark a question resolved',
  sessionEditParkingReopen: 'Open a question again',
  sessionEditParkingDelete: 'Delete an open question',
  sessionParkingAdded: 'Question added to the parking lot.',
  sessionParkingDeleted: 'Question deleted. Undo with Ctrl+Z.',
  sessionParkingTextMissing: 'Type the question first.',
};

export const sessionNl: Widen<typeof sessionEn> = {
  sessionTab: 'Sessie',
  sessionHeading: 'Groepssessie',
  sessionOpenQuestions: (count) =>
    count === 0 ? 'geen open vragen' : count === 1 ? '1 open vraag' : `${count} open vragen`,
  sessionIntro:
    'We bouwen de casus samen na, stap voor stap. Eerst wat er in de pilot gebeurde, dan wat de gewone zorg zou hebben gedaan. Zijn we het niet eens over een risico? Dan geeft eerst iedereen zelf een antwoord. De app zet de antwoorden naast elkaar en voegt ze samen.',
  sessionNoScenario: 'Er is geen scenario open.',
  sessionStepsLabel: 'Stappen van de sessie',
  sessionStepName1: 'Wie doen er mee',
  sessionStepName2: 'Met de pilot',
  sessionStepName3: 'Zonder pilot: de gewone zorg',
  sessionStepName4: 'Risico’s waar we het niet over eens zijn',
  sessionStepName5: 'Parkeerplaats',
  sessionStepOf: (step, total, name) => `Stap ${step} van ${total}: ${name}`,
  sessionPrevious: 'Vorige stap',
  sessionNext: 'Volgende stap',

  sessionParticipantsIntro: 'Wie doen er mee? Een voornaam is genoeg.',
  sessionPrivacy:
    'Namen blijven op deze computer: in deze browser, en in bestanden die u zelf exporteert. Er wordt niets verstuurd.',
  sessionParticipantName: 'Naam',
  sessionParticipantRole: 'Rol',
  sessionRoleNone: 'Niet ingevuld',
  sessionRoleParent: 'Ouder',
  sessionRoleProfessional: 'Professional',
  sessionRoleOther: 'Anders',
  sessionAddParticipant: 'Toevoegen',
  sessionNoParticipants: 'Nog niemand toegevoegd.',
  sessionParticipantsCaption: 'Deelnemers',
  sessionColName: 'Naam',
  sessionColRole: 'Rol',
  sessionColAnswers: 'Antwoorden',
  sessionRemove: 'Verwijderen',
  sessionRemoveParticipant: (name) => `${name} verwijderen`,
  sessionNameMissing: 'Typ eerst een naam.',
  sessionEditAddParticipant: 'Deelnemer toevoegen',
  sessionEditRemoveParticipant: 'Deelnemer verwijderen',
  sessionAddedParticipant: (name) => `${name} toegevoegd.`,
  sessionRemovedParticipant: (name, answers) =>
    answers === 0
      ? `${name} verwijderd. Ongedaan maken met Ctrl+Z.`
      : answers === 1
        ? `${name} verwijderd, met 1 antwoord. Ongedaan maken met Ctrl+Z.`
        : `${name} verwijderd, met ${answers} antwoorden. Ongedaan maken met Ctrl+Z.`,

  sessionPilotIntro:
    'Wat er in de pilot gebeurde, met een rij voor elk gezinslid. Balken zijn stappen in de zorg; ruiten zijn risico’s.',
  sessionReferenceIntro:
    'Wat de gewone zorg zou hebben gedaan, en wat er waarschijnlijk op zou zijn gevolgd. Balken zijn stappen in de zorg; ruiten zijn risico’s, met de kans erop.',
  sessionTimelineHelp:
    'Ga met Tab naar de tijdlijn. Met de pijltjes gaat u langs de stappen en risico’s; met Enter opent u er een in het tabblad Trajecten.',
  sessionPathEmpty: 'Dit pad heeft nog geen stappen of risico’s. Voeg ze toe in het tabblad Trajecten.',
  sessionEditInPaths: 'Dit pad aanpassen in het tabblad Trajecten',
  sessionReadOnly: 'Hier kijkt u alleen naar het pad. Pas het aan in het tabblad Trajecten.',

  sessionRisksIntro:
    'Zijn we het niet eens over een risico? Dan geeft eerst iedereen zelf een antwoord: “Bij hoeveel van de 100 gezinnen zoals dit gezin …?” Geef één getal, of een laag, meest waarschijnlijk en hoog getal. Daarna kijken we samen naar de antwoorden.',
  sessionChooseTarget: 'Welk risico?',
  sessionTargetGroupReference: 'Zonder pilot (de gewone zorg)',
  sessionTargetGroupPilot: 'Met de pilot',
  sessionTargetGroupPilotNamed: (name) => `Met de pilot (${name})`,
  sessionTargetGroupParameter: 'Andere kansen',
  sessionOwnQuestion: 'De vraag in uw eigen woorden (mag leeg blijven)',
  sessionAsk: 'Vraag het de groep',
  sessionNoTargets:
    'Er zijn nog geen risico’s om naar te vragen. Voeg een risico toe aan een pad in het tabblad Trajecten.',
  sessionNoEstimates: 'Nog geen vragen gesteld.',
  sessionEditAsk: 'De groep vragen naar een risico',
  sessionAsked: (label) => `Vraag toegevoegd: ${label}.`,
  sessionQuestionReference: (label, months) =>
    `Bij hoeveel van de 100 gezinnen zoals dit zou “${label}” gebeuren, zonder de pilot (met de gewone zorg), ${withinNl(months)}?`,
  sessionQuestionPilot: (label, months) =>
    `Bij hoeveel van de 100 gezinnen zoals dit zou “${label}” gebeuren, met de pilot, ${withinNl(months)}?`,
  sessionQuestionPilotNamed: (label, pilot, months) =>
    `Bij hoeveel van de 100 gezinnen zoals dit zou “${label}” gebeuren, met de pilot (${pilot}), ${withinNl(months)}?`,
  sessionQuestionAny: (label, months) =>
    `Bij hoeveel van de 100 gezinnen zoals dit zou “${label}” gebeuren, ${withinNl(months)}?`,
  sessionTargetGone: 'Dit risico staat niet meer in het scenario. De antwoorden blijven bewaard.',
  sessionNowInModel: (value) => `Nu in het model: ${value}.`,
  sessionValueOf100: (count) => `${count} van de 100 gezinnen`,
  sessionValueAbout: (count) => `ongeveer ${count} van de 100 gezinnen`,
  sessionValueFormula: (formula) => `een rekenregel (${formula})`,
  sessionValueUnclear: 'nog niet duidelijk (zie het tabblad Trajecten)',
  sessionSource: (source) => `Bron: ${source}`,

  sessionWho: 'Wie geeft antwoord?',
  sessionNeedParticipants: 'Voeg eerst de mensen toe die meedoen (stap 1).',
  sessionAnswerAs: 'Antwoord als',
  sessionKindCount: 'Eén getal',
  sessionKindRange: 'Laag, meest waarschijnlijk, hoog',
  sessionCountLabel: 'Aantal gezinnen (van de 100)',
  sessionLowLabel: 'Laag (van de 100)',
  sessionLikelyLabel: 'Meest waarschijnlijk (van de 100)',
  sessionHighLabel: 'Hoog (van de 100)',
  sessionNoteLabel: 'Waarom? (mag leeg blijven)',
  sessionSaveAnswer: 'Antwoord bewaren',
  sessionEditAnswer: 'Een antwoord invullen',
  sessionSavedAnswer: (name) => `Antwoord van ${name} bewaard.`,
  sessionAnswerUnchanged: (name) => `Het antwoord van ${name} is niet veranderd.`,
  sessionProblemMissing: 'Vul dit in.',
  sessionProblemNotANumber: 'Typ een getal, zoals 30 of 12,5.',
  sessionProblemRange: 'Typ een getal van 0 tot en met 100.',
  sessionProblemLowHigh: 'Laag mag niet hoger zijn dan hoog.',
  sessionProblemLikely: 'Meest waarschijnlijk moet tussen laag en hoog liggen.',

  sessionAnswersCaption: (label) => `Antwoorden over ${label}`,
  sessionColWho: 'Wie',
  sessionColAnswer: 'Antwoord (van de 100 gezinnen)',
  sessionColWhy: 'Waarom',
  sessionAnswerRange: (low, likely, high) => `${low} tot ${high}, meest waarschijnlijk ${likely}`,
  sessionRemoveAnswer: (name) => `Antwoord van ${name} verwijderen`,
  sessionEditRemoveAnswer: 'Een antwoord verwijderen',
  sessionRemovedAnswer: (name) => `Antwoord van ${name} verwijderd. Ongedaan maken met Ctrl+Z.`,
  sessionNoAnswers: 'Nog geen antwoorden.',
  sessionChartTitle: 'De antwoorden naast elkaar',
  sessionChartReading: (answers, low, high) =>
    answers === 1
      ? `1 antwoord: ${low} tot ${high} van de 100 gezinnen.`
      : `${answers} antwoorden, samen van ${low} tot ${high} van de 100 gezinnen.`,
  sessionChartReadingSame: (answers, value) =>
    `${answers} antwoorden, allemaal ${value} van de 100 gezinnen.`,
  sessionChartAxis: 'gezinnen van de 100',
  sessionTogether: 'Samen',

  sessionPooledSentence: (mean, low, high) =>
    `Samen: ongeveer ${mean} van de 100 gezinnen. De kans is 9 op 10 dat het tussen ${low} en ${high} ligt.`,
  sessionPooledSame: (value) => `Samen: ${value} van de 100 gezinnen (iedereen zei hetzelfde).`,
  sessionPooledOne: (value) => `Tot nu toe één antwoord: ${value} van de 100 gezinnen.`,
  sessionNoSpread: (value) =>
    `Dit is één getal, zonder marge. Gebruikt u het, dan rekent het model voor elk gezin met precies ${value} van de 100. De onzekerheid is dan weg. Vraag liever iedereen om een laag, meest waarschijnlijk en hoog getal.`,
  sessionCamps: (low, high) =>
    `De antwoorden vallen in twee groepen: ${low} en ${high} van de 100 gezinnen. Het samengevoegde getal ligt daartussen en laat dat niet zien. Praat erover voordat u het gebruikt.`,
  sessionCampRange: (low, high) => `${low} tot ${high}`,
  sessionPooledHow:
    'Elk antwoord telt even zwaar mee. Eén getal telt als dat getal; laag, meest waarschijnlijk en hoog tellen als een stuk rond het meest waarschijnlijke getal.',
  sessionCapped:
    'De antwoorden liggen heel ver uit elkaar. Het model kan ze niet precies volgen en neemt daarom de grootste spreiding die kan.',
  sessionApply: 'Gebruik dit in het model',
  sessionEditApply: 'De schatting van de groep gebruiken',
  sessionApplied: (label, value) =>
    `${label} gebruikt nu de schatting van de groep: ${value}. Ongedaan maken met Ctrl+Z.`,
  sessionInUse: 'Het model gebruikt dit nu.',
  sessionConfirmHeading: 'Weet u het zeker?',
  sessionWarnFormula: (formula) =>
    `Nu rekent het model deze kans uit met een rekenregel: ${formula}. De schatting van de groep komt daarvoor in de plaats.`,
  sessionWarnSpread: 'Nu heeft het model een marge voor deze kans. Met één getal is die marge weg.',
  sessionConfirmApply: 'Toch gebruiken',
  sessionCancelApply: 'Annuleren',
  sessionApplyCancelled: 'Er is niets veranderd.',
  sessionRoomOpen: 'Laat zien aan de zaal',
  sessionRoomHint: 'Druk op V om een vraag groot aan de zaal te laten zien. Met Esc sluit u dat weer.',
  sessionRoomClose: 'Sluiten',
  sessionRoomRange: (low, likely, high) => `${likely} (${low} tot ${high})`,
  sessionRemoveEstimate: (label) => `De vraag over ${label} verwijderen`,
  sessionEditRemoveEstimate: 'Een vraag verwijderen',
  sessionRemovedEstimate: 'Vraag verwijderd. Ongedaan maken met Ctrl+Z.',

  sessionParkingIntro:
    'Vragen waar we nu geen antwoord op hebben. Ze blijven bij het scenario, zodat we er later op terug kunnen komen.',
  sessionParkingNew: 'Nieuwe open vraag',
  sessionParkingAdd: 'Toevoegen',
  sessionParkingEmpty: 'Geen open vragen.',
  sessionParkingCaption: 'Open vragen',
  sessionParkingResolved: 'Opgelost',
  sessionParkingResolvedOf: (text) => `Opgelost: ${text}`,
  sessionParkingDelete: 'Verwijderen',
  sessionParkingDeleteOf: (text) => `Verwijderen: ${text}`,
  sessionEditParkingAdd: 'Een open vraag toevoegen',
  sessionEditParkingResolve: 'Een vraag als opgelost zetten',
  sessionEditParkingReopen: 'Een vraag weer openzetten',
  sessionEditParkingDelete: 'Een open vraag verwijderen',
  sessionParkingAdded: 'Vraag op de parkeerplaats gezet.',
  sessionParkingDeleted: 'Vraag verwijderd. Ongedaan maken met Ctrl+Z.',
  sessionParkingTextMissing: 'Typ eerst de vraag.',
};
