import type { PartSamples } from './samples-of';
import type { editorEn } from '../../../../src/lib/i18n/parts/editor';

const name: [string] = ['Gezinscoach'];

/** Sample arguments for every editor message that takes any. */
export const editorSamples: PartSamples<typeof editorEn> = {
  samples: {
    editorLanguageNote: [['English'], ['Nederlands']],
    editorKind: [
      ['ots'],
      ['placement'],
      ['burnout'],
      ['family-admission'],
      ['escalation'],
      ['waiting-list'],
      ['other'],
    ],
    editorRole: [['parent'], ['child'], ['other']],
    editorMoveUp: [name],
    editorMoveDown: [name],
    editorDeleteNamed: [name],
    editorCopyNamed: [['Gezinscoach', 'pilotpad']],
    editorJumpTo: [name],
    editorDeleted: [name],
    editorAdded: [name],
    editorMoved: [['Gezinscoach', '2', '5']],
    editorCopied: [['Gezinscoach', 'referentiepad']],
    editorNormalised: [['1']],
    editorDependents: [[1], [3]],
    editorBranchSum: [['0,97']],
    editorMonth: [['6']],
    editorMonths: [['12']],
    editorPerMonth: [['€ 1.200']],
    editorOnce: [['€ 500']],
    editorHoursTimesRate: [['4', '€ 78']],
    editorUnitsTimesPrice: [['6', '€ 83,69']],
    editorChance: [['30%']],
    editorOnlyAfter: [['OTS']],
    editorAbout: [['€ 3.000']],
    editorStepsCount: [[1], [4]],
    editorProblemsCount: [
      [1, 0],
      [3, 2],
    ],
    editorWarningsOnly: [[1], [2]],
    editorProblemCount: [[1], [2]],
    editorEditField: [['Naam', 'Gezinscoach']],
    editorEditAdd: [name],
    editorEditDelete: [name],
    editorEditMove: [name],
    editorEditCopy: [name],
    editorEditNormalise: [['referentiepad']],
    editorEditRename: [['p_ots', 'kans_ots']],
  },
  /** Messages the same in both languages on purpose (a name, a symbol). */
  sameInBoth: [],
  /** Messages whose argument is a code they translate (it need not appear in the text). */
  translatesItsArgument: ['editorKind', 'editorRole'],
};
