import { beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, openPathCostDb, type Migration } from '../../../src/lib/store/db';
import { RECORD_VERSION, scenarioRecordSchema } from '../../../src/lib/store/scenario-record';
import { freshIndexedDb } from './fresh-db';
import { storedVersion, V1_RECORDS, writeVersion1Database } from './v1-fixture';

beforeEach(freshIndexedDb);

describe('database upgrades', () => {
  it('a new database is created at the current version with every store', async () => {
    const db = await openPathCostDb();
    expect(db.version).toBe(DB_VERSION);
    expect(Array.from(db.objectStoreNames).sort()).toEqual([
      'preferences',
      'quarantine',
      'revisions',
      'runData',
      'runs',
      'scenarios',
    ]);
    db.close();
  });

  it('a version-1 database is upgraded to version 2 step by step, its data equal to the fixture', async () => {
    await writeVersion1Database();
    expect((await storedVersion()).version).toBe(1);
    const db = await openPathCostDb();
    expect(db.version).toBe(2);
    const records = await db.getAll('scenarios');
    expect(records).toHaveLength(V1_RECORDS.length);
    for (const [i, r] of records.entries()) {
      const parsed = scenarioRecordSchema.parse(r);
      expect(parsed.rev).toBe(1);
      expect(parsed.schemaVersion).toBe(RECORD_VERSION);
      expect(parsed.id).toBe(V1_RECORDS[i]!.id);
      expect(parsed.name).toEqual(V1_RECORDS[i]!.name);
      expect(parsed.updatedAt).toBe(V1_RECORDS[i]!.updatedAt);
      expect(parsed.scenario).toEqual(V1_RECORDS[i]!.scenario);
    }
    expect(await db.getAll('revisions')).toEqual(records);
    expect(await db.get('preferences', 'lastOpen')).toBe('case-b');
    db.close();
  });

  it('a second open at the same version runs no migration and changes nothing', async () => {
    await writeVersion1Database();
    (await openPathCostDb()).close();
    let ran = 0;
    const counting: Migration[] = MIGRATIONS.map((m) => (db, tx) => {
      ran++;
      return m(db, tx);
    });
    const db = await openPathCostDb({ migrations: counting });
    expect(ran).toBe(0);
    expect((await db.getAll('scenarios')).map((r) => r.rev)).toEqual([1, 1]);
    db.close();
  });

  it('v1 -> v2 -> v3: each step runs once in order', async () => {
    await writeVersion1Database();
    const steps: number[] = [];
    const toV3: Migration = async (_db, tx) => {
      steps.push(3);
      const store = tx.objectStore('preferences');
      await store.put('three', 'marker');
    };
    const migrations: Migration[] = [
      MIGRATIONS[0]!,
      async (db, tx) => {
        steps.push(2);
        await MIGRATIONS[1]!(db, tx);
      },
      toV3,
    ];
    const db = await openPathCostDb({ version: 3, migrations });
    expect(steps).toEqual([2, 3]);
    expect(db.version).toBe(3);
    expect(await db.get('preferences', 'marker')).toBe('three');
    expect(await db.count('scenarios')).toBe(2);
    db.close();
  });

  it('a migration that throws half-way leaves the version and the old data as they were', async () => {
    await writeVersion1Database();
    const failing: Migration[] = [
      MIGRATIONS[0]!,
      async (db, tx) => {
        await MIGRATIONS[1]!(db, tx); // writes the new layout ...
        throw new Error('disk on fire'); // ... then fails
      },
    ];
    await expect(openPathCostDb({ migrations: failing })).rejects.toBeTruthy();
    const after = await storedVersion();
    expect(after.version).toBe(1);
    expect(after.stores).toEqual(['preferences', 'scenarios']);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('pathcost');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('open failed'));
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const r = db.transaction('scenarios').objectStore('scenarios').getAll();
      r.onsuccess = () => resolve(r.result as unknown[]);
      r.onerror = () => reject(r.error ?? new Error('read failed'));
    });
    expect(records).toEqual(V1_RECORDS);
    db.close();
  });
});
