/**
 * Which network addresses evidence capture may connect to: public unicast only. A URL typed into a
 * case (or a page's redirect) must not make the server read its own loopback, the office LAN, the
 * cloud metadata service (169.254.169.254) or anything else not on the public internet (SSRF).
 * Built on node:net's BlockList, which also matches IPv4-mapped IPv6 (::ffff:127.0.0.1) against the
 * IPv4 rules; ipaddr.js is only a transitive dependency here, so it is not relied on.
 */

import { BlockList, isIP } from 'node:net';

const NOT_PUBLIC = new BlockList();
// IANA special-purpose registries (RFC 6890 and successors): none of these is a public web host.
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  NOT_PUBLIC.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::', 96], // IPv4-compatible (deprecated)
  ['100::', 64], // discard
  ['2001::', 32], // Teredo (tunnels to any IPv4)
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 (tunnels to any IPv4)
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  NOT_PUBLIC.addSubnet(net, bits, 'ipv6');
}

/** The IPv4 address a NAT64 address (64:ff9b::/96) stands for, else null. */
function nat64Target(address: string): string | null {
  const match = /^64:ff9b::([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!match) return null;
  const high = Number.parseInt(match[1]!, 16);
  const low = Number.parseInt(match[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** True when the address (IPv4 or IPv6, brackets allowed) is a public unicast address. */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return false;
  if (family === 4) return !NOT_PUBLIC.check(bare, 'ipv4');
  const target = nat64Target(bare);
  if (target !== null) return isPublicAddress(target);
  return !NOT_PUBLIC.check(bare, 'ipv6');
}
