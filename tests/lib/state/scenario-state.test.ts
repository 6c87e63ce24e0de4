import { describe, expect, it } from 'vitest';
import { newScenario } from '../../../src/lib/model/new-scenario';
import type { Scenario } from '../../../src/lib/model/scenario';
import { ScenarioState } from '../../../src/lib/state/scenario.svelte';

const withStep = (s: Scenario, id: string, monthlyCost: number): Scenario => ({
  ...s,
  paths: {
    ...s.paths,
    pilot: {
      ...s.paths.pilot,
      steps: [
        ...s.paths.pilot.steps,
        { id, label: id, payer: 'gemeente-jeugd', start: 0, duration: 3, monthlyCost, probability: 1 },
      ],
    },
  },
});

describe('the scenario being edited', () => {
  it('keeps a draft with problems, validates it, and only offers a runnable scenario without errors', () => {
    const doc = new ScenarioState(() => 0);
    doc.load(newScenario('s', 'S'));
    expect(doc.scenario).not.toBeNull();
    doc.edit('add', (s) => withStep(s, 'help', -5));
    expect(doc.draft?.paths.pilot.steps).toHaveLength(1);
    expect(doc.scenario).toBeNull();
    expect(doc.problems.map((p) => p.path)).toContain('paths.pilot.steps[0].monthlyCost');
    doc.undo();
    expect(doc.scenario?.paths.pilot.steps).toHaveLength(0);
  });

  it('undoes and redoes every edit back to the same objects, and a load restarts the history', () => {
    const doc = new ScenarioState(() => 0);
    const start = newScenario('s', 'S');
    doc.load(start);
    const snapshots = [doc.draft];
    for (let i = 0; i < 10; i++) {
      doc.edit(`add ${i}`, (s) => withStep(s, `step${i}`, 100 * i));
      snapshots.push(doc.draft);
    }
    expect(doc.undoLabel).toBe('add 9');
    for (let i = 9; i >= 0; i--) {
      expect(doc.undo()).toBe(true);
      expect(doc.draft).toBe(snapshots[i]);
    }
    expect(doc.undo()).toBe(false);
    for (let i = 1; i <= 10; i++) {
      expect(doc.redo()).toBe(true);
      expect(doc.draft).toBe(snapshots[i]);
    }
    const revision = doc.revision;
    doc.load(start);
    expect(doc.undoLabel).toBeNull();
    expect(doc.revision).toBe(revision + 1);
  });

  it('records nothing for a change that returns the same draft', () => {
    const doc = new ScenarioState(() => 0);
    doc.load(newScenario('s', 'S'));
    const r = doc.revision;
    expect(doc.edit('nothing', (s) => s)).toBe(false);
    expect(doc.revision).toBe(r);
    expect(doc.undoLabel).toBeNull();
  });

  it('refuses settings the scenario cannot take and keeps the old ones', () => {
    const doc = new ScenarioState(() => 0);
    doc.load(newScenario('s', 'S'));
    const before = doc.draft!.settings;
    const problems = doc.setSettings({ ...before, shortTermMonths: 100, horizonMonths: 60 });
    expect(problems.length).toBeGreaterThan(0);
    expect(doc.draft!.settings).toBe(before);
    expect(doc.setSettings({ ...before, horizonMonths: 120 })).toEqual([]);
    expect(doc.draft!.settings.horizonMonths).toBe(120);
  });
});
