import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Most redirects followed for one feed fetch. */
export const MAX_FEED_REDIRECTS = 3;

// Loopback, private, link-local, carrier-grade NAT, "this network" and unique-local ranges: a feed
// redirect must not reach into the operator's own network unless the operator allows it.
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** True for a loopback, private or link-local address (IPv4-mapped IPv6 included). */
export function isPrivateAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  const kind = isIP(ip);
  if (kind === 0) return true;
  return PRIVATE.check(ip, kind === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Why a redirect from `from` to `to` is refused, or undefined when it may be followed: only http(s),
 * never from https down to http, and never to a host that is or resolves to a private address unless
 * `allowPrivate` (an operator setting; tests on loopback use it).
 */
export async function refusedRedirect(from: URL, to: URL, allowPrivate: boolean): Promise<string | undefined> {
  if (to.protocol !== 'https:' && to.protocol !== 'http:') return `redirect to ${to.protocol} refused`;
  if (from.protocol === 'https:' && to.protocol === 'http:') return 'redirect from https to http refused';
  if (allowPrivate) return undefined;
  const host = to.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  if (addresses.some(isPrivateAddress)) return `redirect to a private address (${to.host}) refused`;
  return undefined;
}
