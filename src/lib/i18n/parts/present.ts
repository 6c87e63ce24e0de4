import type { Widen } from './catalogue-part';

/** Messages of the present mode (projector, stepwise reveal), in English (the reference). */
export const presentEn = {
  presentOpen: 'Present',
};

export const presentNl: Widen<typeof presentEn> = {
  presentOpen: 'Presenteren',
};
