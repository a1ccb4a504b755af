import { randomBytes } from 'node:crypto';
import type { Database } from '@impress-norway/db';
import { claim, type OutboxOptions, outboxNow, release, settle } from './outbox';
import type { ClaimedDelivery, Platform, PlatformAdapter, SendResult } from './types';

/** Options of the outbox worker. */
export interface WorkerOptions extends Partial<OutboxOptions> {
  /** Deliveries claimed per round (each to a different channel). */
  batch?: number;
  /** Wait between rounds when there is nothing to do. */
  idleMs?: number;
  onResult?: (delivery: ClaimedDelivery, result: SendResult) => void;
  /**
   * Longest wait for one platform send (default a third of the lease). The HTTP clients' own timeouts
   * are far beyond the lease; a send still running when the lease ends would race the worker that
   * takes the delivery over. A timed-out send is retried as uncertain, so the retry checks first.
   */
  sendTimeoutMs?: number;
  /** A round that failed (database unreachable ...): the worker waits `idleMs` and tries again. */
  onError?: (error: Error) => void;
}

/**
 * Sends due deliveries through the platform adapters: claims with a lease, sends, records the
 * platform message id, retries with backoff and Retry-After, and deactivates channels that are gone.
 * Several workers (processes or replicas) can run on one database.
 */
export class OutboxWorker {
  readonly options: OutboxOptions;
  private running = false;
  private inFlight: Promise<unknown> = Promise.resolve();
  private wake: (() => void) | undefined;

  constructor(
    private readonly database: Database,
    private readonly adapters: Partial<Record<Platform, PlatformAdapter>>,
    private readonly settings: WorkerOptions = {},
  ) {
    this.options = {
      owner: settings.owner ?? `worker-${randomBytes(6).toString('hex')}`,
      leaseMs: settings.leaseMs ?? 60_000,
      paceMs: settings.paceMs ?? { slack: adapters.slack?.paceMs ?? 1000, discord: adapters.discord?.paceMs ?? 1000 },
      maxAttempts: settings.maxAttempts ?? 8,
      ...(settings.now ? { now: settings.now } : {}),
      ...(settings.random ? { random: settings.random } : {}),
    };
  }

  private async sendOne(d: ClaimedDelivery): Promise<void> {
    const adapter = this.adapters[d.subscription.platform];
    let result: SendResult;
    let timer: NodeJS.Timeout | undefined;
    const timeoutMs = this.settings.sendTimeoutMs ?? Math.floor(this.options.leaseMs / 3);
    const timedOut = new Promise<SendResult>((resolve) => {
      timer = setTimeout(
        () => resolve({ kind: 'retry', error: `send timed out after ${timeoutMs} ms`, uncertain: true }),
        timeoutMs,
      );
    });
    try {
      result = adapter
        ? await Promise.race([adapter.send(d), timedOut])
        : { kind: 'failed', error: `no ${d.subscription.platform} adapter configured` };
    } catch (error) {
      result = { kind: 'retry', error: (error as Error).message };
    } finally {
      clearTimeout(timer);
    }
    await settle(this.database, d, result, this.options);
    this.settings.onResult?.(d, result);
  }

  /** One round: claim a batch and send it. Returns how many deliveries were handled. */
  async runOnce(): Promise<number> {
    const claimed = await claim(this.database, this.settings.batch ?? 50, this.options);
    const round = Promise.all(claimed.map((d) => this.sendOne(d)));
    this.inFlight = round;
    await round;
    return claimed.length;
  }

  /** Runs rounds until {@link stop}; sleeps `idleMs` when nothing is due. */
  async run(): Promise<void> {
    this.running = true;
    while (this.running) {
      const handled = await this.runOnce().catch((error: unknown) => {
        this.settings.onError?.(error as Error);
        return 0;
      });
      if (handled === 0 && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.settings.idleMs ?? 500);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  /** Stops after the sends in flight finish; leases not yet used are given back. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.inFlight.catch(() => undefined);
    const held = await this.database.db
      .selectFrom('deliveries')
      .select('id')
      .where('lease_owner', '=', this.options.owner)
      .where('status', '=', 'sending')
      .execute();
    await release(
      this.database,
      held.map((h) => h.id),
      this.options.owner,
      await outboxNow(this.database, this.options),
    );
  }
}
