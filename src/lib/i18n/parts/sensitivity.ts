import type { Widen } from './catalogue-part';

/** Messages of the sensitivity analyses (tornado, threshold, variants), in English (the reference). */
export const sensitivityEn = {
  sensitivityHeading: 'Which assumption decides the answer?',
};

export const sensitivityNl: Widen<typeof sensitivityEn> = {
  sensitivityHeading: 'Welke aanname bepaalt de uitkomst?',
};
