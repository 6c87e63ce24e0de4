import { vi } from 'vitest';

export { FakeRunner, type RunnerCall } from '../fake-runner';

/** jsdom has no ResizeObserver (Svelte's bind:clientWidth uses it). */
export function stubResizeObserver(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}
