import type { PartSamples } from './samples-of';
import type { timelineEn } from '../../../../src/lib/i18n/parts/timeline';

/** Sample arguments for every timeline message that takes any. */
export const timelineSamples: PartSamples<typeof timelineEn> = {
  samples: {
    timelineGroupLabel: [['Pilot path'], ['Pilotpad']],
    timelineYear: [['2']],
    timelineSummary: [
      ['Pilot path', 6, 2, 60],
      ['Reference path', 1, 1, 1],
      ['Pilot path', 0, 0, 18],
    ],
    timelineSummaryEvent: [['OTS', '60%', '9']],
    timelineMonthRange: [['0', '6']],
    timelineMonthOnce: [['4']],
    timelineOnsetMonth: [['9']],
    timelineStateUntil: [['21']],
    timelinePerMonth: [['€1,200']],
    timelineOneOffCost: [['€3,500']],
    timelineProbability: [['60%']],
    timelineInBranch: [['Less likely', '30%']],
    timelineConsequenceOf: [['OTS']],
    timelineAfterEvent: [['OTS']],
    timelineAfterMissing: [['OTS']],
    timelineBeyondHorizon: [['70']],
    timelineStoppedBy: [['6', 'OTS']],
    timelineMayStop: [['6', 'OTS']],
    timelineStartSpread: [['3', '9']],
    timelineOnsetSpread: [['3', '9']],
    timelineLane: [['Mother']],
    timelineAnnounceStart: [['4']],
    timelineAnnounceStartAfterOnset: [
      ['2 months', '11'],
      ['1 maand', '3'],
    ],
    timelineAnnounceDuration: [[1], [7]],
    timelineAnnounceOnset: [['9']],
    timelineMonthsCount: [[1], [3]],
  },
  /** Messages the same in both languages on purpose (a name, a symbol). */
  sameInBoth: ['timelineHorizon'],
  /** Messages whose argument is a code they translate (it need not appear in the text). */
  translatesItsArgument: [],
};
