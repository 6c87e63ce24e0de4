import type { Widen } from './catalogue-part';

/** Messages of the funding view (cohort budget impact, levers), in English (the reference). */
export const fundingEn = {
  fundingTab: 'Funding',
};

export const fundingNl: Widen<typeof fundingEn> = {
  fundingTab: 'Financiering',
};
