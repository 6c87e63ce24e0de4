import type { PartSamples } from './samples-of';
import type { storageEn } from '../../../../src/lib/i18n/parts/storage';

/** Sample arguments for every storage message that takes any. */
export const storageSamples: PartSamples<typeof storageEn> = {
  samples: {
    storageRetrying: [[1], [3]],
    storageSavedAsCopy: [['Family Jansen']],
    storageQuarantined: [[1], [4]],
    storageKeptBoth: [['Case 1']],
    libraryCopyName: [['Case 1']],
    libraryProblems: [[1], [3]],
    libraryOpenNamed: [['Case 1']],
    libraryDuplicateNamed: [['Case 1']],
    libraryRenameNamed: [['Case 1']],
    libraryRenameLabel: [['Case 1']],
    libraryDeleteNamed: [['Case 1']],
    libraryDeleted: [['Case 1']],
    libraryRevisionsNamed: [['Case 1']],
    libraryRevisionLine: [[3, '23 Nov 2026, 12:15']],
    libraryRestoreNamed: [[3, '23 Nov 2026, 12:15']],
    libraryRestored: [[3]],
    libraryRunShowNamed: [['Case 1', '23 Nov 2026, 12:15']],
    libraryRunPick: [['Case 1', '23 Nov 2026, 12:15']],
    libraryRunShownHeading: [['Case 1', '23 Nov 2026, 12:15']],
    libraryCompareBefore: [['23 Nov 2026, 12:15']],
    libraryCompareAfter: [['23 Nov 2026, 12:20']],
  },
  /** Messages the same in both languages on purpose (a name, a symbol). */
  sameInBoth: ['libraryRunColumnScenario'],
  /** Messages whose argument is a code they translate (it need not appear in the text). */
  translatesItsArgument: [],
};
