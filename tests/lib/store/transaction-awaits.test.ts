/**
 * P10: inside an IndexedDB transaction the code may await only IndexedDB requests. Awaiting
 * anything else (a timer, a fetch, a worker) lets the transaction commit in between, so the
 * writes after it fail or land alone. The first test reads the store's sources and fails on any
 * other await after a transaction is opened; the second shows what such an await does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { commit } from '../../../src/lib/store/commit';
import { openPathCostDb } from '../../../src/lib/store/db';
import { scenario } from '../../helpers/scenario';
import { freshIndexedDb } from './fresh-db';

const dir = new URL('../../../src/lib/store/', import.meta.url);

/** What may follow `await` once a transaction is open: IDB requests on names bound to IDB objects. */
const IDB_AWAIT =
  /^await (commit\(tx,|tx\.done|Promise\.all\(\[|(tx\.objectStore\([^)]*\)|scenarios|store|runs|revisions|cursor)\.(get|getAll|getAllKeys|count|openCursor|continue|update|put|add|delete)\b)/;
/** What may appear inside such a Promise.all: the same. */
const IDB_ITEM =
  /^(tx\.done|(tx\.objectStore\([^)]*\)|scenarios|store|runs|revisions)\.(get|getAll|getAllKeys|count)\b)/;

/**
 * Bodies from each `.transaction(` to where the transaction ends: the statement that awaits
 * `tx.done` or `commit(...)`, else the end of its method (the next line closing at 2 spaces).
 */
function transactionBodies(source: string): string[] {
  const out: string[] = [];
  let at = source.indexOf('.transaction(');
  while (at >= 0) {
    const method = source.indexOf('\n  }\n', at);
    const ends = [source.indexOf('tx.done', at), source.indexOf('await commit(', at)]
      .filter((i) => i >= 0)
      .map((i) => source.indexOf(';', i));
    const end = Math.min(...[method, ...ends].filter((i) => i >= 0));
    out.push(source.slice(at, Number.isFinite(end) ? end : undefined));
    at = source.indexOf('.transaction(', at + 1);
  }
  return out;
}

beforeEach(freshIndexedDb);

describe('transactions await only IndexedDB', () => {
  it('every await after a transaction opens in src/lib/store is an IndexedDB request', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    let checked = 0;
    const offending: string[] = [];
    for (const f of files) {
      for (const body of transactionBodies(readFileSync(new URL(f, dir), 'utf8'))) {
        for (const m of body.matchAll(/await [^;]*/g)) {
          checked++;
          const text = m[0].replace(/\s+/g, ' ');
          if (!IDB_AWAIT.test(text)) offending.push(`${f}: ${text.slice(0, 80)}`);
          if (text.startsWith('await Promise.all([')) {
            const items = text.slice('await Promise.all(['.length).split(/,\s*(?![^(]*\))/);
            for (const item of items
              .map((i) =>
                i
                  .trim()
                  .replace(/\]\)$/, '')
                  .replace(/ as .*$/, ''),
              )
              .filter(Boolean)) {
              if (!IDB_ITEM.test(item)) offending.push(`${f}: Promise.all item ${item.slice(0, 60)}`);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(offending).toEqual([]);
  });

  it('the guard is needed: a foreign await inside a transaction loses the writes after it', async () => {
    const db = await openPathCostDb();
    const s = scenario({}, { id: 'case-a', name: 'A' });
    const record = { id: 'case-a', rev: 1, updatedAt: 1, schemaVersion: 2 as const, name: 'A', scenario: s };
    const tx = db.transaction(['scenarios', 'revisions'], 'readwrite');
    await tx.objectStore('scenarios').get('case-a');
    await new Promise((r) => setTimeout(r, 5)); // e.g. hashing in a worker
    await expect(
      commit(tx, (w) => {
        w.push(tx.objectStore('scenarios').put(record));
        w.push(tx.objectStore('revisions').put(record));
      }),
    ).rejects.toBeInstanceOf(DOMException);
    expect(await db.count('scenarios')).toBe(0);
    expect(await db.count('revisions')).toBe(0);
    db.close();
  });
});
