/** Timed rounds over the queries. */
export const ROUNDS = 10;

/** Percentile of a sorted-on-demand list of milliseconds. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

/**
 * Times `fn` once per input per round, after a warm-up round and a full garbage collection (so no
 * system pays for the garbage of the one measured before it), and returns the latencies in
 * milliseconds. Ten rounds put a p99 on some 2,500 calls, not the 7 slowest of 735.
 */
export function timeEach<T>(inputs: T[], fn: (input: T) => unknown, rounds = ROUNDS): number[] {
  for (const input of inputs) fn(input);
  (globalThis as { gc?: () => void }).gc?.();
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      fn(input);
      out.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return out;
}

/**
 * Memory in use after a full garbage collection (needs node --expose-gc): the JS heap plus the
 * typed arrays' buffers, which live outside it (the example index keeps its postings there).
 */
export function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1024 / 1024;
}

export const fmt = (n: number, digits = 2) => n.toFixed(digits);
