import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer of the registry double. */
export interface RegistryAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer (the client's timeout must end the request). */
  hang?: boolean;
}

/**
 * A local double of the ClinicalTrials.gov API v2 single-study endpoint (`GET /api/v2/studies/{id}`).
 * Each study answers from its queue of scripted answers in order; the last one repeats. Unknown
 * studies get 404 with a text body, as the real API does.
 */
export class RegistryDouble {
  private server: Server | undefined;
  private readonly queues = new Map<string, RegistryAnswer[]>();
  /** Every request, in order: the study id asked for. */
  readonly calls: string[] = [];
  url = '';

  /** Sets what a study answers next (replacing anything still queued). */
  answer(nctId: string, ...answers: RegistryAnswer[]): void {
    this.queues.set(nctId, [...answers]);
  }

  /** A shorthand: the study answers 200 with this JSON body. */
  serve(nctId: string, body: string): void {
    this.answer(nctId, { body, headers: { 'content-type': 'application/json' } });
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const match = /^\/api\/v2\/studies\/([^/?]+)/.exec(req.url ?? '');
      const id = decodeURIComponent(match?.[1] ?? '');
      this.calls.push(id);
      const queue = this.queues.get(id);
      const next = queue && (queue.length > 1 ? queue.shift() : queue[0]);
      if (!match || !next) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      if (next.hang) return;
      res.writeHead(next.status ?? 200, next.headers ?? {}).end(next.body ?? '');
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/v2`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
