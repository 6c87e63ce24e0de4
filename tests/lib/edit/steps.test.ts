import { describe, expect, it } from 'vitest';
import { addStep, newStep } from '../../../src/lib/edit/add-step';
import { copyStepToOtherPath } from '../../../src/lib/edit/copy-step';
import { deleteStep } from '../../../src/lib/edit/delete-step';
import { moveStep } from '../../../src/lib/edit/move-step';
import { updateStep, withField } from '../../../src/lib/edit/update-step';
import { validateScenario } from '../../../src/lib/model/validate-scenario';
import { fixture } from './fixture';

const ids = (steps: Array<{ id: string }>) => steps.map((x) => x.id);

describe('steps', () => {
  it('a new step gets a readable unique id, the first payer, month 0 and probability 1', () => {
    const s = fixture();
    const step = newStep(s, 'Guardian', 'en');
    expect(step).toEqual({
      id: 'guardian-2',
      label: { en: 'Guardian' },
      payer: 'municipality-youth',
      start: 0,
      probability: 1,
    });
    expect(newStep(s, '', 'nl').id).toBe('step-1');
  });

  it('are added to a path, a branch or an event’s consequences, at the end or at an index', () => {
    const s = fixture();
    const a = addStep(s, { path: 'pilot' }, newStep(s, 'New', 'en'), 1);
    expect(ids(a.paths.pilot.steps)).toEqual(['team', 'new', 'intake', 'coach']);
    const b = addStep(s, { path: 'reference', branch: 'unlikely' }, newStep(s, 'Late', 'en'));
    expect(ids(b.paths.reference.branches[1]!.steps)).toEqual(['late']);
    const c = addStep(s, { path: 'pilot', event: 'ots' }, newStep(s, 'Court', 'en'));
    expect(ids(c.paths.pilot.events[0]!.consequences)).toEqual(['guardian', 'court']);
    expect(validateScenario(c).ok).toBe(true);
    expect(s.paths.pilot.events[0]!.consequences).toHaveLength(1);
  });

  it('are updated in their own list only (the same id on the other path is left alone)', () => {
    const s0 = fixture();
    const s = addStep(s0, { path: 'reference' }, { ...s0.paths.pilot.steps[1]! });
    const out = updateStep(s, { path: 'pilot' }, 'intake', (x) => ({ ...x, oneOffCost: 700 }));
    expect(out.paths.pilot.steps[1]!.oneOffCost).toBe(700);
    expect(out.paths.reference.steps[1]!.oneOffCost).toBe(500);
    expect(out.paths.reference).toBe(s.paths.reference);
    expect(updateStep(s, { path: 'pilot' }, 'intake', (x) => x)).toBe(s);
  });

  it('withField sets a field, removes it when undefined, and keeps the object when unchanged', () => {
    const step = fixture().paths.pilot.steps[1]!;
    expect(withField(step, 'oneOffCost', 600).oneOffCost).toBe(600);
    expect('oneOffCost' in withField(step, 'oneOffCost', undefined)).toBe(false);
    expect(withField(step, 'oneOffCost', 500)).toBe(step);
    expect(withField(step, 'monthlyCost', undefined)).toBe(step);
  });

  it('are reordered within their list', () => {
    const s = fixture();
    expect(ids(moveStep(s, { path: 'pilot' }, 2, 0).paths.pilot.steps)).toEqual(['coach', 'team', 'intake']);
    expect(ids(moveStep(s, { path: 'pilot' }, 0, 1).paths.pilot.steps)).toEqual(['intake', 'team', 'coach']);
    expect(moveStep(s, { path: 'pilot' }, 0, 0)).toBe(s);
  });

  it('deleting a step that an event ends removes it from that event’s "ends" too', () => {
    const s = fixture();
    const out = deleteStep(s, { path: 'pilot' }, 'coach');
    expect(ids(out.paths.pilot.steps)).toEqual(['team', 'intake']);
    expect(out.paths.pilot.events[0]!.ends).toEqual([]);
    expect(validateScenario(out).ok).toBe(true);
    expect(s.paths.pilot.events[0]!.ends).toEqual(['coach']);
    expect(deleteStep(s, { path: 'pilot' }, 'nope')).toBe(s);
  });

  it('deleting a consequence step removes it from its event', () => {
    const out = deleteStep(fixture(), { path: 'pilot', event: 'ots' }, 'guardian');
    expect(out.paths.pilot.events[0]!.consequences).toEqual([]);
  });

  it('copying a step to the other path keeps its id (common random numbers) when that path has none', () => {
    const s = fixture();
    const r = copyStepToOtherPath(s, { path: 'pilot' }, 'team')!;
    expect(r.id).toBe('team');
    const copy = r.scenario.paths.reference.steps.at(-1)!;
    expect(copy).toEqual(s.paths.pilot.steps[0]!);
    expect(r.scenario.paths.pilot).toBe(s.paths.pilot);
    expect(validateScenario(r.scenario).ok).toBe(true);
    const back = copyStepToOtherPath(s, { path: 'reference', branch: 'likely' }, 'extra')!;
    expect(ids(back.scenario.paths.pilot.steps)).toEqual(['team', 'intake', 'coach', 'extra']);
    expect(validateScenario(back.scenario).ok).toBe(true);
    const consequence = copyStepToOtherPath(s, { path: 'pilot', event: 'ots' }, 'guardian')!;
    expect(consequence.scenario.paths.reference.steps.at(-1)!.id).toBe('guardian');
    expect(validateScenario(consequence.scenario).ok).toBe(true);
    expect(copyStepToOtherPath(s, { path: 'pilot' }, 'nope')).toBeNull();
  });

  it('copying a step renames it only when its id is taken in the target path (steps, branches, events)', () => {
    const s = fixture();
    const once = copyStepToOtherPath(s, { path: 'pilot' }, 'team')!.scenario;
    const again = copyStepToOtherPath(once, { path: 'pilot' }, 'team')!;
    expect(again.id).toBe('team-2');
    expect(validateScenario(again.scenario).ok).toBe(true);
    // A pilot step named like a reference branch, and one named like a step in a reference branch.
    const named = addStep(
      addStep(s, { path: 'pilot' }, { ...s.paths.pilot.steps[1]!, id: 'likely' }),
      { path: 'pilot' },
      { ...s.paths.pilot.steps[1]!, id: 'extra' },
    );
    const branch = copyStepToOtherPath(named, { path: 'pilot' }, 'likely')!;
    expect(branch.id).toBe('likely-2');
    expect(validateScenario(branch.scenario).ok).toBe(true);
    const inBranch = copyStepToOtherPath(named, { path: 'pilot' }, 'extra')!;
    expect(inBranch.id).toBe('extra-2');
    expect(validateScenario(inBranch.scenario).ok).toBe(true);
    // Copied into its own path (a consequence to the path's steps), it clashes with itself.
    const guardian = copyStepToOtherPath(s, { path: 'pilot', event: 'ots' }, 'guardian', {
      path: 'pilot',
    })!;
    expect(guardian.id).toBe('guardian-2');
  });
});
