import { ALERT_TYPES, type AlertType } from '../../model/alert.js';
import { COMMITMENT_LABELS, COMMITMENTS, type Commitment } from '../../model/taxonomy.js';
import type { SubscriptionMode } from '../../alerts/subscriptions.js';
import type { CountryLookup, FilterInput } from './types.js';

/** Subscription filters after parsing: codes and taxonomy values only. */
export interface ParsedFilters {
  countries: string[];
  excludeCountries: string[];
  commitments: Commitment[];
  excludeCommitments: Commitment[];
  types: AlertType[];
  /** Absent: 'confirmed', the default. */
  mode?: SubscriptionMode;
}

/** "every report" (speed over certainty) or "confirmed" (the default), however it is typed. */
const MODE_WORDS: Array<[RegExp, SubscriptionMode]> = [
  [/^(?:(?:mode|reports?)\s*[:=]\s*)?(?:every(?:[\s_-]+reports?)?|all[\s_-]+reports|unconfirmed(?:[\s_-]+too)?)$/i, 'every'],
  [/^(?:(?:mode|reports?)\s*[:=]\s*)?(?:confirmed(?:[\s_-]+only)?)$/i, 'confirmed'],
];

export function parseMode(text: string): SubscriptionMode | null {
  const trimmed = text.trim();
  return MODE_WORDS.find(([pattern]) => pattern.test(trimmed))?.[1] ?? null;
}

export type ParseResult = { ok: true; filters: ParsedFilters } | { ok: false; message: string };

type Field = 'countries' | 'commitments' | 'types';

const FIELD_NAMES: Record<string, Field> = {
  country: 'countries',
  countries: 'countries',
  commitment: 'commitments',
  commitments: 'commitments',
  topic: 'commitments',
  topics: 'commitments',
  type: 'types',
  types: 'types',
  alert: 'types',
  alerts: 'types',
};

/** Everyday words for the commitment types, besides their keys and labels. */
const COMMITMENT_SYNONYMS: Record<string, Commitment> = {
  troops: 'ground_troops',
  soldiers: 'ground_troops',
  'boots on the ground': 'ground_troops',
  'air support': 'air',
  'air policing': 'air',
  'air force': 'air',
  naval: 'maritime',
  navy: 'maritime',
  demining: 'maritime',
  'de-mining': 'maritime',
  weapons: 'equipment',
  arms: 'equipment',
  money: 'funding',
  finance: 'funding',
  financing: 'funding',
  monitor: 'monitoring',
  monitors: 'monitoring',
  intel: 'intelligence',
  'us backstop': 'backstop',
  'security backstop': 'backstop',
  sanction: 'sanctions',
};

// Words need a space after them, so "Norway" is not read as "no rway".
const EXCLUDE_PREFIX = /^(?:(?:not|no|except|without|exclude)\s+|[-!]\s*)/i;

export const UNKNOWN_COUNTRY_HINT = 'Try a name, code, demonym or leader, e.g. Italy, IT, Italian, Meloni.';

export function unknownCountryMessage(query: string): string {
  return `I don't know the country '${clip(query)}'. ${UNKNOWN_COUNTRY_HINT}`;
}

export function unknownCommitmentMessage(query: string): string {
  const known = COMMITMENTS.map((c) => COMMITMENT_LABELS[c]).join(', ');
  return `I don't know the commitment '${clip(query)}'. Known commitments: ${known}.`;
}

function unknownTypeMessage(query: string): string {
  return `I don't know the alert type '${clip(query)}'. Alert types: ${ALERT_TYPES.join(', ')}.`;
}

/** Echoing user input back: keep it short so a pasted novel does not become the reply. */
function clip(text: string): string {
  const chars = [...text.trim()];
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : chars.join('');
}

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');
}

/** "ground troops", "ground_troops", "troops" -> 'ground_troops'; null when unknown. */
export function resolveCommitment(query: string): Commitment | null {
  const q = normalise(query);
  if (!q) return null;
  for (const commitment of COMMITMENTS) {
    if (q === normalise(commitment) || q === normalise(COMMITMENT_LABELS[commitment])) return commitment;
  }
  return COMMITMENT_SYNONYMS[q] ?? null;
}

export function resolveAlertType(query: string): AlertType | null {
  const q = normalise(query);
  return (ALERT_TYPES as readonly string[]).includes(q) ? (q as AlertType) : null;
}

interface Item {
  text: string;
  exclude: boolean;
}

function splitItems(list: string, excludeAll = false): Item[] {
  return list
    .split(/[,;\n]+/)
    .map((raw) => raw.trim())
    .filter(Boolean)
    .map((raw) => {
      const exclude = excludeAll || EXCLUDE_PREFIX.test(raw);
      return { text: raw.replace(EXCLUDE_PREFIX, '').trim(), exclude };
    })
    .filter((item) => item.text !== '');
}

class FilterBuilder {
  readonly filters: ParsedFilters = {
    countries: [],
    excludeCountries: [],
    commitments: [],
    excludeCommitments: [],
    types: [],
  };
  private readonly excludedTypes: AlertType[] = [];

  constructor(private readonly lookup: CountryLookup) {}

  /** Adds one item to a named field; returns an error message or null. */
  add(field: Field, item: Item): string | null {
    if (field === 'countries') {
      const code = this.lookup.resolveCountry(item.text);
      if (!code) return unknownCountryMessage(item.text);
      pushUnique(item.exclude ? this.filters.excludeCountries : this.filters.countries, code);
      return null;
    }
    if (field === 'commitments') {
      const commitment = resolveCommitment(item.text);
      if (!commitment) return unknownCommitmentMessage(item.text);
      pushUnique(item.exclude ? this.filters.excludeCommitments : this.filters.commitments, commitment);
      return null;
    }
    const type = resolveAlertType(item.text);
    if (!type) return unknownTypeMessage(item.text);
    pushUnique(item.exclude ? this.excludedTypes : this.filters.types, type);
    return null;
  }

  /** An item with no field name: an alert type, a commitment, else a country. */
  addGuessed(item: Item): string | null {
    if (resolveAlertType(item.text)) return this.add('types', item);
    if (resolveCommitment(item.text)) return this.add('commitments', item);
    if (this.lookup.resolveCountry(item.text)) return this.add('countries', item);
    return `I don't understand '${clip(item.text)}' as a country, commitment or alert type. ${UNKNOWN_COUNTRY_HINT}`;
  }

  finish(): ParsedFilters {
    if (this.excludedTypes.length > 0) {
      const base = this.filters.types.length > 0 ? this.filters.types : [...ALERT_TYPES];
      this.filters.types = base.filter((t) => !this.excludedTypes.includes(t));
    }
    return this.filters;
  }
}

function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** Parses "countries: PL, DE; not sanctions" into (field, item) pairs; a segment without a field is guessed. */
function parseText(text: string, builder: FilterBuilder): string | null {
  for (const segment of text
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const mode = parseMode(segment);
    if (mode) {
      builder.filters.mode = mode;
      continue;
    }
    const named = /^(not\s+|no\s+|except\s+)?([a-z]+)\s*[:=]\s*(.*)$/i.exec(segment);
    const field = named ? FIELD_NAMES[named[2]!.toLowerCase()] : undefined;
    if (named && field) {
      for (const item of splitItems(named[3] ?? '', Boolean(named[1]))) {
        const error = builder.add(field, item);
        if (error) return error;
      }
      continue;
    }
    for (const item of splitItems(segment)) {
      const error = builder.addGuessed(item);
      if (error) return error;
    }
  }
  return null;
}

/**
 * Turns what a user typed into subscription filters. Each list is comma-separated and
 * any item may be prefixed "not " to exclude it; exclusions always win when matching.
 */
export function parseFilters(input: FilterInput, lookup: CountryLookup): ParseResult {
  const builder = new FilterBuilder(lookup);
  const fields: Array<[Field, string | undefined]> = [
    ['countries', input.countries],
    ['commitments', input.commitments],
    ['types', input.types],
  ];
  for (const [field, list] of fields) {
    for (const item of splitItems(list ?? '')) {
      const error = builder.add(field, item);
      if (error) return { ok: false, message: error };
    }
  }
  if (input.reports !== undefined && input.reports.trim() !== '') {
    const mode = parseMode(input.reports);
    if (!mode) return { ok: false, message: `Reports: 'confirmed' (the default) or 'every report', not '${clip(input.reports)}'.` };
    builder.filters.mode = mode;
  }
  const textError = input.text ? parseText(input.text, builder) : null;
  if (textError) return { ok: false, message: textError };
  return { ok: true, filters: builder.finish() };
}
