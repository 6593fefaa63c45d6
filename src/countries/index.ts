import countries from 'i18n-iso-countries/index.js';
import { createRequire } from 'node:module';
import { lookupCountry } from './gazetteer.js';

export { findMentions, type Mention, type MentionKind } from './gazetteer.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

const SHORT_NAMES: Record<string, string> = {
  EU: 'European Union',
  GB: 'United Kingdom',
  US: 'United States',
  RU: 'Russia',
  KR: 'South Korea',
  KP: 'North Korea',
  MD: 'Moldova',
  CZ: 'Czechia',
  TR: 'Türkiye',
  IR: 'Iran',
  SY: 'Syria',
};

/** Display name for an ISO alpha-2 code (or 'EU'). */
export function countryName(code: string): string {
  return SHORT_NAMES[code] ?? countries.getName(code, 'en', { select: 'official' }) ?? code;
}

/** Regional-indicator flag emoji for a code ('EU' has one too). */
export function countryFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/**
 * Resolves what a user typed to a code, or null: a name ("Italy"), an ISO code ("IT", "ITA"),
 * a demonym ("Italian"), a leader or official ("Meloni"), a capital or institution ("the Kremlin").
 * Leaders and officials are data (countries/data/actors.json), not code.
 */
export function resolveCountry(query: string): string | null {
  return lookupCountry(query);
}
