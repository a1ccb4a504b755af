import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressKey } from './client-key';
import { startWebServer } from './test-server';

const Q = `/api/ask?q=${encodeURIComponent('Hvem er sponsor?')}`;

describe('addressKey', () => {
  it('counts an IPv6 client by its /64, whatever way the address is written', () => {
    const key = '2001:db8:0:1::/64';
    for (const a of [
      '2001:db8:0:1::1',
      '2001:db8:0:1:ffff:ffff:ffff:ffff',
      '2001:0DB8:0000:0001:0:0:0:2',
      '2001:db8:0:1::1%eth0',
    ]) {
      expect(addressKey(a), a).toBe(key);
    }
    expect(addressKey('2001:db8:0:2::1')).toBe('2001:db8:0:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });

  it('counts an IPv4 client by its address, also when the socket is dual-stack (::ffff:a.b.c.d)', () => {
    expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressKey('::FFFF:192.0.2.7')).toBe('192.0.2.7');
  });
});

describe('the rate limit per web client over HTTP', () => {
  let direct: Awaited<ReturnType<typeof startWebServer>>;
  let proxied: Awaited<ReturnType<typeof startWebServer>>;
  beforeAll(async () => {
    direct = await startWebServer(1);
    proxied = await startWebServer(1, { trustedProxyHops: 1 });
  });
  afterAll(async () => {
    await direct.close();
    await proxied.close();
  });
  const ask = (base: string, xff?: string) => fetch(`${base}${Q}`, { headers: xff ? { 'x-forwarded-for': xff } : {} });

  it('by default ignores X-Forwarded-For: a client cannot get a new allowance by making one up', async () => {
    expect((await ask(direct.base, '198.51.100.1')).status).toBe(200);
    expect((await ask(direct.base, '198.51.100.2')).status).toBe(429);
    expect((await ask(direct.base, '203.0.113.9, 198.51.100.3')).status).toBe(429);
  });

  it('behind one trusted proxy counts the address that proxy saw, not what the client wrote to its left', async () => {
    expect((await ask(proxied.base, '198.51.100.10')).status).toBe(200);
    expect((await ask(proxied.base, '198.51.100.11')).status).toBe(200);
    // The proxy appends the real address; an address the client put in front of it changes nothing.
    expect((await ask(proxied.base, '203.0.113.1, 198.51.100.10')).status).toBe(429);
    expect((await ask(proxied.base, '203.0.113.2, 198.51.100.10')).status).toBe(429);
    // A header that is not an address counts as the proxy's own (socket) address.
    expect((await ask(proxied.base, 'not-an-address')).status).toBe(200);
    expect((await ask(proxied.base)).status).toBe(429);
  });

  it('behind a trusted proxy counts one IPv6 /64 as one client, so rotating addresses in it does not help', async () => {
    expect((await ask(proxied.base, '2001:db8:7::1')).status).toBe(200);
    expect((await ask(proxied.base, '2001:db8:7::2')).status).toBe(429);
    expect((await ask(proxied.base, '2001:db8:7:0:dead:beef:1:1')).status).toBe(429);
    expect((await ask(proxied.base, '2001:db8:8::1')).status).toBe(200);
  });

  it('the page form reads the same trusted address and shares its allowance with /api/ask', async () => {
    const page = (xff: string) => fetch(`${proxied.base}/?lang=en&q=sponsor`, { headers: { 'x-forwarded-for': xff } });
    expect((await page('198.51.100.20')).status).toBe(200);
    expect((await ask(proxied.base, '198.51.100.20')).status).toBe(429);
    expect((await page('198.51.100.11')).status).toBe(429);
  });
});
