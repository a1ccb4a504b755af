/** Percentile of a sorted-on-demand list of milliseconds. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

/** Times `fn` once per input, after a warm-up, and returns the latencies in milliseconds. */
export function timeEach<T>(inputs: T[], fn: (input: T) => unknown, rounds = 3): number[] {
  for (const input of inputs.slice(0, 50)) fn(input);
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
