import type { PartSamples } from './samples-of';
import type { sensitivityEn } from '../../../../src/lib/i18n/parts/sensitivity';
import type { OutOfTen } from '../../../../src/lib/report/out-of-ten';

const periods = [1, 12, 18, 36, 60];
const shares: OutOfTen[] = [
  { kind: 'exact', count: 0 },
  { kind: 'exact', count: 7 },
  { kind: 'fewerThanOne' },
  { kind: 'moreThanNine' },
];
const who = ['for Municipality (Youth Act)', 'voor Gemeente (Jeugdwet)'];
const input = 'Chance of an out-of-home placement';

/** Sample arguments for every sensitivity message that takes any. */
export const sensitivitySamples: PartSamples<typeof sensitivityEn> = {
  samples: {
    sensProgressText: [['42%']],
    sensNotComputed: [['Enter a whole number from 100 to 1,000,000.']],
    sensFieldProblem: [['Draws for the interval', 'Enter 0 (no interval) or a whole number from 20 to 200.']],
    sensStaleOther: [['Case 1 (copy)']],
    sensOuterDrawsProblem: [['20', '200']],
    sensSeedNote: [['20240601']],
    sensWholeNumber: [['100', '1,000,000']],
    sensSourceYear: [['Kostenhandleiding 2024', '2022']],
    sensAssumptionSource: [['expert estimate in the session']],
    sensSourcePrefix: [['Kostenhandleiding 2024 (2022)']],
    sensTornadoTitle: periods.map((m) => [m]),
    sensTornadoReading: periods.map((m) => [input, '-€1,200', '€4,300', m]),
    sensTornadoBase: [['€2,430']],
    sensLowLabel: [['23%']],
    sensHighLabel: [['€12,300']],
    sensTopShown: [['10', '24']],
    sensYears: [[1], [3], [5]],
    sensDiscountedField: [['3%']],
    sensWho: [['Municipality (Youth Act)']],
    sensThresholdProbability: [
      [who[0]!, 36, input, '23', true],
      [who[1]!, 12, input, '23.5', false],
    ],
    sensThresholdCostBelow: periods.map((m) => [who[0]!, m, 'Cost of the pilot', '€12,300']),
    sensThresholdCostAbove: periods.map((m) => [who[0]!, m, 'Cost of the reference care', '€3,400']),
    sensThresholdOther: [
      [who[0]!, 36, 'Duration of the trajectory', '14.5 months', true],
      [who[0]!, 60, 'Sessions', '8.2', false],
    ],
    sensThresholdAlways: periods.map((m) => [who[0]!, m, input, '0%', '100%']),
    sensThresholdNever: periods.map((m) => [who[0]!, m, input, '0%', '100%']),
    sensThresholdInterval: [
      ['18', '29', false],
      ['5 or lower', '€48,000 or higher', true],
    ],
    sensThresholdIntervalBeyond: [
      ['0 or lower', true, false],
      ['€48,000 or higher', false, true],
    ],
    sensOrLower: [['5'], ['€1,200']],
    sensOrHigher: [['95'], ['€48,000']],
    sensThresholdIntervalPart: [['14', '20']],
    sensThresholdNoneInRange: [['20']],
    sensSearchedRangeNote: [['0%', '100%', '0.391%', '100%']],
    sensByMonthClampedNote: periods.map((m) => [m]),
    sensThresholdNoInterval: [['20']],
    sensColSavingBy: periods.map((m) => [m]),
    sensEvaluations: [['32']],
    sensVariantsLoadFailed: [['storage unavailable']],
    sensFamilies90: [['-€8,000', '€31,000']],
    sensInFutures: shares.map((x) => [x]),
    sensVariantsReadingSaves: [['Pilot with a waiting list', '€2,430', '-€8,000', '€31,000']],
    sensVariantsReadingCosts: [['Pilot with a waiting list', '€1,200']],
  },
  /** A source with its year, a field's name before its problem, and the words Variant and pilot read alike. */
  sameInBoth: ['sensSourceYear', 'sensColVariant', 'sensFieldProblem', 'sensCostPilot'],
  translatesItsArgument: [],
};
