import { describe, expect, it } from 'vitest';
import { countryFlag, countryName, findMentions, resolveCountry } from '../../src/countries/index.js';

describe('resolveCountry', () => {
  it.each([
    ['Italy', 'IT'],
    ['IT', 'IT'],
    ['it', 'IT'],
    ['ITA', 'IT'],
    ['Italian', 'IT'],
    ['Meloni', 'IT'],
    ['Giorgia Meloni', 'IT'],
    ['Polish', 'PL'],
    ['Tusk', 'PL'],
    ['Merz', 'DE'],
    ['Berlin', 'DE'],
    ['Starmer', 'GB'],
    ['UK', 'GB'],
    ['Britain', 'GB'],
    ['Downing Street', 'GB'],
    ['Macron', 'FR'],
    ['the Elysee', 'FR'],
    ['Élysée', 'FR'],
    ['Sanchez', 'ES'],
    ['Sánchez', 'ES'],
    ['Babis', 'CZ'],
    ['Carney', 'CA'],
    ['Peskov', 'RU'],
    ['the Kremlin', 'RU'],
    ['White House', 'US'],
    ['EU', 'EU'],
    ['European Union', 'EU'],
    ['Brazil', 'BR'],
  ])('%s -> %s', (query, code) => {
    expect(resolveCountry(query)).toBe(code);
  });

  it.each(['', '   ', 'Atlantis', 'XX', 'the', 'x'.repeat(10_000)])('%j -> null', (query) => {
    expect(resolveCountry(query)).toBeNull();
  });
});

describe('findMentions', () => {
  function codes(text: string): string[] {
    return findMentions(text).map((m) => `${m.code}:${text.slice(m.start, m.end)}`);
  }

  it('finds names, codes, leaders, capitals and institutions', () => {
    expect(codes('Merz and U.S. envoy Witkoff met in Berlin; the Kremlin and the EU reacted.')).toEqual([
      'DE:Merz',
      'US:U.S. envoy',
      'US:Witkoff',
      'DE:Berlin',
      'RU:Kremlin',
      'EU:EU',
    ]);
  });

  it('takes demonyms only before an official or military noun', () => {
    expect(codes('Polish troops and the Italian government, but not Italian food.')).toEqual(['PL:Polish troops', 'IT:Italian government']);
  });

  it('gives every demonym of a coordinated list its own mention, the shared noun going with the last', () => {
    expect(codes('The British, French and German leaders met.')).toEqual(['GB:British', 'FR:French', 'DE:German leaders']);
    expect(codes('British and Ukrainian troops trained together, as did Ukrainian and Polish troops.')).toEqual(['GB:British', 'PL:Polish troops']);
    expect(codes('The British, French and German food was served.')).toEqual([]);
  });

  it('skips pronouns, newspapers, events and Ukrainian forces as recipients', () => {
    expect(codes('Let us read the Washington Post about the Paris summit and train Ukrainian troops.')).toEqual([]);
  });
});

describe('countryName and countryFlag', () => {
  it('names and flags codes', () => {
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('IT')).toBe('Italy');
    expect(countryName('EU')).toBe('European Union');
    expect(countryFlag('IT')).toBe('🇮🇹');
    expect(countryFlag('bad')).toBe('');
  });
});
