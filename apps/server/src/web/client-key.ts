import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * The part of an address one client controls as a unit: the IPv4 address (also when a dual-stack
 * socket writes it `::ffff:a.b.c.d`), or the IPv6 /64, since one host (or one home or office line) is
 * given a whole /64 and can pick any address in it. Anything that is not an address stays as it is.
 */
export function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const ip = ipaddr.process(address);
  if (ip.kind() === 'ipv4') return ip.toString();
  return `${(ip as ipaddr.IPv6).parts
    .slice(0, 4)
    .map((h) => h.toString(16))
    .join(':')}::/64`;
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
