import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRegistryRecord } from './fetch-record';

const record = (nctId: string) =>
  JSON.stringify({
    protocolSection: {
      identificationModule: { nctId, briefTitle: 'IMPRESS-Norway' },
      statusModule: { overallStatus: 'RECRUITING', lastUpdatePostDateStruct: { date: '2026-11-30', type: 'ACTUAL' } },
    },
  });

// A local double of the API: each path answers as a real registry can fail.
let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const id = req.url?.split('/').pop() ?? '';
    if (req.url?.startsWith('/api/v2/studies/') === false) return void res.writeHead(404).end();
    if (id === 'NCT00000429') return void res.writeHead(429, { 'retry-after': '120' }).end();
    if (id === 'NCT00000500') return void res.writeHead(500).end('oops');
    if (id === 'NCT00000404') return void res.writeHead(404).end();
    if (id === 'NCT00000001') return void res.writeHead(200).end('<html>not json</html>');
    if (id === 'NCT00000002') return void res.writeHead(200).end(record('NCT11111111'));
    if (id === 'NCT00000003') return; // never answers
    if (id === 'NCT00000006') {
      // Chunked, with no Content-Length to refuse it by: the cap must hold while reading.
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < 20; i++) res.write(' '.repeat(500));
      return void res.end(record(id));
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(record(id));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('fetching a study from the registry', () => {
  it('reads a record into a snapshot', async () => {
    const got = await fetchRegistryRecord('NCT04817956', { baseUrl: `${base}/` });
    expect(got).toMatchObject({ kind: 'snapshot', snapshot: { nctId: 'NCT04817956', status: 'RECRUITING' } });
  });

  it('treats every failure as unknown, with a reason and Retry-After when given', async () => {
    const look = (id: string) => fetchRegistryRecord(id, { baseUrl: base, timeoutMs: 300 });
    expect(await look('NCT00000429')).toEqual({ kind: 'unknown', reason: 'HTTP 429', retryAfterMs: 120_000 });
    expect(await look('NCT00000500')).toEqual({ kind: 'unknown', reason: 'HTTP 500' });
    expect(await look('NCT00000404')).toEqual({ kind: 'unknown', reason: 'HTTP 404' });
    expect(await look('NCT00000001')).toEqual({ kind: 'unknown', reason: 'the response is not JSON' });
    expect((await look('NCT00000002')).kind).toBe('unknown');
    expect(await look('NCT00000003')).toEqual({ kind: 'unknown', reason: 'the registry did not answer in time' });
    const capped = await fetchRegistryRecord('NCT00000006', { baseUrl: base, maxBytes: 4000 });
    expect(capped).toEqual({ kind: 'unknown', reason: 'the record is larger than 4000 bytes' });
    expect((await fetchRegistryRecord('NCT00000006', { baseUrl: base })).kind).toBe('snapshot');
  });
});
