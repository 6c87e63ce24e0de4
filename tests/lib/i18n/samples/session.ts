import type { PartSamples } from './samples-of';
import type { sessionEn } from '../../../../src/lib/i18n/parts/session';

/** Sample arguments for every session message that takes any. */
export const sessionSamples: PartSamples<typeof sessionEn> = {
  samples: {
    sessionOpenQuestions: [[0], [1], [3]],
    sessionStepOf: [[1, 5, 'Who takes part']],
    sessionRemoveParticipant: [['Anna']],
    sessionAddedParticipant: [['Anna']],
    sessionRemovedParticipant: [
      ['Anna', 0],
      ['Anna', 1],
      ['Anna', 2],
    ],
    sessionAsked: [['OTS']],
    sessionTargetGroupPilotNamed: [['Beter Thuis 0-6']],
    sessionQuestionReference: [
      ['Father burnout', 60],
      ['Father burnout', 18],
      ['Father burnout', 12],
    ],
    sessionQuestionPilot: [['Father burnout', 60]],
    sessionQuestionPilotNamed: [['Father burnout', 'Beter Thuis 0-6', 60]],
    sessionQuestionAny: [
      ['Father burnout', 60],
      ['Father burnout', 1],
    ],
    sessionValueFormula: [['p_burnout * 0.5']],
    sessionSource: [['Assumption; the report gives no number.']],
    sessionAnswerUnchanged: [['Anna']],
    sessionNowInModel: [['about 35 of 100 families']],
    sessionValueOf100: [['35']],
    sessionValueAbout: [['2,5']],
    sessionSavedAnswer: [['Anna']],
    sessionAnswersCaption: [['OTS']],
    sessionAnswerRange: [['10', '30', '60']],
    sessionRemoveAnswer: [['Anna']],
    sessionRemovedAnswer: [['Anna']],
    sessionChartReading: [
      [1, '10', '60'],
      [3, '10', '60'],
    ],
    sessionChartReadingSame: [[2, '20']],
    sessionPooledSentence: [['35', '12', '61']],
    sessionPooledSame: [['35']],
    sessionPooledOne: [['12,5']],
    sessionNoSpread: [['20']],
    sessionCamps: [['10 to 20', '80']],
    sessionCampRange: [['10', '20']],
    sessionWarnFormula: [['p_burnout * 0.5']],
    sessionRoomRange: [['10', '30', '60']],
    sessionApplied: [['OTS', 'about 35 of 100 families']],
    sessionRemoveEstimate: [['OTS']],
    sessionParkingResolvedOf: [['Who pays the guardian?']],
    sessionParkingDeleteOf: [['Who pays the guardian?']],
  },
  /** "Professional" is a Dutch word too. */
  sameInBoth: ['sessionRoleProfessional'],
  translatesItsArgument: [],
};
