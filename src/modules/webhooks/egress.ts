// Outbound requests to webhook targets that cannot be pointed at our own network: the check is
// made on the address actually connected to (a custom DNS lookup for the socket), so DNS
// rebinding or an alternative spelling of an address cannot slip through.
import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  internal.addSubnet(network, prefix, 'ipv4');
// IANA's IPv6 special-purpose registry, less what is globally reachable. IPv4-mapped addresses
// (::ffff:0:0/96) are judged by the IPv4 address they carry.
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback, and the deprecated IPv4-compatible form
  ['::ffff:0:0:0', 96], // IPv4-translated (SIIT)
  ['64:ff9b::', 96], // NAT64
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard-only
  ['100:0:0:1::', 64], // dummy prefix
  ['2001::', 23], // IETF protocol assignments: Teredo, benchmarking, ORCHID
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4
  ['3fff::', 20], // documentation
  ['5f00::', 16], // segment routing (SRv6) SIDs
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed by some networks)
  ['ff00::', 8], // multicast
] as const)
  internal.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address is loopback, private, link-local, reserved or otherwise internal. */
export function isInternalAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 4) return internal.check(bare, 'ipv4');
  if (family === 6) {
    // IPv4-mapped forms are judged by the IPv4 address they carry.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
    if (mapped) return internal.check(mapped, 'ipv4');
    const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(bare);
    if (hexMapped) {
      const high = parseInt(hexMapped[1]!, 16);
      const low = parseInt(hexMapped[2]!, 16);
      return internal.check(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, 'ipv4');
    }
    return internal.check(bare, 'ipv6');
  }
  return true;
}

export class EgressError extends Error {}

/**
 * A URL's host as it will be looked up: without IPv6 brackets and without trailing dots, which
 * DNS ignores (`localhost.` is `localhost`). URL has already lower-cased it.
 */
const hostOf = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '').replace(/\.+$/, '');

const isLocalhostName = (host: string): boolean => host === 'localhost' || host.endsWith('.localhost');

/** Validates a target URL's form; the address itself is checked again when connecting. */
export function checkTargetUrl(raw: string, allowPrivate: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http(s) URL';
  if (url.username || url.password) return 'must not contain credentials';
  const host = hostOf(url);
  if (!allowPrivate && ((isIP(host) && isInternalAddress(host)) || isLocalhostName(host)))
    return 'must not point at a loopback, private or internal address';
  return undefined;
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      const allowed = allowPrivate ? list : list.filter((entry) => !isInternalAddress(entry.address));
      if (allowed.length === 0)
        return callback(new EgressError(`${hostname} resolves only to internal addresses`), '', 0);
      if ((options as { all?: boolean }).all)
        return (callback as unknown as (e: null, a: typeof allowed) => void)(null, allowed);
      callback(null, allowed[0]!.address, allowed[0]!.family);
    });
  };
}

/** `refused`: the target is internal, which no retry changes. */
export type PostResult = { status: number | null; latencyMs: number; error: string | null; refused: boolean };

/** POSTs a body with headers; never follows redirects; gives up after `timeoutMs`. */
export function post(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<PostResult> {
  const started = performance.now();
  const done = (status: number | null, error: string | null, refused = false): PostResult => ({
    status,
    error,
    refused,
    latencyMs: Math.round(performance.now() - started),
  });
  return new Promise((resolve) => {
    const url = new URL(target);
    const host = hostOf(url);
    if (!options.allowPrivate && isIP(host) && isInternalAddress(host))
      return resolve(done(null, 'refused: the target is an internal address', true));
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Newsdesk-Webhooks/1',
          ...headers,
        },
        lookup: guardedLookup(options.allowPrivate),
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        // Read (and drop) at most a little of the answer, then settle.
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > 65_536) response.destroy();
        });
        response.on('end', () => resolve(done(response.statusCode ?? null, null)));
        response.on('close', () => resolve(done(response.statusCode ?? null, null)));
        response.on('error', () => resolve(done(response.statusCode ?? null, null)));
      },
    );
    request.on('error', (error) => {
      if (error instanceof EgressError) return resolve(done(null, `refused: ${error.message}`, true));
      const message =
        error.name === 'AbortError' || error.name === 'TimeoutError'
          ? `timed out after ${options.timeoutMs} ms`
          : error.message;
      resolve(done(null, message));
    });
    request.end(body);
  });
}
