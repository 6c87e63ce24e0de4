import type { Locale } from './locale';
import { en, type Messages } from './messages-en';
import { nl } from './messages-nl';

export type { Messages } from './messages-en';

/** The message catalogue of each UI language. */
export const CATALOGUES: Record<Locale, Messages> = { nl, en };
