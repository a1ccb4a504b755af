import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * The first 64 bits of an IPv6 address, as four hextets (`2001:db8:0:0`): one host (or one home or
 * office line) is given a whole /64 and can pick any address in it, so the limit counts the /64.
 */
function ipv6Prefix(address: string): string {
  const bare = address.split('%')[0] ?? address;
  const [head = '', tail] = bare.split('::');
  const headParts = head ? head.split(':') : [];
  // An IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) fills two hextets; only the count matters here.
  const count = (parts: string[]) => parts.reduce((n, p) => n + (p.includes('.') ? 2 : 1), 0);
  const tailParts = tail === undefined ? [] : tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - count(headParts) - count(tailParts);
  const all = [...headParts, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailParts];
  return all
    .slice(0, 4)
    .map((h) => (h.includes('.') ? '0' : (Number.parseInt(h, 16) || 0).toString(16)))
    .join(':');
}

/** The part of an address one client controls as a unit: the IPv4 address, or the IPv6 /64. */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  return isIP(address.split('%')[0] ?? '') === 6 ? `${ipv6Prefix(address)}::/64` : address;
}

/**
 * The address the nearest of `trustedHops` proxies in front of this server saw the request come
 * from: counted from the right of X-Forwarded-For, since each proxy appends the address it saw and
 * anything further left is whatever the client wrote. Without trusted proxies (the default), or
 * when the header is missing, too short or not an address, it is the socket's own address.
 */
export function clientAddress(req: IncomingMessage, trustedHops = 0): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  const header = req.headers['x-forwarded-for'];
  if (trustedHops < 1 || !header) return socket;
  const hops = (Array.isArray(header) ? header.join(',') : header).split(',').map((h) => h.trim());
  const seen = hops[hops.length - trustedHops];
  return seen && isIP(seen) ? seen : socket;
}

/**
 * The key a web client is rate-limited by. X-Forwarded-For is read only when the operator says how
 * many proxies in front of the server append to it (IMPRESS_TRUSTED_PROXY_HOPS); otherwise anyone
 * could send it, and behind a proxy every client shares the proxy's allowance (see README).
 */
export function clientKey(req: IncomingMessage, trustedHops = 0): string {
  return `web:${addressKey(clientAddress(req, trustedHops))}`;
}
