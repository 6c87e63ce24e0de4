import { describe, expect, it } from 'vitest';
import { conflictingIds, planImport } from '../../../src/lib/exchange/plan-import';
import { scenarioPreview } from '../../../src/lib/exchange/scenario-preview';
import { scenarioSchema } from '../../../src/lib/model/scenario';
import { smallDocument } from './documents';

const a = scenarioSchema.parse(smallDocument('a'));
const b = scenarioSchema.parse(smallDocument('b'));
const ids = (...x: string[]) => new Set(x);
const counter = () => {
  let n = 0;
  return () => `scenario-new${++n}`;
};

describe('planImport (bad-inputs I7: nothing stored is overwritten without confirmation)', () => {
  it('keeps free ids', () => {
    const r = planImport([a, b], ids('c'), false, counter());
    expect(r.scenarios).toEqual([a, b]);
    expect(r.plan.map((p) => p.action)).toEqual(['new', 'new']);
  });

  it('gives a scenario whose id is taken a new id by default, changing nothing else', () => {
    const r = planImport([a, b], ids('b'), false, counter());
    expect(r.scenarios.map((s) => s.id)).toEqual(['a', 'scenario-new1']);
    expect({ ...r.scenarios[1], id: 'b' }).toEqual(b);
    expect(r.plan[1]).toEqual({ fileId: 'b', id: 'scenario-new1', action: 'copy' });
  });

  it('keeps the id to replace only when the user chose to replace', () => {
    const r = planImport([a, b], ids('b'), true, counter());
    expect(r.scenarios.map((s) => s.id)).toEqual(['a', 'b']);
    expect(r.plan[1]!.action).toBe('replace');
  });

  it('never hands out a new id that is taken', () => {
    const taken = ids('a', 'scenario-new1', 'scenario-new2');
    expect(planImport([a], taken, false, counter()).scenarios[0]!.id).toBe('scenario-new3');
  });

  it('names the ids that are already stored', () => {
    expect(conflictingIds([a, b], ids('b', 'x'))).toEqual(['b']);
  });
});

describe('scenarioPreview', () => {
  it('counts steps (with branch and consequence steps), events and branches per path', () => {
    expect(scenarioPreview(a)).toEqual({
      id: 'a',
      name: { en: 'A small case', nl: 'Een kleine casus' },
      members: 1,
      parameters: 0,
      paths: {
        pilot: { steps: 2, events: 1, branches: 0 },
        reference: { steps: 2, events: 2, branches: 2 },
      },
    });
  });
});
