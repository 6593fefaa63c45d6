import countries from 'i18n-iso-countries';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** Display name for an ISO alpha-2 code (or 'EU'). */
export function countryName(code: string): string {
  if (code === 'EU') return 'European Union';
  if (code === 'GB') return 'United Kingdom';
  if (code === 'US') return 'United States';
  if (code === 'RU') return 'Russia';
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}

/** Regional-indicator flag emoji for a code ('EU' has one too). */
export function countryFlag(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/**
 * Resolves what a user typed ("Italy", "IT", "Italian", "Meloni") to a code, or null.
 * Placeholder: names and codes only until the gazetteer lands.
 */
export function resolveCountry(query: string): string | null {
  const q = query.trim();
  if (!q) return null;
  if (/^eu$/i.test(q) || /^european union$/i.test(q)) return 'EU';
  if (/^[a-z]{2}$/i.test(q) && countries.isValid(q.toUpperCase())) return q.toUpperCase();
  return countries.getAlpha2Code(q, 'en') ?? null;
}
