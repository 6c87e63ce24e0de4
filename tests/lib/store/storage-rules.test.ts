import { describe, expect, it } from 'vitest';
import { markStorageUsed, wasCleared } from '../../../src/lib/store/cleared-marker';
import { libraryEntryOf } from '../../../src/lib/store/library-entry';
import { noteReload, reloadWouldLoop } from '../../../src/lib/store/reload-guard';
import { retryDelayMs } from '../../../src/lib/store/retry-delay';
import { classifyStorageFailure, StoredRecordInvalid } from '../../../src/lib/store/storage-failure';
import { readTabMessage } from '../../../src/lib/store/tab-message';
import { scenario } from '../../helpers/scenario';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

describe('storage rules', () => {
  it('a full disk is recognised directly, inside an AbortError (inner or cause), or by message', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(classifyStorageFailure(quota)).toBe('quota');
    expect(
      classifyStorageFailure(Object.assign(new DOMException('aborted', 'AbortError'), { inner: quota })),
    ).toBe('quota');
    expect(classifyStorageFailure(new Error('aborted', { cause: quota }))).toBe('quota');
    expect(
      classifyStorageFailure(new DOMException('The database connection is closing.', 'InvalidStateError')),
    ).toBe('closed');
    expect(classifyStorageFailure(new StoredRecordInvalid('paths: required'))).toBe('invalid');
    expect(classifyStorageFailure(new DOMException('aborted', 'AbortError'))).toBe('other');
    expect(classifyStorageFailure('weird')).toBe('other');
  });

  it('retries back off 1, 2, 4 ... 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
  });

  it('tab messages are read only when they are ours', () => {
    expect(readTabMessage({ type: 'saved', dbVersion: 2, tab: 't', id: 'a', rev: 3 })).toMatchObject({
      rev: 3,
    });
    expect(readTabMessage({ type: 'saved', id: 'a' })).toBeNull();
    expect(readTabMessage('hello')).toBeNull();
  });

  it('a reload asked for less than 5 s ago counts as a loop', () => {
    const s = memory();
    expect(reloadWouldLoop(s, 10_000)).toBe(false);
    noteReload(s, 10_000);
    expect(reloadWouldLoop(s, 12_000)).toBe(true);
    expect(reloadWouldLoop(s, 16_000)).toBe(false);
  });

  it('an empty database after earlier use means the browser cleared it; a first visit does not', () => {
    const s = memory();
    expect(wasCleared(s, 0)).toBe(false);
    markStorageUsed(s);
    expect(wasCleared(s, 0)).toBe(true);
    expect(wasCleared(s, 2)).toBe(false);
    expect(wasCleared(null, 0)).toBe(false);
  });

  it('a library line says whether the scenario validates', () => {
    const s = scenario({}, { id: 'a', name: 'A' });
    const record = { id: 'a', rev: 2, updatedAt: 5, schemaVersion: 2 as const, name: 'A', scenario: s };
    expect(libraryEntryOf(record)).toEqual({ id: 'a', name: 'A', rev: 2, updatedAt: 5, problems: 0 });
    const broken = { ...record, scenario: { ...s, settings: { ...s.settings, horizonMonths: 0 } } };
    expect(libraryEntryOf(broken).problems).toBeGreaterThan(0);
  });
});
