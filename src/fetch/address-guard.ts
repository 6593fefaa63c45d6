import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { ErrorCode, PledgewatchError } from '../errors/index.js';

export interface AddressPolicy {
  /** ALLOW_PRIVATE_FEEDS: loopback, private and link-local networks become reachable (never metadata). */
  allowPrivate: boolean;
  /** FEED_ALLOWLIST: host names, IPs or CIDR ranges reachable whatever they resolve to. */
  allowlist: string[];
}

/** Cloud metadata endpoints: credentials live there, so ALLOW_PRIVATE_FEEDS alone never opens them. */
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254']);
/** Ranges ALLOW_PRIVATE_FEEDS opens; multicast, broadcast, unspecified and reserved stay closed. */
const PRIVATE_RANGES = new Set(['loopback', 'private', 'linkLocal', 'uniqueLocal', 'carrierGradeNat']);

type Address = ipaddr.IPv4 | ipaddr.IPv6;

function parseAddress(ip: string): Address | null {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return null;
  const parsed = ipaddr.parse(bare);
  // ::ffff:10.0.0.1 reaches 10.0.0.1: judge the IPv4 address inside.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed;
}

function inAllowlist(address: Address, allowlist: string[]): boolean {
  for (const entry of allowlist) {
    if (entry.includes('/')) {
      if (!ipaddr.isValidCIDR(entry)) continue;
      const [range, bits] = ipaddr.parseCIDR(entry);
      if (range.kind() === address.kind() && address.match([range, bits] as never)) return true;
    } else {
      const listed = parseAddress(entry);
      if (listed && listed.kind() === address.kind() && listed.toNormalizedString() === address.toNormalizedString()) {
        return true;
      }
    }
  }
  return false;
}

/**
 * The connect-time decision: public unicast addresses only, unless the operator
 * allowed private networks or listed the address. Anything unparsable is refused.
 */
export function isAddressAllowed(ip: string, options: AddressPolicy): boolean {
  const address = parseAddress(ip);
  if (!address) return false;
  if (inAllowlist(address, options.allowlist)) return true;
  if (METADATA_ADDRESSES.has(address.toString())) return false;
  const range = address.range();
  if (range === 'unicast') return true;
  return options.allowPrivate && PRIVATE_RANGES.has(range);
}

/** True when the host name itself is on the allowlist (case-insensitive, no brackets). */
export function isHostAllowlisted(hostname: string, allowlist: string[]): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return allowlist.some((entry) => entry.toLowerCase() === host);
}

export function blockedAddressError(host: string, ip: string): PledgewatchError {
  const shown = host === ip ? ip : `${host} (${ip})`;
  const address = parseAddress(ip);
  const metadata = address !== null && METADATA_ADDRESSES.has(address.toString());
  const fix = metadata
    ? 'it is a cloud metadata address, never fetched unless listed in FEED_ALLOWLIST'
    : 'loopback, private, link-local, multicast and metadata addresses are blocked (set ALLOW_PRIVATE_FEEDS=true or add it to FEED_ALLOWLIST if this server is yours)';
  return new PledgewatchError(ErrorCode.FetchBlocked, `refused to connect to ${shown}: ${fix}`);
}

/** Decides an IP literal before any socket is opened (net.connect skips lookup for literals). */
export function assertLiteralAllowed(hostname: string, policy: AddressPolicy): void {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 0) return;
  if (!isAddressAllowed(bare, policy) && !isHostAllowlisted(bare, policy.allowlist)) {
    throw blockedAddressError(bare, bare);
  }
}

/** Names that mean this machine without any DNS (RFC 6761): judged as loopback. */
function isLocalhostName(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === 'localhost.localdomain';
}

/**
 * The decision for a feed URL's host when it is added, before any DNS: IP literals in any
 * spelling (the URL parser normalises 0x7f.1, 2130706433 and friends) and localhost names
 * are judged as the connect-time guard would judge them. Other names are left to that
 * guard, which checks every address they resolve to at each poll.
 */
export function assertHostAllowedAtAdd(hostname: string, policy: AddressPolicy): void {
  if (isLocalhostName(hostname) && !isHostAllowlisted(hostname, policy.allowlist)) {
    if (!isAddressAllowed('127.0.0.1', policy)) throw blockedAddressError(hostname, '127.0.0.1');
    return;
  }
  assertLiteralAllowed(hostname, policy);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A net.connect lookup that resolves every address of the host and refuses the
 * connection if ANY of them is blocked, so a rebinding DNS answer cannot slip past.
 */
export function createGuardedLookup(policy: AddressPolicy, resolve: LookupFunction = dnsLookup as LookupFunction): LookupFunction {
  const guarded = (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    const allowAll = isHostAllowlisted(hostname, policy.allowlist);
    resolve(hostname, { all: true, family: options.family as number | undefined }, (error, result) => {
      if (error) return callback(error, []);
      const addresses = (Array.isArray(result) ? result : [{ address: result, family: isIP(result) }]) as LookupAddress[];
      if (addresses.length === 0) return callback(notFound(hostname), []);
      const blocked = allowAll ? undefined : addresses.find((entry) => !isAddressAllowed(entry.address, policy));
      if (blocked) return callback(blockedAddressError(hostname, blocked.address) as NodeJS.ErrnoException, []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
  return guarded as unknown as LookupFunction;
}

function notFound(hostname: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
  error.code = 'ENOTFOUND';
  return error;
}
