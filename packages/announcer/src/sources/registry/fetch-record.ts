import { type RegistrySnapshot, readRegistryRecord } from './record';

/** What one look at a study's record gave: a snapshot, or why there is none and when to look again. */
export type RecordFetch =
  | { kind: 'snapshot'; snapshot: RegistrySnapshot }
  | { kind: 'unknown'; reason: string; retryAfterMs?: number };

/** Options for {@link fetchRegistryRecord}. */
export interface FetchRecordOptions {
  /** API base, such as https://clinicaltrials.gov/api/v2 (IMPRESS_REGISTRY_URL). */
  baseUrl: string;
  /** Give up on a response after this long (default 15 s). */
  timeoutMs?: number;
  /** Largest body read (default 5 MB); a study record is a few hundred kB at most. */
  maxBytes?: number;
  fetch?: typeof fetch;
  /** Ends the request early (the watch stopping); the look is then unknown. */
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Seconds or an HTTP date in Retry-After, as milliseconds from now. */
function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The body, read up to `limit` bytes: undefined when it is longer, an Error when the read fails. */
async function readCapped(res: Response, limit: number): Promise<string | undefined | Error> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return Buffer.concat(chunks).toString('utf8');
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } catch (error) {
    return error as Error;
  }
}

/**
 * Fetches one study from the ClinicalTrials.gov API v2 (`GET {base}/studies/{nctId}`). Every failure
 * (an HTTP error, a 429, a timeout, a body too large, not JSON, an unexpected shape, another study's
 * record) is `unknown` with a reason: the caller keeps its last snapshot and announces nothing.
 */
export async function fetchRegistryRecord(nctId: string, options: FetchRecordOptions): Promise<RecordFetch> {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/studies/${encodeURIComponent(nctId)}`;
  const get = options.fetch ?? fetch;
  let res: Response;
  try {
    res = await get(url, {
      headers: { accept: 'application/json' },
      redirect: 'error',
      signal: AbortSignal.any([
        AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
        ...(options.signal ? [options.signal] : []),
      ]),
    });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return {
      kind: 'unknown',
      reason: timedOut ? 'the registry did not answer in time' : `request failed: ${(error as Error).message}`,
    };
  }
  if (res.status === 429 || res.status === 503)
    return { kind: 'unknown', reason: `HTTP ${res.status}`, retryAfterMs: retryAfter(res.headers.get('retry-after')) };
  if (!res.ok) return { kind: 'unknown', reason: `HTTP ${res.status}` };
  const length = Number(res.headers.get('content-length') ?? 0);
  const limit = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (length > limit) return { kind: 'unknown', reason: `the record is larger than ${limit} bytes` };
  const body = await readCapped(res, limit);
  if (body === undefined) return { kind: 'unknown', reason: `the record is larger than ${limit} bytes` };
  if (body instanceof Error) return { kind: 'unknown', reason: `the response was cut off: ${body.message}` };
  const read = readRegistryRecord(body);
  if (!read.ok) return { kind: 'unknown', reason: read.reason };
  if (read.snapshot.nctId !== nctId)
    return { kind: 'unknown', reason: `the registry answered with ${read.snapshot.nctId}, not ${nctId}` };
  return { kind: 'snapshot', snapshot: read.snapshot };
}
