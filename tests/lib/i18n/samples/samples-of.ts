/** Sample argument lists for every function message of a catalogue (part). */
type FunctionKeyOf<T> = { [K in keyof T]: T[K] extends string ? never : K }[keyof T];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => string;
export type SamplesOf<T> = { [K in FunctionKeyOf<T>]: T[K] extends Fn ? Array<Parameters<T[K]>> : never };

/** What the catalogue test needs to know of a feature's messages. */
export interface PartSamples<T> {
  samples: SamplesOf<T>;
  sameInBoth: Array<keyof T & string>;
  translatesItsArgument: Array<keyof T & string>;
}
