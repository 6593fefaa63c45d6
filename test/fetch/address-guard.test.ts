import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createGuardedLookup, isAddressAllowed } from '../../src/fetch/index.js';

const closed = { allowPrivate: false, allowlist: [] };

describe('isAddressAllowed', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '::1',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '169.254.1.1',
    '0.0.0.0',
    '::',
    '224.0.0.1',
    'ff02::1',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    '255.255.255.255',
    '100.64.0.1',
    '[::1]',
    'not-an-ip',
    '',
  ])('blocks %s by default', (ip) => {
    expect(isAddressAllowed(ip, closed)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:93.184.216.34'])('allows public %s', (ip) => {
    expect(isAddressAllowed(ip, closed)).toBe(true);
  });

  it('ALLOW_PRIVATE_FEEDS opens private networks but never metadata, multicast or unspecified', () => {
    const open = { allowPrivate: true, allowlist: [] };
    for (const ip of ['127.0.0.1', '::1', '10.0.0.1', '192.168.0.2', 'fc00::1', '::ffff:10.0.0.1']) {
      expect(isAddressAllowed(ip, open), ip).toBe(true);
    }
    for (const ip of ['169.254.169.254', '::ffff:169.254.169.254', 'fd00:ec2::254', '224.0.0.1', '0.0.0.0', '::']) {
      expect(isAddressAllowed(ip, open), ip).toBe(false);
    }
  });

  it('FEED_ALLOWLIST opens exactly the listed addresses and ranges', () => {
    const listed = { allowPrivate: false, allowlist: ['10.1.0.0/16', '127.0.0.1', 'fc00::/7'] };
    expect(isAddressAllowed('10.1.2.3', listed)).toBe(true);
    expect(isAddressAllowed('10.2.0.1', listed)).toBe(false);
    expect(isAddressAllowed('127.0.0.1', listed)).toBe(true);
    expect(isAddressAllowed('127.0.0.2', listed)).toBe(false);
    expect(isAddressAllowed('fd12::1', listed)).toBe(true);
  });
});

function fakeResolver(answers: Record<string, string[]>, calls: string[] = []): LookupFunction {
  return ((hostname: string, _options: unknown, callback: (...args: unknown[]) => void) => {
    calls.push(hostname);
    const addresses = answers[hostname] ?? [];
    callback(
      null,
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  }) as unknown as LookupFunction;
}

function runLookup(lookup: LookupFunction, host: string, all: boolean): Promise<{ error: Error | null; result: unknown }> {
  return new Promise((resolve) => {
    (lookup as unknown as (h: string, o: object, cb: (e: Error | null, r: unknown) => void) => void)(host, { all }, (error, result) =>
      resolve({ error, result }),
    );
  });
}

describe('createGuardedLookup', () => {
  const resolver = fakeResolver({
    'public.test': ['93.184.216.34'],
    'rebind.test': ['93.184.216.34', '10.0.0.1'],
    'metadata.test': ['169.254.169.254'],
    'mapped.test': ['::ffff:127.0.0.1'],
  });

  it('passes public answers through, as one address or all of them', async () => {
    expect((await runLookup(createGuardedLookup(closed, resolver), 'public.test', false)).result).toBe('93.184.216.34');
    const all = await runLookup(createGuardedLookup(closed, resolver), 'public.test', true);
    expect(all.result).toEqual([{ address: '93.184.216.34', family: 4 }]);
  });

  it.each(['rebind.test', 'metadata.test', 'mapped.test'])('refuses %s when any answer is blocked', async (host) => {
    const { error } = await runLookup(createGuardedLookup(closed, resolver), host, true);
    expect(error).toMatchObject({ code: 'FETCH_BLOCKED' });
  });

  it('lets an allowlisted host name resolve anywhere', async () => {
    const { error, result } = await runLookup(createGuardedLookup({ allowPrivate: false, allowlist: ['metadata.test'] }, resolver), 'metadata.test', false);
    expect(error).toBeNull();
    expect(result).toBe('169.254.169.254');
  });

  it('reports a name with no answers as not found', async () => {
    const { error } = await runLookup(createGuardedLookup(closed, resolver), 'nowhere.test', true);
    expect(error).toMatchObject({ code: 'ENOTFOUND' });
  });
});

describe('blocked-address messages', () => {
  it('say how to allow a private server, and that metadata stays closed', async () => {
    const { blockedAddressError } = await import('../../src/fetch/address-guard.js');
    expect(blockedAddressError('intranet.test', '10.0.0.1').message).toContain('ALLOW_PRIVATE_FEEDS');
    expect(blockedAddressError('169.254.169.254', '169.254.169.254').message).toContain('cloud metadata');
    expect(blockedAddressError('x.test', 'fd00:ec2::254').message).toContain('cloud metadata');
  });
});
