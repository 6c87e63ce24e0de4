/** After a failed save: 1 s, 2 s, 4 s, ... up to 30 s between attempts. */
export function retryDelayMs(attempt: number, firstMs = 1000, maxMs = 30_000): number {
  return Math.min(maxMs, firstMs * 2 ** Math.max(0, attempt - 1));
}
