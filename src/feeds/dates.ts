import { DateTime, FixedOffsetZone } from 'luxon';

/**
 * Feed dates come in every shape: RFC 822 with its many zone names, W3C/ISO 8601, asctime,
 * day-first numeric dates and month names in the coalition's languages. Returns an ISO
 * timestamp, or undefined when the text is not a date we can trust: an item is better
 * undated (ordered by when we first saw it) than misdated. Luxon does the calendar work
 * (ISO 8601 forms, real days of real months, leap years, offsets).
 */

/** Month-name prefixes: en, de, fr, it, es, pt, nl, pl, hu, el. */
const MONTHS: Array<[number, string[]]> = [
  [1, ['jan', 'gen', 'ene', 'janv', 'sty', 'ιαν']],
  [2, ['feb', 'fév', 'fev', 'febr', 'lut', 'φεβ']],
  [3, ['mar', 'mär', 'mrt', 'marz', 'már', 'μάρ', 'μαρ']],
  [4, ['apr', 'avr', 'abr', 'kwi', 'ápr', 'απρ']],
  [5, ['may', 'mai', 'mag', 'mei', 'maj', 'máj', 'μάι', 'μαΐ', 'μαι']],
  [6, ['jun', 'juin', 'giu', 'cze', 'jún', 'ιούν', 'ιουν', 'ιον']],
  [7, ['jul', 'juil', 'lug', 'lip', 'júl', 'ιούλ', 'ιουλ', 'ιολ']],
  [8, ['aug', 'août', 'aou', 'ago', 'sie', 'αύγ', 'αυγ']],
  [9, ['sep', 'set', 'wrz', 'szep', 'σεπ']],
  [10, ['oct', 'okt', 'ott', 'out', 'paź', 'paz', 'οκτ']],
  [11, ['nov', 'lis', 'νοέ', 'νοε']],
  [12, ['dec', 'dez', 'déc', 'dic', 'gru', 'δεκ']],
];

/** Zone names seen in feeds, in minutes east of UTC. Single letters are RFC 822's military zones. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  west: 60,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  at: -240,
  ast: -240,
  adt: -180,
  et: -300,
  est: -300,
  edt: -240,
  ct: -360,
  cst: -360,
  cdt: -300,
  mt: -420,
  mst: -420,
  mdt: -360,
  pt: -480,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  ...Object.fromEntries([...'abcdefghiklm'].map((letter, i) => [letter, -60 * (i + 1)])),
  ...Object.fromEntries([...'nopqrstuvwxy'].map((letter, i) => [letter, 60 * (i + 1)])),
};

const KOREA_MINUTES = 540;

export function parseFeedDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  return fromIso(text) ?? fromIsoTwoDigitYear(text) ?? fromDayFirst(text) ?? fromKorean(text) ?? fromHungarian(text) ?? fromWords(text);
}

/** Before the web or more than a day ahead: a broken clock or a template, not a date. */
function plausible(date: DateTime): string | undefined {
  if (!date.isValid) return undefined;
  const time = date.toMillis();
  if (time < Date.UTC(1990, 0, 1) || time > Date.now() + 86_400_000) return undefined;
  return new Date(time).toISOString();
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  offsetMinutes: number;
}

function fromParts(parts: Parts): string | undefined {
  const { offsetMinutes, ...fields } = parts;
  return plausible(DateTime.fromObject(fields, { zone: FixedOffsetZone.instance(offsetMinutes) }));
}

/** W3C-DTF and ISO 8601 (luxon), plus the SQL-style space before the time and Google's "2003-012-31". */
function fromIso(text: string): string | undefined {
  if (!/^\d{4}/.test(text)) return undefined;
  const normal = text
    .replace(/^(\d{4})-0(\d{2})-/, '$1-$2-')
    .replace(/^(\d{4}-\d{2}-\d{2}) (?=\d{1,2}:)/, '$1T')
    .replace(/T(\d):/, 'T0$1:')
    .replace(/(\d) ([+-]\d{2}:?\d{2}|Z)$/, '$1$2');
  const date = DateTime.fromISO(normal, { zone: 'utc', setZone: true });
  return date.isValid ? plausible(date) : undefined;
}

/** ISO 8601's older two-digit-year forms: "031231", "03-12-31", "-0312" (year and month), "03-335" (ordinal day; without the hyphen it reads as a year). */
function fromIsoTwoDigitYear(text: string): string | undefined {
  const full = /^(\d{2})(-?)(\d{2})\2(\d{2})$/.exec(text);
  if (full) return fromParts({ year: readYear(full[1])!, month: Number(full[3]), day: Number(full[4]), offsetMinutes: 0 });
  const yearMonth = /^-(\d{2})-?(\d{2})$/.exec(text);
  if (yearMonth) return fromParts({ year: readYear(yearMonth[1])!, month: Number(yearMonth[2]), day: 1, offsetMinutes: 0 });
  const ordinal = /^(\d{2})-(\d{3})$/.exec(text);
  if (!ordinal) return undefined;
  return plausible(DateTime.fromObject({ year: readYear(ordinal[1])!, ordinal: Number(ordinal[2]) }, { zone: 'utc' }));
}

/** 04/09/2025, 04.09.2025, 4-9-2025 (day first, as most of the world writes it), optional hh:mm. */
function fromDayFirst(text: string): string | undefined {
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const [day, month, year, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  return fromParts({ year: year!, month: month!, day: day!, hour, minute, second, offsetMinutes: 0 });
}

/** Korean blog platforms: "2004-05-25 오후 11:23:17" (오후 = pm) and "2004년 05월 28일 01:31:15", Korea time. */
function fromKorean(text: string): string | undefined {
  const match =
    /^(\d{4})-(\d{2})-(\d{2}) (오전|오후) (\d{1,2}):(\d{2}):(\d{2})$/.exec(text) ?? /^(\d{4})년 (\d{2})월 (\d{2})일 ()(\d{1,2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day, , hour, minute, second] = match.slice(1).map(Number) as number[];
  const pm = match[4] === '오후' && hour! < 12 ? 12 : 0;
  return fromParts({ year: year!, month: month!, day: day!, hour: hour! + pm, minute, second, offsetMinutes: KOREA_MINUTES });
}

/** Hungarian W3C-like dates with a month name: "2004-július-13T9:15-05:00". */
function fromHungarian(text: string): string | undefined {
  const match = /^(\d{4})-([^\d\s-]+)-(\d{1,2})T(\d{1,2}):(\d{2})([+-]\d{2}):?(\d{2})$/.exec(text);
  const month = match ? monthNumber(match[2]!) : undefined;
  if (!match || !month) return undefined;
  const sign = match[6]!.startsWith('-') ? -1 : 1;
  const offsetMinutes = sign * (Math.abs(Number(match[6])) * 60 + Number(match[7]));
  return fromParts({ year: Number(match[1]), month, day: Number(match[3]), hour: Number(match[4]), minute: Number(match[5]), offsetMinutes });
}

/**
 * RFC 822 and its relatives, read token by token: "Thu, 01 Jan 04 19:48:21 GMT",
 * "Thu Aug 30 2012 17:26:16 +0200" (swapped), "Sun Jan 4 16:29:06 2004" (asctime),
 * "Fri, 2006/09/15 08:19:53 EDT", "4. September 2025 16:30 CEST", "4 de setembro de 2025".
 * Anything left over, or a zone we do not know, makes the date unknown rather than wrong.
 */
function fromWords(text: string): string | undefined {
  let tokens = text
    .replace(/(\d)(st|nd|rd|th)\b/gi, '$1')
    .replace(/,/g, ' ')
    .replace(/(\d)\.(?= )|([^\d\s.])\.(?= |$)/g, '$1$2')
    .split(' ')
    .filter((token) => token !== '' && token.toLowerCase() !== 'de' && !/^\(.*\)$/.test(token));
  if (isWeekday(tokens)) tokens = tokens.slice(1);
  const date = readDate(tokens);
  if (!date) return undefined;
  const rest = tokens.slice(date.used);
  let time: Time | undefined = { hour: 0, minute: 0, second: 0 };
  let offsetMinutes: number | undefined = 0;
  let year = date.year;
  if (rest.length > 0) {
    time = readTime(rest.shift()!);
    if (!time) return undefined;
  }
  if (year === undefined) year = readYear(rest.pop());
  if (rest.length > 0) offsetMinutes = readZone(rest.join(''));
  if (year === undefined || offsetMinutes === undefined || rest.length > 2) return undefined;
  return fromParts({ year, month: date.month, day: date.day, ...time, offsetMinutes });
}

/** A leading word that is not the month ("Thu", "Seg", "Κυρ"), before a month name or a yyyy/mm/dd date. */
function isWeekday(tokens: string[]): boolean {
  if (tokens.length < 2 || !/^\p{L}+$/u.test(tokens[0]!)) return false;
  return /^\d{4}\//.test(tokens[1]!) || tokens.slice(1).some((token) => monthNumber(token));
}

interface Time {
  hour: number;
  minute: number;
  second: number;
}

/** Day, month and (unless asctime puts it last) year, from the front of the tokens. */
function readDate(tokens: string[]): { day: number; month: number; year?: number; used: number } | undefined {
  const [first = '', second = '', third = ''] = tokens;
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(first);
  if (slashed) return { year: Number(slashed[1]), month: Number(slashed[2]), day: Number(slashed[3]), used: 1 };
  const dayFirstMonth = /^\d{1,2}$/.test(first) ? monthNumber(second) : undefined;
  if (dayFirstMonth) return withYear(Number(first), dayFirstMonth, third);
  const monthFirst = monthNumber(first);
  if (monthFirst && /^\d{1,2}$/.test(second)) {
    // asctime puts the year last, after the time.
    if (third.includes(':')) return { day: Number(second), month: monthFirst, used: 2 };
    return withYear(Number(second), monthFirst, third);
  }
  return undefined;
}

function withYear(day: number, month: number, yearText: string): { day: number; month: number; year: number; used: number } | undefined {
  const year = readYear(yearText);
  return year === undefined ? undefined : { day, month, year, used: 3 };
}

/** Four-digit years, or two digits read as 1990-2089 (the web's lifetime so far and after). */
function readYear(text: string | undefined): number | undefined {
  if (!text || !/^\d{2}(\d{2})?$/.test(text)) return undefined;
  const year = Number(text);
  return text.length === 4 ? year : year + (year < 90 ? 2000 : 1900);
}

function readTime(text: string): Time | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(text);
  if (!match) return undefined;
  return { hour: Number(match[1]), minute: Number(match[2]), second: Number(match[3] ?? 0) };
}

/** "+0200", "-01:01", "GMT+2", "Etc/GMT", "EST", "MEST", a military letter; undefined when unknown. */
function readZone(text: string): number | undefined {
  const zone = text.toLowerCase().replace(/^etc\//, '');
  const numeric = /^(?:gmt|utc|ut)?([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    if (Number(numeric[2]) > 14 || Number(numeric[3] ?? 0) > 59) return undefined;
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONES[zone];
}

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (!/^\p{L}{3,}$/u.test(lower)) return undefined;
  for (const [month, prefixes] of MONTHS) {
    if (prefixes.some((prefix) => lower.startsWith(prefix))) return month;
  }
  return undefined;
}
