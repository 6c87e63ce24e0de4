import type { Widen } from './catalogue-part';

/** Messages of the group session flow (estimates, parking lot), in English (the reference). */
export const sessionEn = {
  sessionTab: 'Session',
};

export const sessionNl: Widen<typeof sessionEn> = {
  sessionTab: 'Sessie',
};
