import type { PartSamples } from './samples-of';
import type { presentEn } from '../../../../src/lib/i18n/parts/present';
import type { OutOfTen } from '../../../../src/lib/report/out-of-ten';

const periods = [1, 12, 18, 60];
const shares: OutOfTen[] = [
  { kind: 'exact', count: 0 },
  { kind: 'exact', count: 7 },
  { kind: 'fewerThanOne' },
  { kind: 'moreThanNine' },
];

/** Sample arguments for every present message that takes any. */
export const presentSamples: PartSamples<typeof presentEn> = {
  samples: {
    presentAnnounce: [[2, 5, 'the reference path']],
    presentAnnounceWords: [[1, 5, 'the pilot path']],
    presentWordsNext: [[['OTS']], [['OTS', 'UHP']], [['OTS', 'UHP', 'v-ggz']]],
    presentStepCount: [[2, 5]],
    presentChance: [['35'], ['< 1']],
    presentChanceShort: [['35']],
    presentAxisTick: periods.map((m) => [m]),
    presentTimelineReading: [
      ['With the pilot', 6, 2, 60],
      ['Regular care', 1, 1, 18],
      ['Regular care', 0, 0, 12],
    ],
    presentMonthOnce: [['9']],
    presentMonthRange: [['1', '18']],
    presentSimulated: [['10.000']],
    presentPriceBasis: [['2024']],
    presentDiscounted: [['3%']],
    presentCostOver: periods.map((m) => [m]),
    presentSpread: [['€ 8.000', '€ 31.000']],
    presentAfter: periods.map((m) => [m]),
    presentLess: [['€ 17.000']],
    presentMore: [['€ 4.000']],
    presentPilotSaves: [['€ 17.000']],
    presentPilotCostsMore: [['€ 5.720']],
    presentRangeSaves: [['€ 2.000', '€ 9.000']],
    presentRangeCostsMore: [['€ 2.000', '€ 9.000']],
    presentRangeMixed: [['€ 14.500', '€ 17.500']],
    presentCheaper: shares.map((x) => [x]),
    presentPayersIntro: periods.map((m) => [m]),
    presentPayersSaver: [['Gemeente (Jeugdwet)', '€ 12.000']],
    presentPayersPayer: [['Zorgverzekeraar (Zvw)', '€ 3.000']],
    presentFamilyOf: [['1', '10.000']],
    presentStoryBranch: [['Trauma oudste kind blijft onopgemerkt']],
    presentStoryOnce: [['9', 'OTS']],
    presentStoryRange: [['10', '21', 'pleeggezin']],
    presentStoryMore: [[1], [3]],
    presentStoryTotal: periods.map((m) => [m]),
    presentFamilySaves: [['€ 17.000']],
    presentFamilyCostsMore: [['€ 4.000']],
  },
  sameInBoth: [],
  translatesItsArgument: [],
};
