import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '@impress-norway/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { createSlackApp, type SlackApp } from './app';
import { readSlackConfig } from './env';
import { SlackApiDouble } from './testing/slack-api-double';

// Socket Mode against doubles: apps.connections.open on the Web API double returns the URL of a
// local WebSocket server that speaks Slack's envelope protocol (hello, envelopes, acks).
const api = new SlackApiDouble();
let wss: WebSocketServer;
const sockets: WebSocket[] = [];
const received: Array<Record<string, unknown>> = [];
let database: Database;
let slack: SlackApp;

beforeAll(async () => {
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
  wss.on('connection', (socket) => {
    sockets.push(socket);
    socket.on('message', (data) => received.push(JSON.parse(String(data))));
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'A1' },
        debug_info: { host: 'double' },
      }),
    );
  });
  await api.start();
  api.responder = (call) =>
    call.path === '/api/apps.connections.open' ? { body: { ok: true, url: wsUrl } } : undefined;
  database = await openDatabase(join(mkdtempSync(join(tmpdir(), 'slack-socket-')), 'impress.db'));
  const config = readSlackConfig({
    SLACK_APP_TOKEN: 'xapp-test',
    SLACK_BOT_TOKEN: 'xoxb-socket',
    SLACK_API_URL: `${api.url}/api/`,
    LOG_LEVEL: 'error',
  });
  slack = createSlackApp(config, database);
  await slack.start();
});

afterAll(async () => {
  await slack?.stop();
  for (const s of sockets) s.terminate();
  await new Promise((resolve) => wss.close(resolve));
  await database?.close();
  await api.stop();
});

async function envelope(id: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
  const socket = sockets.at(-1);
  if (!socket) throw new Error('the app did not connect');
  socket.send(JSON.stringify({ envelope_id: id, type: 'slash_commands', accepts_response_payload: true, payload }));
  for (let i = 0; i < 100; i++) {
    const ack = received.find((m) => m.envelope_id === id);
    if (ack) return ack;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no ack for envelope ${id}`);
}

describe('Slack app in Socket Mode (outbound connection only)', () => {
  it('opens the connection with the app token through the Web API base it was given', async () => {
    const open = await api.next((c) => c.path === '/api/apps.connections.open');
    expect(open.authorization).toBe('Bearer xapp-test');
  });

  it('acks a slash command envelope with the answer as its payload', async () => {
    const ack = await envelope('env-1', {
      token: 'legacy',
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U1',
      command: '/impress',
      text: 'sykehus tromso',
      response_url: `${api.url}/response/socket-1`,
      trigger_id: '1',
      api_app_id: 'A1',
    });
    const payload = ack.payload as { response_type: string; text: string; blocks: unknown[] };
    expect(payload.response_type).toBe('ephemeral');
    expect(payload.text).toContain('Tromsø');
    expect(payload.blocks.length).toBeGreaterThan(1);
  });
});
