import countries from 'i18n-iso-countries/index.js';
import { createRequire } from 'node:module';
import { wordOffsets } from './words.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** How a country was named in the text; decides whether the mention can voice a position. */
export type MentionKind = 'name' | 'code' | 'demonym' | 'person' | 'capital' | 'institution';

export interface Mention {
  code: string;
  kind: MentionKind;
  /** Character offsets in the searched text. */
  start: number;
  end: number;
  /** True when the mention is a person, a government body or an official: someone who can speak for the country. */
  official: boolean;
}

interface PersonData {
  name: string;
  role: string;
  surname?: string | null;
}

interface CountryData {
  code: string;
  names: string[];
  demonyms: string[];
  capitals: string[];
  institutions: string[];
  people: PersonData[];
}

interface ActorsData {
  countries: CountryData[];
  groups: string[];
  speakerGroups: string[];
  ambiguousNames: string[];
}

interface Phrase {
  tokens: string[];
  code: string;
  kind: MentionKind;
  /** Codes such as "US" must be written exactly so ("us" is a pronoun). */
  exact?: string;
}

const actors = require('./data/actors.json') as ActorsData;

/** Lower case, no diacritics, so "Élysée" and "Elysee" meet. */
export function fold(text: string): string {
  // Most words are plain ASCII: skip the costly Unicode normalisation for them.
  if (!/[^ -~]/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Where each word of a text starts and ends: offsets only, the words themselves are sliced when needed. */
class Tokens {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private readonly foldedWords: Array<string | undefined> = [];
  private readonly capitalised: Array<boolean | undefined> = [];

  constructor(readonly text: string) {
    wordOffsets(text, this.starts, this.ends);
  }

  get length(): number {
    return this.starts.length;
  }

  word(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k]);
  }

  /** The folded word, '' past the end; computed once, and only for the words a phrase needs. */
  folded(k: number): string {
    if (k >= this.starts.length) return '';
    return (this.foldedWords[k] ??= fold(this.word(k)));
  }

  opensWithCapital(k: number): boolean {
    return (this.capitalised[k] ??= /^\p{Lu}/u.test(this.word(k)));
  }
}

function phraseTokens(phrase: string): string[] {
  const tokens = new Tokens(phrase.replace(/^the\s+/i, ''));
  return tokens.starts.map((_, k) => tokens.folded(k));
}

function isCodeLike(alias: string): boolean {
  return /^(?:[A-Z]\.){2,}$|^[A-Z]{2,3}$/.test(alias);
}

function buildPhrases(): { phrases: Map<string, Phrase[]>; demonyms: Map<string, Phrase[]> } {
  const phrases = new Map<string, Phrase[]>();
  const demonyms = new Map<string, Phrase[]>();
  const add = (index: Map<string, Phrase[]>, alias: string, code: string, kind: MentionKind): void => {
    const tokens = phraseTokens(alias);
    if (tokens.length === 0) return;
    const phrase: Phrase = { tokens, code, kind, ...(isCodeLike(alias) ? { exact: alias } : {}) };
    const list = index.get(tokens[0]!) ?? [];
    list.push(phrase);
    index.set(tokens[0]!, list);
  };
  const ambiguous = new Set(actors.ambiguousNames.map(fold));
  const curated = new Set(actors.countries.map((c) => c.code));
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    if (curated.has(code)) continue;
    for (const name of names) {
      if (!name.includes(',') && !ambiguous.has(fold(name)) && !isCodeLike(name)) add(phrases, name, code, 'name');
    }
  }
  for (const country of actors.countries) {
    for (const name of country.names) add(phrases, name, country.code, isCodeLike(name) ? 'code' : 'name');
    for (const capital of country.capitals) add(phrases, capital, country.code, 'capital');
    for (const institution of country.institutions) add(phrases, institution, country.code, 'institution');
    for (const person of country.people) {
      add(phrases, person.name, country.code, 'person');
      const surname = person.surname === undefined ? person.name.split(' ').at(-1)! : person.surname;
      if (surname) add(phrases, surname, country.code, 'person');
    }
    for (const demonym of country.demonyms) add(demonyms, demonym, country.code, 'demonym');
  }
  for (const list of [...phrases.values(), ...demonyms.values()]) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { phrases, demonyms };
}

const { phrases: PHRASES, demonyms: DEMONYMS } = buildPhrases();
const GROUPS = actors.groups.map((g) => g.split(' ')).sort((a, b) => b.length - a.length);
const SPEAKER_GROUPS = new Set(actors.speakerGroups);
// Ukraine is the recipient when its own forces are named: "train Ukrainian troops" names no actor.
const RECIPIENT_GROUPS = new Set(['troops', 'soldiers', 'forces', 'armed forces', 'army', 'military', 'jets']);
// "the Washington Post", "the Paris summit", "the Minsk agreements" name a paper or an event, not an actor.
const NOT_BEFORE = new Set([
  'post',
  'times',
  'journal',
  'institute',
  'center',
  'centre',
  'university',
  'declaration',
  'treaty',
  'summit',
  'talks',
  'meeting',
  'conference',
  'format',
  'agreement',
  'agreements',
  'accords',
  'process',
  'protocol',
  'consensus',
  'correspondent',
  'bureau',
  'office',
  'airport',
  'marathon',
]);

function matchPhrase(tokens: Tokens, i: number, candidates: Phrase[] | undefined): Phrase | undefined {
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    if (i + phrase.tokens.length > tokens.length) continue;
    if (phrase.exact !== undefined) {
      if (tokens.word(i) === phrase.exact) return phrase;
      continue;
    }
    if (!tokens.opensWithCapital(i)) continue;
    if (wordsAt(tokens, i, phrase.tokens)) return phrase;
  }
  return undefined;
}

/** Whether the folded words from `i` on are `words`. */
function wordsAt(tokens: Tokens, i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens.folded(i + k) !== words[k]) return false;
  return true;
}

function matchGroup(tokens: Tokens, i: number): string | undefined {
  for (const group of GROUPS) {
    if (wordsAt(tokens, i, group)) return group.join(' ');
  }
  return undefined;
}

/** One demonym of a coordinated list: its country and its first and last token. */
interface ListedDemonym {
  code: string;
  first: number;
  last: number;
}

/**
 * "British and French forces", "the British, French and German leaders": demonyms coordinated
 * before the official or military noun all share that noun. Returns the demonyms after the first
 * and the group's last token, or undefined when no such noun closes the list.
 */
function coordinatedGroup(tokens: Tokens, after: number): { others: ListedDemonym[]; group: string; last: number } | undefined {
  const others: ListedDemonym[] = [];
  let at = after;
  for (let members = 0; members < 6 && at < tokens.length; members++) {
    const glue = tokens.text.slice(tokens.ends[at - 1], tokens.starts[at]);
    const and = tokens.folded(at) === 'and' || tokens.folded(at) === 'or';
    if (!and && !/^\s*,\s*$/.test(glue)) return undefined;
    const next = and ? at + 1 : at;
    if (and && !/^\s+$/.test(glue)) return undefined;
    const other = next < tokens.length ? matchPhrase(tokens, next, DEMONYMS.get(tokens.folded(next))) : undefined;
    if (!other) return undefined;
    at = next + other.tokens.length;
    others.push({ code: other.code, first: next, last: at - 1 });
    const group = matchGroup(tokens, at);
    if (group) return { others, group, last: at + group.split(' ').length - 1 };
  }
  return undefined;
}

/** The country of a one-word demonym ("french" -> FR), or undefined. */
export function demonymCode(word: string): string | undefined {
  return DEMONYMS.get(fold(word))?.find((p) => p.tokens.length === 1)?.code;
}

/** Every country mention in a text: names, codes, leaders, capitals, institutions and demonyms before an official noun. */
export function findMentions(text: string): Mention[] {
  // Every alias starts with a capital letter, so lower-case words are folded only when a phrase needs them.
  const tokens = new Tokens(text);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = text.charCodeAt(tokens.starts[i]!);
    if (!(first >= 65 && first <= 90) && !(first > 127 && tokens.opensWithCapital(i))) continue;
    const key = tokens.folded(i);
    const demonym = matchPhrase(tokens, i, DEMONYMS.get(key));
    if (demonym) {
      const after = i + demonym.tokens.length;
      const own = matchGroup(tokens, after);
      const listed = own ? { others: [], group: own, last: after + own.split(' ').length - 1 } : coordinatedGroup(tokens, after);
      if (listed) {
        const official = SPEAKER_GROUPS.has(listed.group);
        const members = [{ code: demonym.code, first: i, last: after - 1 }, ...listed.others];
        // Each member spans its own words; the last one carries the shared noun. Ukraine's troops are recipients.
        members.forEach((member, k) => {
          if (member.code === 'UA' && RECIPIENT_GROUPS.has(listed.group)) return;
          const end = k === members.length - 1 ? listed.last : member.last;
          mentions.push({ code: member.code, kind: 'demonym', start: tokens.starts[member.first]!, end: tokens.ends[end]!, official });
        });
        i = listed.last;
        continue;
      }
    }
    // "The Baltic states" names three countries (SCHEMA.md: a list names each member): one mention each, on the same words.
    const baltic = key === 'baltics' ? i : key === 'baltic' && BALTIC_NOUNS.has(tokens.folded(i + 1) ?? '') ? i + 1 : -1;
    if (baltic >= 0) {
      for (const code of BALTIC_STATES) mentions.push({ code, kind: 'name', start: tokens.starts[i]!, end: tokens.ends[baltic]!, official: false });
      i = baltic;
      continue;
    }
    const phrase = matchPhrase(tokens, i, PHRASES.get(key));
    if (!phrase) continue;
    const last = i + phrase.tokens.length - 1;
    const next = tokens.folded(last + 1);
    if (next && NOT_BEFORE.has(next) && phrase.kind !== 'person') continue;
    const official = phrase.kind === 'person' || phrase.kind === 'institution' || phrase.kind === 'capital';
    mentions.push({ code: phrase.code, kind: phrase.kind, start: tokens.starts[i]!, end: tokens.ends[last]!, official });
    i = last;
  }
  return mentions;
}

const BALTIC_NOUNS: ReadonlySet<string> = new Set(['states', 'nations', 'countries', 'republics']);
const BALTIC_STATES = ['EE', 'LV', 'LT'] as const;
/** The nouns the other languages read put before or after their word for Baltic ("pays baltes", "baltischen Staaten"). */
const FOREIGN_BALTIC_NOUNS: ReadonlySet<string> = new Set(
  'pays nations etats paises estados paesi stati panstwa panstw krajow kraje staaten lander landern staten landen tarile tari statele'.split(' '),
);
const FOREIGN_BALTIC_WORD = /^(?:baltes|balticos|baltici|baltische[nr]?|bałtyckie|bałtyckich|baltice)$/;

/**
 * "les pays baltes", "die baltischen Staaten", "państwa bałtyckie": the Baltic states in the other languages read, often
 * lower-case, one mention of each state on the words (SCHEMA.md: a list names each member).
 */
export function foreignBalticMentions(text: string): Mention[] {
  if (!/\bba[lł]t/i.test(text)) return [];
  const tokens = new Tokens(text);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!FOREIGN_BALTIC_WORD.test(tokens.folded(i))) continue;
    const before = i > 0 && FOREIGN_BALTIC_NOUNS.has(tokens.folded(i - 1));
    const after = !before && FOREIGN_BALTIC_NOUNS.has(tokens.folded(i + 1));
    if (!before && !after) continue;
    const start = tokens.starts[before ? i - 1 : i]!;
    const end = tokens.ends[after ? i + 1 : i]!;
    for (const code of BALTIC_STATES) mentions.push({ code, kind: 'name', start, end, official: false });
  }
  return mentions;
}

function lookupKey(query: string): string {
  return phraseTokens(query).join(' ');
}

function buildLookup(): Map<string, string> {
  const lookup = new Map<string, string>();
  const put = (alias: string, code: string): void => {
    const key = lookupKey(alias);
    if (key && !lookup.has(key)) lookup.set(key, code);
  };
  for (const country of actors.countries) {
    for (const alias of [...country.names, ...country.demonyms, ...country.capitals, ...country.institutions]) put(alias, country.code);
    for (const person of country.people) {
      put(person.name, country.code);
      const surname = person.surname === undefined ? person.name.split(' ').at(-1)! : person.surname;
      if (surname) put(surname, country.code);
    }
  }
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const name of names) put(name, code);
  }
  return lookup;
}

const LOOKUP = buildLookup();

/** Resolves a name, code, demonym, leader, capital or institution to a country code, or null. */
export function lookupCountry(query: string): string | null {
  const q = query.trim();
  if (!q || q.length > 100) return null;
  if (/^[a-z]{2}$/i.test(q)) {
    const code = q.toUpperCase();
    if (code === 'EU') return 'EU';
    if (code === 'UK') return 'GB';
    if (countries.isValid(code)) return code;
  }
  if (/^[a-z]{3}$/i.test(q) && countries.isValid(q.toUpperCase())) return countries.alpha3ToAlpha2(q.toUpperCase()) ?? null;
  return LOOKUP.get(lookupKey(q)) ?? null;
}
