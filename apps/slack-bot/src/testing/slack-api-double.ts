import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the double received. */
export interface Recorded {
  method: string;
  path: string;
  authorization?: string;
  body: Record<string, unknown>;
}

type Responder = (call: Recorded) => { status?: number; headers?: Record<string, string>; body: unknown } | undefined;

/** A message the double holds, as conversations.history returns it. */
export interface HeldMessage {
  ts: string;
  text?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/**
 * A Slack Web API double on loopback: answers `auth.test`, `chat.postMessage` (kept per channel, with
 * metadata, for `conversations.history`), `conversations.info`, `views.publish`, `oauth.v2.access` and
 * response_url posts, and records every call so tests assert what was sent.
 */
export class SlackApiDouble {
  readonly calls: Recorded[] = [];
  /** Messages posted per channel, oldest first. */
  readonly channels = new Map<string, HeldMessage[]>();
  /** Users users.info reports as guests, and as workspace admins. */
  readonly guests = new Set<string>();
  readonly admins = new Set<string>();
  /** Channels the bot is not a member of (conversations.info says so). */
  readonly notMember = new Set<string>();
  private seq = 0;
  private server: Server;
  private waiters: Array<{ match: (c: Recorded) => boolean; resolve: (c: Recorded) => void }> = [];
  /** Keep every call for assertions (tests); benchmarks turn this off to measure the client, not the double. */
  record = true;
  /** Delay before each answer, to make a fan-out take time (crash tests). */
  latencyMs = 0;
  /** Override answers per test: return undefined to fall back to the defaults. */
  responder: Responder = () => undefined;
  url = '';

  constructor() {
    this.server = createServer(async (req, res) => {
      const call = await record(req);
      if (this.record) this.calls.push(call);
      for (const w of [...this.waiters])
        if (w.match(call)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(call);
        }
      const answer = this.responder(call) ?? this.stateful(call) ?? defaults(call);
      // The post is kept before the answer is delayed: a client killed meanwhile has posted but never heard so.
      if (this.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
      res.end(JSON.stringify(answer.body));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private stateful(call: Recorded): { status?: number; headers?: Record<string, string>; body: unknown } | undefined {
    const method = call.path.replace(/^\/api\//, '');
    const channel = String(call.body.channel ?? '');
    if (method === 'chat.postMessage') {
      const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.seq).padStart(6, '0')}`;
      const held = this.channels.get(channel) ?? [];
      held.push({
        ts,
        ...(typeof call.body.text === 'string' ? { text: call.body.text } : {}),
        ...(call.body.metadata ? { metadata: call.body.metadata as HeldMessage['metadata'] } : {}),
      });
      this.channels.set(channel, held);
      return { body: { ok: true, channel, ts } };
    }
    if (method === 'conversations.history') {
      // Newest first, in pages: `cursor` is an offset here (opaque to clients, as Slack's is), and
      // `oldest` leaves out messages at or before that ts.
      const limit = Number(call.body.limit ?? 100);
      const from = Number(call.body.cursor ?? 0);
      const oldest = call.body.oldest === undefined ? undefined : Number(call.body.oldest);
      const all = [...(this.channels.get(channel) ?? [])]
        .reverse()
        .filter((m) => oldest === undefined || Number(m.ts) > oldest);
      const messages = all.slice(from, from + limit);
      const more = from + limit < all.length;
      return {
        body: {
          ok: true,
          messages,
          has_more: more,
          response_metadata: { next_cursor: more ? String(from + limit) : '' },
        },
      };
    }
    if (method === 'users.info') {
      const user = String(call.body.user ?? '');
      return {
        body: {
          ok: true,
          user: { id: user, is_restricted: this.guests.has(user), is_admin: this.admins.has(user) },
        },
      };
    }
    if (method === 'conversations.info')
      return { body: { ok: true, channel: { id: channel, is_member: !this.notMember.has(channel) } } };
    return undefined;
  }

  /** Resolves with the next call that matches, or rejects after `ms`. */
  next(match: (c: Recorded) => boolean, ms = 5000): Promise<Recorded> {
    const seen = this.calls.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the Slack double received no matching call')), ms);
      this.waiters.push({
        match,
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
      });
    });
  }
}

async function record(req: IncomingMessage): Promise<Recorded> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  let body: Record<string, unknown> = {};
  if ((req.headers['content-type'] ?? '').includes('json')) body = text ? JSON.parse(text) : {};
  else body = Object.fromEntries(new URLSearchParams(text));
  return {
    method: req.method ?? 'GET',
    path: req.url ?? '/',
    ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    body,
  };
}

function defaults(call: Recorded): { status?: number; headers?: Record<string, string>; body: unknown } {
  const method = call.path.replace(/^\/api\//, '');
  switch (method) {
    case 'auth.test':
      return { body: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', url: 'https://t1.example/' } };
    case 'views.publish':
      return { body: { ok: true } };
    case 'oauth.v2.access':
      return {
        body: {
          ok: true,
          app_id: 'A1',
          authed_user: { id: 'U2' },
          scope: 'commands,chat:write',
          token_type: 'bot',
          access_token: `xoxb-${String(call.body.code)}-token`,
          bot_user_id: 'UB2',
          team: { id: 'T2', name: 'Hospital Two' },
          enterprise: null,
          is_enterprise_install: false,
        },
      };
    default:
      return { body: { ok: true } };
  }
}

/** Headers of a request signed the way Slack signs it (v0, HMAC-SHA256 over `v0:ts:body`). */
export function slackSignature(
  secret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

/** A form-encoded slash command body. */
export function slashCommand(fields: {
  text: string;
  team?: string;
  channel?: string;
  user?: string;
  responseUrl: string;
}): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: fields.team ?? 'T1',
    team_domain: 'hospital',
    channel_id: fields.channel ?? 'C1',
    channel_name: 'oncology',
    user_id: fields.user ?? 'U1',
    user_name: 'doctor',
    command: '/impress',
    text: fields.text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}
