import { describe, expect, it } from 'vitest';
import { readStep, stepKey, writeStep, type StepStore } from '../../../src/lib/session/session-step-memory';

function mapStore(): StepStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

describe('the session step, remembered per scenario for this tab', () => {
  it('reads back what was written, per scenario', () => {
    const store = mapStore();
    writeStep(store, 'case-1', 4);
    writeStep(store, 'case-2', 2);
    expect(readStep(store, 'case-1', 5)).toBe(4);
    expect(readStep(store, 'case-2', 5)).toBe(2);
    expect(readStep(store, 'case-3', 5)).toBe(1);
    expect(store.map.get(stepKey('case-1'))).toBe('4');
  });

  it('anything that is not a step 1..5 reads as step 1', () => {
    const store = mapStore();
    for (const bad of ['0', '6', '2.5', 'x', '']) {
      store.map.set(stepKey('s'), bad);
      expect(readStep(store, 's', 5), bad).toBe(1);
    }
  });

  it('storage that is missing or throws changes nothing and breaks nothing', () => {
    const throwing: StepStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => writeStep(throwing, 's', 3)).not.toThrow();
    expect(readStep(throwing, 's', 5)).toBe(1);
    expect(readStep(null, 's', 5)).toBe(1);
    expect(() => writeStep(null, 's', 3)).not.toThrow();
  });
});
