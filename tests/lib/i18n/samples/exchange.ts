import type { PartSamples } from './samples-of';
import type { exchangeEn } from '../../../../src/lib/i18n/parts/exchange';

/** Sample arguments for every exchange message that takes any. */
export const exchangeSamples: PartSamples<typeof exchangeEn> = {
  samples: {
    importUnreadable: [['NotReadableError: the file changed']],
    importTooBig: [['10.1 MB', '10 MB']],
    importNotJson: [['Unexpected token \'x\', "xyz" is not valid JSON']],
    importTooDeep: [['64']],
    importUnknownFormat: [['excel-sheet']],
    importNewerVersion: [['99', '1']],
    importUnknownVersion: [['0']],
    importProblems: [['5.000'], ['1']],
    importMoreProblems: [['4.980']],
    importBackupOf: [['12']],
    importMigrated: [['0', '1']],
    importNormalised: [['paths.reference.branches']],
    importExists: [['case-1']],
    importWarnings: [['3']],
    importDone: [['Case 1 – Parenthood, pregnancy and depression']],
    importCommitFailed: [['QuotaExceededError: the disk is full']],
    exportBackupFailed: [['the database is closed']],
    exportDone: [['pathcost-case-1-2026-11-23.json']],
    exportPreparing: [['40%'], ['0 %']],
    methodsScenario: [['Case 1']],
    methodsComparators: [['Beter Thuis 0-6', 'regular care']],
    methodsPerspective: [['municipality (Youth Act), health insurer']],
    methodsHorizon: [
      [60, 12],
      [18, 1],
      [12, 6],
    ],
    methodsDiscount: [['3%', 'Zorginstituut Nederland (2024)']],
    methodsDiscountCustom: [['4.5%']],
    methodsCurrency: [['EUR', '2024']],
    methodsPriceList: [['nl-prices', '2024.1']],
    methodsUncertainty: [['10.000', '20240601']],
    methodsDistributions: [['beta 12×, PERT 4×']],
    methodsDistributionName: [['triangular'], ['normal'], ['discrete']],
    methodsFormulas: [['7']],
    methodsMcse: [['€ 120']],
    methodsGenerator: [['xoshiro128**', '1.0.0', '0.2.0']],
  },
  /** Messages the same in both languages on purpose (a name, a symbol). */
  sameInBoth: ['methodsScenario'],
  /** Messages whose argument is a code they translate (it need not appear in the text). */
  translatesItsArgument: ['methodsDistributionName'],
};
