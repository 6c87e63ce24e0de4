import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/lib/model/scenario';
import { Persistence, type PersistenceOptions } from '../../../src/lib/state/persistence.svelte';
import { ScenarioState } from '../../../src/lib/state/scenario.svelte';
import { USED_MARKER_KEY } from '../../../src/lib/store/cleared-marker';
import { MIGRATIONS, openPathCostDb } from '../../../src/lib/store/db';
import { RELOAD_KEY } from '../../../src/lib/store/reload-guard';
import { runInline } from '../../../src/lib/sim/run-inline';
import { summarizeRun } from '../../../src/lib/sim/summarize';
import { scenario } from '../../helpers/scenario';
import { freshIndexedDb } from './fresh-db';
import { manualTimers, until } from './manual-timers';

const caseA = scenario({}, { id: 'case-a', name: 'Case A', settings: { iterations: 200 } });
const horizon = (doc: ScenarioState) => doc.draft?.settings.horizonMonths;
const setHorizon = (doc: ScenarioState, h: number) =>
  doc.edit('settings', (s: Scenario) => ({ ...s, settings: { ...s.settings, horizonMonths: h } }));

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

let channelName = '';
const made: Persistence[] = [];
function tab(options: PersistenceOptions = {}) {
  const doc = new ScenarioState(() => 0);
  const clock = manualTimers();
  let ids = 0;
  const p = new Persistence(doc, {
    timers: clock.timers,
    channel: () => new BroadcastChannel(channelName),
    local: memory(),
    session: memory(),
    newId: () => `copy-${++ids}`,
    ...options,
  });
  made.push(p);
  /** Edit and let the autosave run. */
  const edit = async (h: number) => {
    setHorizon(doc, h);
    p.changed();
  };
  return { doc, p, clock, edit };
}

beforeEach(() => {
  freshIndexedDb();
  channelName = `pathcost-test-${Math.random()}`;
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const p of made.splice(0)) p.dispose();
});

describe('Persistence (autosave)', () => {
  it('on a first visit nothing is open; a document opened is saved; the next start opens it again', async () => {
    const a = tab();
    expect(await a.p.start()).toBeNull();
    await a.p.openDocument(caseA);
    await a.p.flush();
    expect(a.p.state.kind).toBe('saved');
    a.p.dispose();
    const b = tab();
    const record = await b.p.start();
    expect(record).toMatchObject({ id: 'case-a', rev: 1 });
  });

  it('saves 300 ms after an edit, not before; the page going hidden saves at once', async () => {
    const hidden = { visibilityState: 'visible' };
    const document = Object.assign(new EventTarget(), hidden);
    const a = tab({ page: { window: new EventTarget(), document } });
    await a.p.start();
    await a.p.openDocument(caseA);
    await a.p.flush();
    await a.edit(84);
    expect(a.p.state.kind).toBe('pending');
    a.clock.advance(299);
    expect(a.p.dirty).toBe(true);
    a.clock.advance(1);
    await until(() => a.p.state.kind === 'saved', 'the debounced save');
    await a.edit(85);
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await until(() => !a.p.dirty && a.p.state.kind === 'saved', 'the flush on hide');
    const db = await openPathCostDb();
    expect((await db.get('scenarios', 'case-a'))?.scenario.settings.horizonMonths).toBe(85);
    db.close();
  });

  it('a full disk keeps the work, says "quota", retries with back-off and clears when a retry succeeds', async () => {
    const a = tab();
    await a.p.start();
    await a.p.openDocument(caseA);
    await a.p.flush();
    const quota = Object.assign(new DOMException('aborted', 'AbortError'), {
      inner: new DOMException('full', 'QuotaExceededError'),
    });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota;
    });
    await a.edit(84);
    await a.p.flush();
    expect(a.p.state).toEqual({ kind: 'failed', reason: 'quota', attempt: 1 });
    expect(horizon(a.doc)).toBe(84);
    a.clock.advance(1000); // first retry: still full
    await until(() => a.p.state.kind === 'failed' && a.p.state.attempt === 2, 'the second attempt');
    put.mockRestore();
    a.clock.advance(2000);
    await until(() => a.p.state.kind === 'saved', 'a successful retry');
    const db = await openPathCostDb();
    expect((await db.get('scenarios', 'case-a'))?.scenario.settings.horizonMonths).toBe(84);
    db.close();
  });

  it('a change saved in one tab shows up in the other', async () => {
    const a = tab();
    const b = tab();
    await a.p.start();
    await a.p.openDocument(caseA);
    await a.p.flush();
    await b.p.start();
    await b.p.openById('case-a');
    await a.edit(84);
    await a.p.flush();
    await until(() => horizon(b.doc) === 84, 'the other tab to follow');
    expect(b.p.dirty).toBe(false);
    expect(b.p.adoptions).toBe(1);
  });

  it('an import that replaces a scenario open in another tab: that tab takes it, as an adoption', async () => {
    const a = tab();
    const b = tab();
    await a.p.start();
    await a.p.openDocument(caseA);
    await b.p.start();
    await b.p.openById('case-a');
    await a.p.openDocument(scenario({}, { id: 'case-b', name: 'Case B', settings: { iterations: 200 } }));
    const changed = { ...caseA, settings: { ...caseA.settings, horizonMonths: 96 } };
    await a.p.importScenarios([changed], true);
    await until(() => horizon(b.doc) === 96, 'the other tab to take the import');
    expect(b.p.dirty).toBe(false);
    expect(b.p.adoptedRevision).toBe(b.doc.revision); // no live re-run for it
  });

  it('two tabs changing the same scenario: the later save is kept as a copy, and the user is told', async () => {
    const a = tab();
    const b = tab();
    await a.p.start();
    await a.p.openDocument(caseA);
    await a.p.flush();
    await b.p.start();
    await b.p.openById('case-a');
    await a.edit(84);
    await b.edit(24); // unsaved in B when A saves
    await a.p.flush();
    await b.p.flush();
    expect(b.p.notices).toEqual([{ kind: 'savedAsCopy', name: 'Case A' }]);
    expect(b.p.currentId).toBe('copy-1');
    expect(horizon(b.doc)).toBe(24);
    expect(b.doc.draft?.id).toBe('copy-1');
    const { entries } = await a.p.library();
    expect(entries.map((e) => e.id).sort()).toEqual(['case-a', 'copy-1']);
    const db = await openPathCostDb();
    expect((await db.get('scenarios', 'case-a'))?.scenario.settings.horizonMonths).toBe(84);
    expect((await db.get('scenarios', 'copy-1'))?.scenario.settings.horizonMonths).toBe(24);
    db.close();
  });

  it('an upgrade in another tab makes this one save, close and ask to reload', async () => {
    const a = tab();
    await a.p.start();
    await a.p.openDocument(caseA);
    await a.p.flush();
    await a.edit(84);
    const v3 = await openPathCostDb({ version: 3, migrations: [...MIGRATIONS, async () => undefined] });
    expect(v3.version).toBe(3);
    expect(a.p.state.kind).toBe('closed');
    expect(a.p.notices.map((n) => n.kind)).toContain('reloadNeeded');
    expect((await v3.get('scenarios', 'case-a'))?.scenario.settings.horizonMonths).toBe(84);
    v3.close();
  });

  it('a database newer than this code asks for a reload, and after a reload within 5 s shows an error instead', async () => {
    (await openPathCostDb({ version: 3, migrations: [...MIGRATIONS, async () => undefined] })).close();
    const session = memory();
    const a = tab({ session });
    expect(await a.p.start()).toBeNull();
    expect(a.p.notices).toEqual([{ kind: 'newerDatabase', loop: false }]);
    a.p.reloading();
    expect(session.getItem(RELOAD_KEY)).not.toBeNull();
    const b = tab({ session, timers: manualTimers(1_700_000_002_000).timers });
    await b.p.start();
    expect(b.p.notices).toEqual([{ kind: 'newerDatabase', loop: true }]);
  });

  it('an empty database after earlier use says the browser cleared local data', async () => {
    const local = memory();
    local.setItem(USED_MARKER_KEY, '1');
    const a = tab({ local });
    expect(await a.p.start()).toBeNull();
    expect(a.p.notices).toEqual([{ kind: 'cleared' }]);
  });

  it('a completed run is stored, linked to the saved revision of its scenario', async () => {
    const a = tab();
    await a.p.start();
    await a.p.openDocument(caseA);
    await a.edit(36);
    const s = a.doc.draft!;
    const data = runInline(s, { iterations: 200, seed: 1 });
    await a.p.saveRun({ runId: 1, scenario: s, summary: summarizeRun(s, data, 1), data });
    const runs = await a.p.savedRuns();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ scenarioId: 'case-a', scenarioRev: 2 });
    expect((await a.p.savedRun(runs[0]!.id))?.data?.iterations).toBe(200);
  });

  it('the library: the open scenario cannot be deleted; another one can, and Undo brings it back', async () => {
    const a = tab();
    await a.p.start();
    await a.p.openDocument(caseA);
    await a.p.flush();
    await a.p.openNew(caseA, 'New one');
    await a.p.flush();
    expect(a.p.currentId).toBe('copy-1');
    expect(await a.p.remove('copy-1')).toBe(false);
    expect(await a.p.remove('case-a')).toBe(true);
    expect((await a.p.library()).entries.map((e) => e.id)).toEqual(['copy-1']);
    await a.p.undoRemove('case-a');
    expect((await a.p.library()).entries.map((e) => e.id).sort()).toEqual(['case-a', 'copy-1']);
    await a.p.rename('copy-1', 'Family Jansen', 'Rename');
    expect(a.doc.draft?.name).toBe('Family Jansen');
    expect(a.doc.undoLabel).toBe('Rename');
  });
});
