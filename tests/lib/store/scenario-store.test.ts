import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../../src/lib/model/scenario';
import { openPathCostDb, REVISIONS_KEPT, type PathCostDatabase } from '../../../src/lib/store/db';
import { ScenarioStore } from '../../../src/lib/store/scenario-store';
import { classifyStorageFailure } from '../../../src/lib/store/storage-failure';
import { scenario } from '../../helpers/scenario';
import { counterClock, counterIds, freshIndexedDb } from './fresh-db';

let db: PathCostDatabase;
let store: ScenarioStore;
beforeEach(async () => {
  freshIndexedDb();
  db = await openPathCostDb();
  store = new ScenarioStore(db, counterClock(), counterIds());
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const caseA = scenario({}, { id: 'case-a', name: 'Case A' });
const withHorizon = (s: Scenario, horizonMonths: number): Scenario => ({
  ...s,
  settings: { ...s.settings, horizonMonths },
});

/** `put` on any object store throws `error` (from the `failOn`-th call on). */
function stubPut(error: unknown, failOn = 1) {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args
  ) {
    if (++calls >= failOn) throw error;
    return original.apply(this, args);
  });
}

const quotaAbort = () =>
  Object.assign(new DOMException('The transaction was aborted', 'AbortError'), {
    inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  });

describe('ScenarioStore', () => {
  it('each save is a new revision; the record carries rev, updatedAt, schemaVersion and name', async () => {
    const first = await store.save(caseA);
    expect(first).toMatchObject({
      kind: 'saved',
      record: { id: 'case-a', rev: 1, schemaVersion: 2, name: 'Case A' },
    });
    const second = await store.save(withHorizon(caseA, 84), 1);
    expect(second.kind === 'saved' && second.record.rev).toBe(2);
    const loaded = await store.load('case-a');
    expect(loaded?.scenario.settings.horizonMonths).toBe(84);
    expect((await store.revisions('case-a')).map((r) => r.rev)).toEqual([2, 1]);
  });

  it('an older revision never overwrites a newer one: the save is refused and nothing is written', async () => {
    await store.save(caseA);
    await store.save(withHorizon(caseA, 84), 1); // another tab
    const stale = await store.save(withHorizon(caseA, 24), 1); // this tab still thinks rev 1
    expect(stale.kind).toBe('conflict');
    expect(stale.kind === 'conflict' && stale.current?.rev).toBe(2);
    expect((await store.load('case-a'))?.scenario.settings.horizonMonths).toBe(84);
  });

  it('on a conflict the loser is kept as a copy under a new id', async () => {
    await store.save(caseA);
    await store.save(withHorizon(caseA, 84), 1);
    const copy = await store.saveCopy(withHorizon(caseA, 24));
    expect(copy.id).toBe('copy-1');
    expect(copy.scenario.id).toBe('copy-1');
    const { records } = await store.list();
    expect(records.map((r) => [r.id, r.scenario.settings.horizonMonths])).toEqual([
      ['copy-1', 24],
      ['case-a', 84],
    ]);
  });

  it('a record that is gone (site data cleared) is written back by the next save', async () => {
    await store.save(caseA);
    await db.clear('scenarios');
    const out = await store.save(withHorizon(caseA, 30), 1);
    expect(out).toMatchObject({ kind: 'saved', record: { rev: 2 } });
  });

  it(`keeps the last ${REVISIONS_KEPT} revisions and restores one as a new revision`, async () => {
    let rev = 0;
    for (let h = 1; h <= REVISIONS_KEPT + 5; h++) {
      const out = await store.save(withHorizon(caseA, h), rev || undefined);
      if (out.kind === 'saved') rev = out.record.rev;
    }
    const revisions = await store.revisions('case-a');
    expect(revisions).toHaveLength(REVISIONS_KEPT);
    expect(revisions[0]!.rev).toBe(REVISIONS_KEPT + 5);
    expect(revisions.at(-1)!.rev).toBe(6);
    const restored = await store.restore('case-a', 10);
    expect(restored).toMatchObject({ kind: 'saved', record: { rev: REVISIONS_KEPT + 6 } });
    expect((await store.load('case-a'))?.scenario.settings.horizonMonths).toBe(10);
  });

  it('delete is soft and undoable; purge removes the scenario and its revisions', async () => {
    await store.save(caseA);
    await store.delete('case-a');
    let listing = await store.list();
    expect(listing.records).toHaveLength(0);
    expect(listing.deleted.map((r) => r.id)).toEqual(['case-a']);
    await store.undelete('case-a');
    listing = await store.list();
    expect(listing.records.map((r) => [r.id, r.rev])).toEqual([['case-a', 3]]);
    await store.purge('case-a');
    expect(await store.count()).toBe(0);
    expect(await store.revisions('case-a')).toEqual([]);
  });

  it('rename changes the record and the scenario; duplicate makes a copy under a new id', async () => {
    await store.save(caseA);
    const renamed = await store.rename('case-a', 'Family Jansen');
    expect(renamed?.name).toBe('Family Jansen');
    expect(renamed?.scenario.name).toBe('Family Jansen');
    const dup = await store.duplicate('case-a', 'Family Jansen (2)');
    expect(dup).toMatchObject({ id: 'copy-1', rev: 1, name: 'Family Jansen (2)' });
    expect((await store.list()).records).toHaveLength(2);
  });

  it('a record that fails its schema is quarantined and reported; the others load', async () => {
    await store.save(caseA);
    const bad = {
      id: 'bad',
      rev: 1,
      updatedAt: 1,
      schemaVersion: 2,
      name: 'Bad',
      scenario: { ...caseA, id: 'bad', paths: 'nope' },
    };
    await db.put('scenarios', bad as never);
    await db.put('scenarios', { rev: 'x' } as never, undefined as never).catch(() => undefined); // missing id: refused by the key path
    await db.put('scenarios', { ...bad, id: 'bad-p', rev: '3' } as never);
    const listing = await store.list();
    expect(listing.records.map((r) => r.id)).toEqual(['case-a']);
    expect(listing.quarantined.map((q) => q.originalKey).sort()).toEqual(['bad', 'bad-p']);
    expect(listing.quarantined.find((q) => q.originalKey === 'bad-p')?.reason).toContain('rev');
    const kept = await db.getAll('quarantine');
    expect(kept.map((q) => (q.value as { id: string }).id).sort()).toEqual(['bad', 'bad-p']);
    expect(await store.count()).toBe(1);
    expect((await store.list()).quarantined).toEqual([]); // reported once
  });

  it('a save refused by a full disk (AbortError with an inner QuotaExceededError) writes nothing', async () => {
    await store.save(caseA);
    stubPut(quotaAbort(), 2); // the record goes in, the revision fails: all must roll back
    const error = await store.save(withHorizon(caseA, 84), 1).catch((e: unknown) => e);
    expect(classifyStorageFailure(error)).toBe('quota');
    vi.restoreAllMocks();
    const loaded = await store.load('case-a');
    expect(loaded).toMatchObject({
      rev: 1,
      scenario: { settings: { horizonMonths: caseA.settings.horizonMonths } },
    });
    expect((await store.revisions('case-a')).map((r) => r.rev)).toEqual([1]);
  });

  it('import stores all scenarios in one transaction; taken ids get new ids unless replacing', async () => {
    await store.save(caseA);
    const other = scenario({}, { id: 'case-b', name: 'Case B' });
    const added = await store.importScenarios([withHorizon(caseA, 84), other], { replace: false });
    expect(added.map((r) => r.id)).toEqual(['copy-1', 'case-b']);
    expect((await store.load('case-a'))?.scenario.settings.horizonMonths).toBe(caseA.settings.horizonMonths);
    const replaced = await store.importScenarios([withHorizon(caseA, 84)], { replace: true });
    expect(replaced.map((r) => [r.id, r.rev])).toEqual([['case-a', 2]]);
    expect((await store.load('case-a'))?.scenario.settings.horizonMonths).toBe(84);
  });

  it('import is all or nothing: a failure during commit leaves the stored data unchanged', async () => {
    await store.save(caseA);
    const before = await db.getAll('scenarios');
    const list = ['x1', 'x2', 'x3'].map((id) => scenario({}, { id, name: id }));
    stubPut(quotaAbort(), 5); // the third scenario's record fails
    await expect(
      store.importScenarios([...list, withHorizon(caseA, 99)], { replace: true }),
    ).rejects.toBeTruthy();
    vi.restoreAllMocks();
    expect(await db.getAll('scenarios')).toEqual(before);
    expect(await db.count('revisions')).toBe(1);
  });

  it('import refuses a list with a structurally broken scenario before writing anything', async () => {
    const broken = { ...caseA, id: 'broken', paths: {} } as unknown as Scenario;
    await expect(store.importScenarios([caseA, broken], { replace: false })).rejects.toThrow();
    expect(await store.count()).toBe(0);
  });

  it('a draft with cross-field problems is saved as is', async () => {
    const draft = { ...caseA, settings: { ...caseA.settings, shortTermMonths: 999 } };
    const out = await store.save(draft);
    expect(out.kind).toBe('saved');
    expect((await store.load('case-a'))?.scenario.settings.shortTermMonths).toBe(999);
  });

  it('preferences are kept', async () => {
    await store.setPreference('lastOpen', 'case-a');
    expect(await store.getPreference('lastOpen')).toBe('case-a');
  });
});
