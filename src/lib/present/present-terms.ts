import { termsIn } from '../glossary/jargon';

/** Which glossary words a step of a presentation explains, and which the room has seen before it. */
export interface StepTerms {
  /** Words explained on an earlier step (ids). */
  before: ReadonlySet<string>;
  /** Words first used on this step (ids, in order of appearance): this step explains them. */
  fresh: string[];
}

/**
 * For the texts of each step, in the order the steps are shown: each glossary word (OTS, UHP,
 * v-ggz, ...) is explained on the step where it is first used, and only marked after that.
 */
export function termsPerStep(stepTexts: ReadonlyArray<readonly string[]>): StepTerms[] {
  const seen = new Set<string>();
  return stepTexts.map((texts) => {
    const before = new Set(seen);
    const fresh: string[] = [];
    for (const text of texts)
      for (const id of termsIn(text))
        if (!seen.has(id)) {
          seen.add(id);
          fresh.push(id);
        }
    return { before, fresh };
  });
}
