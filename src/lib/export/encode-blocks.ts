/** Let the event loop run (input, painting) before the next block: a macrotask, not a microtask. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Encode text made in blocks (a generator) as UTF-8 bytes, block by block, giving the event loop
 * a turn between blocks, so a file of a million iterations (about 20 million rows) is never one
 * string and never blocks the page for more than one block. The parts go to a Blob as they are;
 * their bytes are exactly those of the joined text.
 */
export async function encodeBlocks(
  blocks: Iterable<string>,
  pause: () => Promise<void> = nextTask,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const encoder = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (const block of blocks) {
    parts.push(encoder.encode(block));
    await pause();
  }
  return parts;
}
