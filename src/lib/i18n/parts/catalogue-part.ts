/**
 * A feature's messages are written once in English (the reference) and once in Dutch typed
 * against it: `Widen` turns the English literal strings into `string` and keeps functions.
 */
export type Widen<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K];
};
