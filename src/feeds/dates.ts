/**
 * Feed dates come in every shape. Returns an ISO timestamp, or undefined when the
 * text is not a date we can trust (the caller then says 'unknown' rather than guess).
 */

/** Month-name prefixes in the languages the coalition's press writes in (en, de, fr, it, es, pt, nl, pl). */
const MONTHS: Array<[number, string[]]> = [
  [1, ['jan', 'gen', 'ene', 'janv', 'sty']],
  [2, ['feb', 'fév', 'fev', 'febr', 'lut']],
  [3, ['mar', 'mär', 'mrt', 'marz']],
  [4, ['apr', 'avr', 'abr', 'kwi']],
  [5, ['may', 'mai', 'mag', 'mei', 'maj']],
  [6, ['jun', 'juin', 'giu', 'cze']],
  [7, ['jul', 'juil', 'lug', 'lip']],
  [8, ['aug', 'août', 'aou', 'ago', 'sie']],
  [9, ['sep', 'set', 'wrz']],
  [10, ['oct', 'okt', 'ott', 'out', 'paź', 'paz']],
  [11, ['nov', 'lis']],
  [12, ['dec', 'dez', 'déc', 'dic', 'gru']],
];

const ZONES: Record<string, string> = {
  UT: '+0000', UTC: '+0000', GMT: '+0000', Z: '+0000', CET: '+0100', CEST: '+0200', EET: '+0200', EEST: '+0300',
  BST: '+0100', MSK: '+0300', EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500', PST: '-0800', PDT: '-0700',
};

export function parseFeedDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  return fromDayFirst(text) ?? fromNative(text) ?? fromWordMonth(text);
}

function valid(time: number): string | undefined {
  // Before the web or more than a day ahead: a broken clock or a template, not a date.
  if (Number.isNaN(time) || time < Date.UTC(1990, 0, 1) || time > Date.now() + 86_400_000) return undefined;
  return new Date(time).toISOString();
}

/** 04/09/2025, 04.09.2025, 4-9-2025 (day first, as most of the world writes it), optional hh:mm. */
function fromDayFirst(text: string): string | undefined {
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!match) return undefined;
  const [, day, month, year, hour = '0', minute = '0', second = '0'] = match;
  if (Number(month) > 12 || Number(day) > 31) return undefined;
  return valid(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
}

function fromNative(text: string): string | undefined {
  // "2025-09-04 10:00:00" has no zone; read it as UTC rather than the server's local time.
  if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(text)) return valid(Date.parse(`${text.replace(' ', 'T')}Z`));
  if (!/^(\d{4}-\d{2}-\d{2}|[A-Za-z]{3},? \d{1,2} [A-Za-z]{3} \d{4})/.test(text)) return undefined;
  return valid(Date.parse(text));
}

/** "Seg, 24 Set 2018 19:42:40 -0300", "4th September 2025", "September 4, 2025 10:00 CEST". */
function fromWordMonth(text: string): string | undefined {
  const cleaned = text.replace(/(\d)(st|nd|rd|th)\b/gi, '$1').replace(/[,.]/g, ' ').replace(/\s+/g, ' ');
  const dayFirst = /(\d{1,2}) (?:de )?([^\d\s]+) (?:de )?(\d{4})/i.exec(cleaned);
  const monthFirst = /([^\d\s]+) (\d{1,2}) (\d{4})/i.exec(cleaned);
  const match = dayFirst ?? monthFirst;
  if (!match) return undefined;
  const [day, word] = dayFirst ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
  const month = monthNumber(word);
  if (!month) return undefined;
  const rest = cleaned.slice(match.index + match[0].length);
  const time = /^ (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([+-]\d{2}:?\d{2}|[A-Z]{1,4}))?/.exec(rest);
  const offset = zoneOffsetMinutes(time?.[4]);
  const utc = Date.UTC(Number(match[3]), month - 1, Number(day), Number(time?.[1] ?? 0), Number(time?.[2] ?? 0), Number(time?.[3] ?? 0));
  return valid(utc - offset * 60_000);
}

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  for (const [month, prefixes] of MONTHS) {
    if (prefixes.some((prefix) => lower.startsWith(prefix))) return month;
  }
  return undefined;
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(ZONES[zone] ?? zone);
  if (!numeric) return 0;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
  return numeric[1] === '-' ? -minutes : minutes;
}
