import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/lib/model/scenario';
import { Persistence } from '../../../src/lib/state/persistence.svelte';
import { ScenarioState } from '../../../src/lib/state/scenario.svelte';
import { openPathCostDb } from '../../../src/lib/store/db';
import { RunStore } from '../../../src/lib/store/run-store';
import { ScenarioStore } from '../../../src/lib/store/scenario-store';
import { runInline } from '../../../src/lib/sim/run-inline';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import { scenario } from '../../helpers/scenario';
import { freshIndexedDb } from './fresh-db';
import { manualTimers } from './manual-timers';

// Opening one scenario while another has unsaved edits or a save in flight (review findings 1-3).

const A = scenario({}, { id: 'case-a', name: 'Case A', settings: { iterations: 200 } });
const B = scenario({}, { id: 'case-b', name: 'Case B', settings: { iterations: 200 } });
const setH = (doc: ScenarioState, h: number) =>
  doc.edit('settings', (s: Scenario) => ({ ...s, settings: { ...s.settings, horizonMonths: h } }));

const made: Persistence[] = [];
function mk() {
  const doc = new ScenarioState(() => 0);
  const clock = manualTimers();
  let n = 0;
  const p = new Persistence(doc, {
    timers: clock.timers,
    channel: () => null,
    local: null,
    session: null,
    newId: () => `copy-${++n}`,
  });
  made.push(p);
  return { doc, p, clock };
}

/** What is stored, read on a connection of its own. */
async function stored(id: string) {
  const db = await openPathCostDb();
  try {
    return await new ScenarioStore(db).load(id);
  } finally {
    db.close();
  }
}

beforeEach(() => freshIndexedDb());
afterEach(() => {
  vi.restoreAllMocks();
  for (const p of made.splice(0)) p.dispose();
});

describe('opening a scenario keeps the open one’s edits', () => {
  it('an edit within the debounce is saved before a document opens', async () => {
    const { doc, p } = mk();
    await p.start();
    await p.openDocument(A);
    setH(doc, 60);
    p.changed();
    await p.flush();
    setH(doc, 84);
    p.changed(); // not saved yet: the 300 ms pause runs
    await p.openDocument(B);
    expect(p.currentId).toBe('case-b');
    expect((await stored('case-a'))?.scenario.settings.horizonMonths).toBe(84);
  });

  it('an edit within the debounce is saved before an example opens', async () => {
    const { doc, p } = mk();
    await p.start();
    await p.openDocument(A);
    await p.flush();
    setH(doc, 84);
    p.changed();
    await p.openExample(B);
    expect(p.currentId).toBe('case-b');
    expect((await stored('case-a'))?.scenario.settings.horizonMonths).toBe(84);
  });

  it('a save in flight when another scenario opens does not touch the new one (no false conflict)', async () => {
    const { doc, p } = mk();
    await p.start();
    await p.openDocument(B);
    await p.openDocument(A);
    for (const h of [70, 71]) {
      setH(doc, h);
      p.changed();
      await p.flush();
    } // A at rev 3
    const recordB = (await stored('case-b'))!; // rev 1
    setH(doc, 84);
    p.changed();
    const inflight = p.flush(); // A -> rev 4 in flight
    p.openRecord(recordB);
    await inflight;
    setH(doc, 96);
    p.changed();
    await p.flush();
    expect(p.notices).toEqual([]);
    expect(p.currentId).toBe('case-b');
    expect(await stored('case-b')).toMatchObject({ rev: 2, scenario: { settings: { horizonMonths: 96 } } });
    expect(await stored('case-a')).toMatchObject({ rev: 4, scenario: { settings: { horizonMonths: 84 } } });
    expect((await p.library()).entries.map((e) => e.id).sort()).toEqual(['case-a', 'case-b']);
  });
});

describe('a document opened never replaces a stored scenario', () => {
  it('opening a document whose id is stored keeps both and says so', async () => {
    const { doc, p } = mk();
    await p.start();
    await p.openDocument(A);
    setH(doc, 84);
    p.changed();
    await p.openDocument(B);
    await p.openDocument(A); // the file's version again
    expect((await stored('case-a'))?.scenario.settings.horizonMonths).toBe(84);
    expect(p.currentId).toBe('copy-1');
    expect(doc.draft?.id).toBe('copy-1');
    expect(p.notices.map((n) => n.kind)).toEqual(['keptBoth']);
  });

  it('an example whose stored copy was deleted opens under a new id; Undo still brings the copy back', async () => {
    const { doc, p } = mk();
    await p.start();
    await p.openDocument(A);
    setH(doc, 84);
    p.changed();
    await p.openDocument(B);
    expect(await p.remove('case-a')).toBe(true);
    await p.openExample(A);
    expect(p.currentId).toBe('copy-1');
    expect(p.notices.map((n) => n.kind)).toEqual(['keptBoth']);
    await p.undoRemove('case-a');
    expect((await stored('case-a'))?.scenario.settings.horizonMonths).toBe(84);
    expect((await stored('case-a'))?.deletedAt).toBeUndefined();
  });

  it('an example whose stored copy cannot be read says so and does not replace it', async () => {
    const { doc, p } = mk();
    await p.start();
    await p.openDocument(A);
    setH(doc, 84);
    p.changed();
    await p.openDocument(B);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(ScenarioStore.prototype, 'load').mockRejectedValueOnce(new Error('read failed'));
    await p.openExample(A);
    expect(p.notices.map((n) => n.kind)).toContain('readFailed');
    expect((await stored('case-a'))?.scenario.settings.horizonMonths).toBe(84);
    expect(p.currentId).toBe('copy-1');
  });
});

describe('earlier versions can be restored (issue 6, item 1)', () => {
  it('restoring a revision of the open scenario loads it and saves it as the newest', async () => {
    const { doc, p } = mk();
    await p.start();
    await p.openDocument(A);
    for (const h of [60, 70]) {
      setH(doc, h);
      p.changed();
      await p.flush();
    } // revisions 1 (A), 2 (60), 3 (70)
    expect((await p.revisions('case-a')).map((r) => r.rev)).toEqual([3, 2, 1]);
    expect(await p.restoreRevision('case-a', 2)).toBe(true);
    expect(doc.draft?.settings.horizonMonths).toBe(60);
    expect(p.dirty).toBe(false);
    expect(await stored('case-a')).toMatchObject({ rev: 4, scenario: { settings: { horizonMonths: 60 } } });
    expect((await p.revisions('case-a')).map((r) => r.rev)).toEqual([4, 3, 2, 1]);
  });

  it('restoring a revision of another scenario changes the store, not the open document', async () => {
    const { doc, p } = mk();
    await p.start();
    await p.openDocument(A);
    setH(doc, 60);
    p.changed();
    await p.openDocument(B); // A: rev 2 (60)
    expect(await p.restoreRevision('case-a', 1)).toBe(true);
    expect(doc.draft?.id).toBe('case-b');
    expect(await stored('case-a')).toMatchObject({
      rev: 3,
      scenario: { settings: { horizonMonths: A.settings.horizonMonths } },
    });
  });
});

describe('saved runs', () => {
  const runOf = (s: Scenario, runId: number) => {
    const data = runInline(s, { iterations: 200, seed: 1 });
    return { runId, scenario: s, summary: summarizeRun(s, data, 1), data };
  };

  it('a run is linked to the revision it ran on, not the one saved when it finished', async () => {
    const { doc, p } = mk();
    await p.start();
    await p.openDocument(A);
    setH(doc, 60);
    p.changed();
    const ran = doc.draft!;
    const origin = p.runStarting(); // saves rev 2 (60)
    await p.flush();
    setH(doc, 84); // edited while the run ran
    p.changed();
    await p.flush(); // rev 3
    await p.saveRun(runOf(ran, 1), origin);
    const runs = await p.savedRuns();
    expect(runs[0]).toMatchObject({ scenarioId: 'case-a', scenarioRev: 2 });
    expect(runs[0]?.scenario.settings.horizonMonths).toBe(60);
  });

  it('a run that does not fit is stored without its data, or dropped with a notice; the scenario stays saved', async () => {
    const { doc, p } = mk();
    await p.start();
    await p.openDocument(A);
    await p.flush();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const quota = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    const put = vi.spyOn(RunStore.prototype, 'put').mockImplementationOnce(quota);
    await p.saveRun(runOf(doc.draft!, 1), p.runStarting());
    const runs = await p.savedRuns();
    expect(runs).toHaveLength(1);
    expect((await p.savedRun(runs[0]!.id))?.data).toBeUndefined();
    expect(p.state.kind).toBe('saved');

    put.mockImplementation(quota);
    await p.saveRun(runOf(doc.draft!, 2), p.runStarting());
    expect(await p.savedRuns()).toHaveLength(1);
    expect(p.notices.map((n) => n.kind)).toEqual(['runNotSaved']);
    expect(p.dirty).toBe(false);
    expect(p.state.kind).toBe('saved');
    put.mockRestore();
    setH(doc, 84);
    p.changed();
    await p.flush();
    expect(p.state.kind).toBe('saved');
    expect((await stored('case-a'))?.scenario.settings.horizonMonths).toBe(84);
  });
});

describe('start-up', () => {
  it('scenarios deleted more than 30 days ago are removed for good; newer deleted ones stay for Undo', async () => {
    const day = 24 * 60 * 60 * 1000;
    const start = 1_700_000_000_000; // manualTimers' clock
    const db = await openPathCostDb();
    let now = start - 31 * day;
    const store = new ScenarioStore(db, () => now);
    await store.save(A);
    await store.save(B);
    await store.delete('case-a'); // 31 days ago
    now = start - day;
    await store.delete('case-b'); // yesterday
    db.close();
    const { p } = mk();
    await p.start();
    expect(await stored('case-a')).toBeNull();
    expect(await p.revisions('case-a')).toEqual([]);
    expect((await stored('case-b'))?.deletedAt).toBe(start - day);
    expect((await p.library()).deleted.map((e) => e.id)).toEqual(['case-b']);
  });
});

describe('the scripting interface', () => {
  it('openDocument with replace stores the document as the next revision of the stored one', async () => {
    const { doc, p } = mk();
    await p.start();
    await p.openDocument(A);
    setH(doc, 84);
    p.changed();
    await p.openDocument(B);
    await p.openDocument(A, { replace: true });
    expect(p.currentId).toBe('case-a');
    expect(p.notices).toEqual([]);
    expect(await stored('case-a')).toMatchObject({
      rev: 3,
      scenario: { settings: { horizonMonths: A.settings.horizonMonths } },
    });
    expect((await p.revisions('case-a')).map((r) => r.rev)).toEqual([3, 2, 1]);
  });
});
