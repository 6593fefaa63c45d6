/**
 * Background keeps its own time: "In April, Tusk said Poland would not send troops" reports an
 * older statement. The month (or day) the sentence names, read against the article's date, is
 * the claim's `said`, so the state can place it at that time rather than at publication.
 */

import { MONTHS } from '../text/calendar.js';

const MONTH_NAME = `(${MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?`;
// "In April", "Back in March 2025", "On March 2", "in early February", "late last year" is too vague.
const DATED = new RegExp(
  `\\b(?:[Ii]n|[Oo]n|[Bb]ack in|[Ee]arlier in|[Ss]ince early|[Ii]n (?:early|mid-?|late))\\s+${MONTH_NAME}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(20\\d\\d))?\\b`,
);
// "On 2 March", "Tusk said on 12 May", "17 February -" (day first, as British and European copy writes it).
const DATED_DAY_FIRST = new RegExp(`(?:\\b[Oo]n\\s+|^\\W*|\\b)(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}(?:,?\\s+(20\\d\\d))?\\b`);
// "Last November, ...", and a timeline's entry "February 20:", "Jan. 12 -", "March:".
const LAST_NAMED_MONTH = new RegExp(`\\b[Ll]ast\\s+${MONTH_NAME}\\b`);
const TIMELINE_ENTRY = new RegExp(`^\\W*${MONTH_NAME}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+(20\\d\\d))?\\s*[:–—-]\\s`);
const DAY_FIRST_ENTRY = new RegExp(`^\\W*\\d{1,2}\\s+${MONTH_NAME}(?:,?\\s+20\\d\\d)?\\s*[:–—-]\\s`);
const LAST_MONTH = /\b[Ll]ast month\b/;
// "On Tuesday, the UK and France signed ...", in an article of Thursday: that Tuesday.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = new RegExp(`\\b([Oo]n|[Ll]ast)\\s+(${WEEKDAYS.join('|')})\\b`);
const DAY_MS = 24 * 3600_000;
// Only a statement in the past is background; "in April the force will deploy" is a plan.
const PAST_STATEMENT =
  /\b(?:said|told|announced|declared|stated|pledged|promised|offered|signed|agreed|ruled out|rejected|refused|confirmed|vowed|insisted|warned|wrote|expressed|indicated|signalled|signaled|committed|joined|was|were|had)\b/;

const AFTER_REPORTING = /\b(?:said|told [\p{L} ]{1,30}|announced|declared|stated|pledged|promised|agreed|signed|ruled out)\s*$/u;

function monthIndex(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === key);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The date a background sentence names (YYYY-MM or YYYY-MM-DD), or null when it speaks of the article's own time. */
export function backgroundDate(sentence: string, published: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  // A timeline's entry ("February 20: Tusk says ...") is background in the present tense too.
  if (!day || !(PAST_STATEMENT.test(sentence) || TIMELINE_ENTRY.test(sentence) || DAY_FIRST_ENTRY.test(sentence))) return null;
  const [pubYear, pubMonth, pubDay] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const named = namedDate(sentence);
  if (!named) {
    const weekday = WEEKDAY.exec(sentence);
    if (weekday && (weekday.index <= 12 || AFTER_REPORTING.test(sentence.slice(Math.max(0, weekday.index - 40), weekday.index))))
      return weekdayBefore(pubYear, pubMonth, pubDay, WEEKDAYS.indexOf(weekday[2]!), /^[Ll]ast$/.test(weekday[1]!));
    if (!LAST_MONTH.test(sentence)) return null;
    return pubMonth === 1 ? `${pubYear - 1}-12` : `${pubYear}-${pad(pubMonth - 1)}`;
  }
  const { month, day: dayOfMonth, year: namedYear } = named;
  // A month after the article's month, with no year, was last year's; so is "last March" in March.
  const year = namedYear ?? (month > pubMonth || (named.last && month === pubMonth) ? pubYear - 1 : pubYear);
  const earlier = year < pubYear || (year === pubYear && (month < pubMonth || (month === pubMonth && dayOfMonth !== null && dayOfMonth < pubDay)));
  if (!earlier || dayOfMonth === null || dayOfMonth > 31) return earlier ? `${year}-${pad(month)}` : null;
  return `${year}-${pad(month)}-${pad(dayOfMonth)}`;
}

/**
 * The month (and day, and year) a sentence dates itself by, where the date opens it or follows its reporting verb ("said
 * in April", "said on 12 May"); elsewhere a date may be a plan's.
 */
function namedDate(sentence: string): { month: number; day: number | null; year: number | null; last: boolean } | null {
  const placed = (index: number): boolean => index <= 12 || AFTER_REPORTING.test(sentence.slice(Math.max(0, index - 40), index));
  const month = (name: string): number => monthIndex(name) + 1;
  const number = (digits: string | undefined): number | null => (digits ? Number(digits) : null);
  const dated = DATED.exec(sentence);
  if (dated && placed(dated.index)) return { month: month(dated[1]!), day: number(dated[2]), year: number(dated[3]), last: false };
  const dayFirst = /\d/.test(sentence) ? DATED_DAY_FIRST.exec(sentence) : null;
  if (dayFirst && placed(dayFirst.index)) return { month: month(dayFirst[2]!), day: number(dayFirst[1]), year: number(dayFirst[3]), last: false };
  const entry = TIMELINE_ENTRY.exec(sentence);
  if (entry) return { month: month(entry[1]!), day: number(entry[2]), year: number(entry[3]), last: false };
  const last = LAST_NAMED_MONTH.exec(sentence);
  if (last && placed(last.index)) return { month: month(last[1]!), day: null, year: null, last: true };
  return null;
}

/** The named weekday before the article's day (null for the article's own weekday, unless "last" says a week ago). */
function weekdayBefore(year: number, month: number, day: number, weekday: number, last: boolean): string | null {
  const published = Date.UTC(year, month - 1, day);
  const back = (new Date(published).getUTCDay() - weekday + 7) % 7 || (last ? 7 : 0);
  if (back === 0) return null;
  const said = new Date(published - back * DAY_MS);
  return `${said.getUTCFullYear()}-${pad(said.getUTCMonth() + 1)}-${pad(said.getUTCDate())}`;
}

// "Earlier, the UK said ...", "Previously, Poland had ruled out ...": an older statement with no date to give it.
// So are "Last year,", "In 2023,", "Two months ago,", "Earlier this year,", "At first,": a time no month can be given for.
const UNDATED_OPENING =
  /^\W*(?:earlier|previously|before that|in the past|at the time|at first|initially|last year|earlier this year|in 20\d\d|(?:\w+|\d+) (?:weeks|months|years) ago)\s*,/i;

/**
 * A sentence opening on an older statement it does not date. Its claims cannot be placed in time, so
 * they must not pass for the article's own-day position: the extractor keeps them below MIN_CONFIDENCE.
 */
export function undatedBackground(sentence: string): boolean {
  return UNDATED_OPENING.test(sentence) && PAST_STATEMENT.test(sentence);
}
