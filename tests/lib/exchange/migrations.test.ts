import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateScenarioDocument, type Migration } from '../../../src/lib/exchange/migrations';
import { checkSchemaVersion } from '../../../src/lib/exchange/schema-version';
import { SCHEMA_VERSION, scenarioSchema } from '../../../src/lib/model/scenario';
import { smallDocument } from './documents';

/**
 * A made-up version 0 that called the field `title` and kept cost in cents, to test the
 * machinery; the real table is empty until the format changes.
 */
const TABLE: Record<number, Migration> = {
  0: ({ title, ...rest }) => ({ ...rest, name: title }),
};

describe('schema versions and migrations (bad-inputs I8)', () => {
  it('has no migration yet: version 1 is the first PathCost wrote', () => {
    expect(SCHEMA_VERSION).toBe(1);
    expect(Object.keys(MIGRATIONS)).toEqual([]);
  });

  it('reads the version first: current, newer, missing, not a number, never written', () => {
    expect(checkSchemaVersion({ schemaVersion: 1 })).toEqual({ kind: 'current' });
    expect(checkSchemaVersion({ schemaVersion: 99 })).toEqual({ kind: 'newer', version: 99 });
    expect(checkSchemaVersion({})).toEqual({ kind: 'missing' });
    expect(checkSchemaVersion({ schemaVersion: '1' })).toEqual({ kind: 'missing' });
    expect(checkSchemaVersion({ schemaVersion: 1.5 })).toEqual({ kind: 'missing' });
    expect(checkSchemaVersion({ schemaVersion: 0 })).toEqual({ kind: 'unknown', version: 0 });
  });

  it('migrates an older document step by step, then it validates; the original is untouched', () => {
    const { name, ...rest } = smallDocument();
    const old = { ...rest, schemaVersion: 0, title: name };
    expect(checkSchemaVersion(old, TABLE)).toEqual({ kind: 'older', version: 0 });
    const m = migrateScenarioDocument(old, 0, TABLE);
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.document.schemaVersion).toBe(1);
    expect(scenarioSchema.safeParse(m.document).success).toBe(true);
    expect(old.title).toEqual(name);
    expect('name' in old).toBe(false);
  });

  it('says when there is no way up from a version', () => {
    expect(migrateScenarioDocument({ schemaVersion: 0 }, 0)).toEqual({ ok: false, from: 0 });
    expect(checkSchemaVersion({ schemaVersion: -1 }, TABLE)).toEqual({ kind: 'unknown', version: -1 });
  });
});
