import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { BOT, message } from './gateway-payloads';

export { buttonInteraction, impressInteraction } from './gateway-payloads';

/** One REST call the double received. */
export interface RestCall {
  method: string;
  path: string;
  authorization?: string;
  body: Record<string, unknown> | undefined;
}

/**
 * A Discord double on loopback for the real discord.js client: REST (`/gateway/bot`, interaction
 * callbacks, webhook edits) and a gateway WebSocket that answers IDENTIFY with READY, acknowledges
 * heartbeats and dispatches INTERACTION_CREATE.
 */
export class DiscordDouble {
  readonly calls: RestCall[] = [];
  readonly applicationId = '900000000000000002';
  apiUrl = '';
  private http: Server;
  private gateway!: WebSocketServer;
  private socket: WebSocket | undefined;
  private seq = 1;
  private waiters: Array<{ match: (c: RestCall) => boolean; resolve: (c: RestCall) => void }> = [];
  identified = false;
  /** Called for every REST call (benchmarks count callbacks here without keeping them). */
  onCall: ((c: RestCall) => void) | undefined;
  /** Keep calls for assertions (tests); benchmarks turn this off. */
  record = true;
  /** Channel messages posted through REST, per channel. */
  readonly channelMessages = new Map<string, Array<{ id: string; nonce?: string; body: Record<string, unknown> }>>();
  /** Channels that answer 404 Unknown Channel (10003). */
  readonly goneChannels = new Set<string>();
  private messageSeq = 1000;
  /** Delay before each answer (the message is kept first), to leave a crash window in tests. */
  latencyMs = 0;

  constructor() {
    this.http = createServer(async (req, res) => {
      const call = await read(req);
      if (this.record) this.calls.push(call);
      this.onCall?.(call);
      for (const w of [...this.waiters])
        if (w.match(call)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(call);
        }
      const { status, body } = this.answer(call);
      if (this.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    });
  }

  private gatewayUrl(): string {
    return `ws://127.0.0.1:${(this.gateway.address() as AddressInfo).port}`;
  }

  private answer(call: RestCall): { status: number; body?: unknown } {
    const p = call.path.replace(/^\/api\/v\d+/, '').split('?')[0] ?? '';
    if (p === '/gateway/bot')
      return {
        status: 200,
        body: {
          url: this.gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        },
      };
    if (p === '/gateway') return { status: 200, body: { url: this.gatewayUrl() } };
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(p)) return { status: 204 };
    if (/^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(p)) return { status: 200, body: message(call.body) };
    if (/^\/webhooks\/\d+\/[^/]+$/.test(p)) return { status: 200, body: message(call.body) };
    if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(p)) return { status: 200, body: call.body };
    const channel = /^\/channels\/(\d+)\/messages$/.exec(p)?.[1];
    if (channel && call.method === 'POST') return this.postMessage(channel, call.body ?? {});
    return { status: 404, body: { message: 'Unknown', code: 0 } };
  }

  /** Like Discord: with `enforce_nonce`, a repeated nonce returns the message created first. */
  private postMessage(channel: string, body: Record<string, unknown>): { status: number; body: unknown } {
    if (this.goneChannels.has(channel)) return { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
    const held = this.channelMessages.get(channel) ?? [];
    const nonce = typeof body.nonce === 'string' ? body.nonce : undefined;
    const earlier = body.enforce_nonce && nonce ? held.find((m) => m.nonce === nonce) : undefined;
    if (earlier) return { status: 200, body: { id: earlier.id, channel_id: channel, ...earlier.body } };
    const id = String(++this.messageSeq);
    held.push({ id, ...(nonce ? { nonce } : {}), body });
    this.channelMessages.set(channel, held);
    return { status: 200, body: { id, channel_id: channel, ...body } };
  }

  async start(): Promise<this> {
    this.gateway = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.gateway.once('listening', () => resolve()));
    this.gateway.on('connection', (socket) => this.onConnection(socket));
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.apiUrl = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/api`;
    return this;
  }

  private onConnection(socket: WebSocket): void {
    this.socket = socket;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    socket.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (msg.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (msg.op === 2) {
        this.identified = true;
        this.dispatch('READY', {
          v: 10,
          user: BOT,
          guilds: [],
          session_id: 'session-1',
          resume_gateway_url: this.gatewayUrl(),
          shard: [0, 1],
          application: { id: this.applicationId, flags: 0 },
        });
      }
    });
  }

  /** Sends a gateway dispatch (op 0) to the connected client. */
  dispatch(type: string, data: unknown): void {
    this.socket?.send(JSON.stringify({ op: 0, t: type, s: this.seq++, d: data }));
  }

  /** Resolves with the next REST call that matches, or rejects after `ms`. */
  next(match: (c: RestCall) => boolean, ms = 5000): Promise<RestCall> {
    const seen = this.calls.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the Discord double received no matching call')), ms);
      this.waiters.push({
        match,
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
      });
    });
  }

  async stop(): Promise<void> {
    for (const c of this.gateway.clients) c.terminate();
    await new Promise((resolve) => this.gateway.close(resolve));
    this.http.closeAllConnections();
    await new Promise((resolve) => this.http.close(resolve));
  }
}

async function read(req: IncomingMessage): Promise<RestCall> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  let body: Record<string, unknown> | undefined;
  if (text) {
    // discord.js sends JSON, or multipart with a payload_json part when files are attached.
    const json =
      text.trim().startsWith('{') || text.trim().startsWith('[')
        ? text
        : /name="payload_json"\r?\n(?:Content-Type: [^\r\n]+\r?\n)?\r?\n([\s\S]*?)\r?\n--/.exec(text)?.[1];
    body = json ? JSON.parse(json) : undefined;
  }
  return {
    method: req.method ?? 'GET',
    path: req.url ?? '/',
    ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    body,
  };
}
