import { demonymCode, findMentions, type Mention } from '../../countries/gazetteer.js';
import type { Speaker, Stance } from '../../model/taxonomy.js';
import type { Clause } from './clauses.js';
import { ADVERSARIES, GROUP_NOUN, INCLUDE, PLACE_BEFORE, REPORTING, SELF_REFERENCE, VOICING } from './lexicon.js';
import { plainSlice, type PlainSentence, type SentenceContext } from './sentence-context.js';
import type { StanceFinding } from './stance.js';
import { allMatches } from '../text/all-matches.js';
import { CALENDAR_NAMES } from '../text/calendar.js';

/**
 * Who a stance cue is about (the actor: a country, a list of them, an unnamed group, or the
 * speaker's own country behind "it"/"we") and who voices it (the speaker: self or third party).
 */

// A title between two named people ("Macron and Ukraine's President Zelensky") or NATO inside a list of countries keeps the list going.
const LIST_GLUE =
  /^(?:\s|,|and|or|nor|the|as well as|along with|together with|alongside|plus|&|['’]s|nato|president|prime minister|chancellor|premier|foreign minister|defen[cs]e minister|minister|leader|eu council|european council|european commission|commission|representatives from)*$/;
// "Canada, Asian partners and Europeans": named members of a list that ends in an unnamed group.
const LIST_BEFORE_GROUP =
  /^[\s,]*(?:(?:and|or)\s+)?(?:(?:is|are|was|were)\s+(?:among|one of)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,2}|(?:[\p{L}-]+\s+){0,2})(?:partners|allies|nations|countries|europeans|others|signatories|members|participants)?[\s,]*(?:and|or)?\s*$/u;

// "Ukraine's security commitments", "a Ukraine security guarantee": a country inside a noun phrase is no subject.
const POSSESSIVE_OF_THING =
  /^['’]s\s+(?!(?:\w+\s+)?(?:prime|foreign|defen[cs]e|president|government|chancellor|minister|leader|premier|ambassador|envoy|spokes\w*|military|army|armed|navy|cabinet|parliament|officials?|delegation|representatives?|embassy|offers?|pledges?|commitments?|decisions?|refusal|rejection|objections?|opposition|warnings?|threats?|readiness|willingness|contributions?|participation|role|part|position|stance|own|troops|soldiers|forces|contingent|top|head|king|queen|deputy|national|security adviser)\b)/i;
const MODIFIER_OF_THING =
  /^\s+(?:(?:and +nato +)?(?:countries|country|nations|nation|member states|member state|members?|states|state|capitals|sanctions(?! +(?:russia|moscow|the +kremlin)))|security|peace|war|guarantees?|deal|crisis|conflict|talks|ceasefire|truce|reconstruction|aid|plan|policy|front|frontline|negotiations|question|issue|file|summit|meeting|conference)\b/;

/** A country named inside a noun phrase ("Ukraine's security", "a Ukraine peace deal"), not as a subject. */
export function isModifier(text: string, mention: Mention): boolean {
  if (mention.kind === 'demonym') return false;
  const after = text.slice(mention.end, mention.end + 60);
  // "(Brussels time)": a capital naming the clock, not who acts
  if (mention.kind === 'capital' && CLOCK_AFTER.test(after)) return true;
  // "For example, together with Latvia, Lithuania, to take part": companions of a subject named before, not actors
  if (COMPANIONS_OPENING.test(text.slice(Math.max(0, mention.start - 60), mention.start)) && !VERB_FOLLOWS.test(after)) return true;
  return POSSESSIVE_OF_THING.test(after) || (mention.kind !== 'person' && MODIFIER_OF_THING.test(after));
}

const CLOCK_AFTER = /^\s+time\b/;
const VERB_FOLLOWS = /^[\s,]*(?:[a-z]+[\s,]+){0,3}?(?:will|would|is|are|was|were|has|have|had|can|could|may|might|shall|plans?|intends?)\b/;
const COMPANIONS_OPENING = /(?:^|[.;:]\s*|\bfor +(?:example|instance),? +)(?:together|along) +with +(?:the +)?(?:[a-z]+(?:,| +and) +)*(?:the +)?$/;

/** The mention at `index` and the coordinated mentions before it ("Finland, Estonia and Canada"). */
function listEndingAt(sentence: PlainSentence, mentions: Mention[], index: number, from = 0): Mention[] {
  const list = [mentions[index]!];
  let coordinated = false;
  // "Lithuania and Estonia join Latvia in offering troops": those joined already do what the others join them in.
  const joinedIn = JOINED_IN.test(sentence.text.slice(mentions[index]!.end, mentions[index]!.end + 30));
  // "Britain will send troops to Ukraine, and France will ...": the list does not reach back into the clause before.
  for (let i = index - 1; i >= 0 && mentions[i]!.start >= from; i--) {
    const between = gapBefore(sentence, mentions[i]!.end, list[0]!);
    if (!LIST_GLUE.test(between) && !(joinedIn && JOIN_GLUE.test(between))) break;
    coordinated ||= COORDINATION.test(between);
    // "In Ukraine, Italy ruled out ...": a place before the comma is not a member of the list;
    // "ministers from France, Britain and Poland": a coordinated list that opens after "from" is all place.
    if (isPlace(sentence.plain, mentions[i]!)) return coordinated && list.every((m) => m.kind !== 'person') ? [] : list;
    list.unshift(mentions[i]!);
  }
  return list;
}

/** The words between two mentions of a list, without the first name of a person the gazetteer knows by surname ("and Vladimir Zelensky"). */
function gapBefore(sentence: PlainSentence, from: number, next: Mention): string {
  const between = plainSlice(sentence, from, next.start);
  if (next.kind !== 'person') return between;
  const firstName = FIRST_NAME.exec(sentence.text.slice(from, next.start));
  return firstName ? between.slice(0, between.length - firstName[0].length) : between;
}

const FIRST_NAME = /(?<=\s)\p{Lu}[\p{Ll}'’.-]+\s+$/u;

const JOINED_IN = /^\s+in\s+[a-z]+ing\b/i;
const JOIN_GLUE = /^\s+(?:joins?|joined|(?:has|have)\s+joined)\s+(?:the\s+)?$/;

const COORDINATION = /\b(?:and|or|as well as|along with|together with|plus|alongside)\b|&/;

function listStartingAt(sentence: PlainSentence, mentions: Mention[], index: number): Mention[] {
  const list = [mentions[index]!];
  for (let i = index + 1; i < mentions.length; i++) {
    const between = gapBefore(sentence, list.at(-1)!.end, mentions[i]!);
    // "including Poland, Finland and Denmark, plus the Council's president": what follows ", plus" is outside the list.
    if (!LIST_GLUE.test(between.replace(/\bin addition to\b/g, '')) || /,\s*plus\b/.test(between)) break;
    list.push(mentions[i]!);
  }
  return list;
}

/** The list of countries that starts right at `at` (a space or two before its first name), or none. */
function listRightAfter(sentence: PlainSentence, mentions: Mention[], at: number): Mention[] {
  const index = mentions.findIndex((m) => m.start >= at && m.start <= at + 2);
  return index < 0 ? [] : listStartingAt(sentence, mentions, index);
}

export function isPlace(work: string, mention: Mention): boolean {
  return otherSideOfDeal(work, mention) || namedAsPlace(work, mention);
}

/** A country after "in", "to", "against" ... or a town and its comma: where something happens or goes. */
function namedAsPlace(work: string, mention: Mention): boolean {
  const before = work.slice(Math.max(0, mention.start - 40), mention.start);
  if (before.endsWith(', ') && CITY_COMMA_BEFORE.test(before) && CITY_COMMA_AFTER.test(work.slice(mention.end, mention.end + 2))) return true;
  return PLACE_BEFORE.test(before.slice(-20)) && !OFFICIALS_FROM.test(before);
}

// "leaders meeting in Geneva, Switzerland, on Monday": the country after a town names where, not who. "In Paris, France
// and Britain signed" goes on with its subject, so the country must close the place with a comma or the sentence's end.
const CITY_COMMA_BEFORE = /\b(?:in|at|near|outside) +[a-z][\w'’.-]*(?: +[a-z][\w'’.-]*)?, $/;
const CITY_COMMA_AFTER = /^(?:,|\.|;|$)/;

/** Russia, its allies or Ukraine after "with": the other side of a deal or a war, not its actor nor where it happens. */
function otherSideOfDeal(work: string, mention: Mention): boolean {
  if (!ADVERSARIES.has(mention.code) && mention.code !== 'UA') return false;
  const before = work.slice(Math.max(0, mention.start - 40), mention.start);
  return before.includes('with') && WITH_BEFORE.test(before);
}

// "a peace deal with Russia", "talks with Moscow", "discussions with Ukrainian and Russian officials": the other side of a deal, not its actor ("set up with Romania" names partners).
const WITH_BEFORE =
  /(?=\s+with\s)(?<!\b(?:along|together))\s+with\s+(?:the\s+)?(?:ukrainian\s+and\s+)?(?:(?:russian|belarusian|president|foreign|minister|leader|dictator|counterpart|vladimir|sergei|sergey)\s+){0,3}$/;

// "Defence ministers from France, Britain and Poland have vowed": people from a country speak for it.
const OFFICIALS_FROM =
  /\b(?:statement|communiqu[eé]|declaration|letter) +(?:\w+ +){0,2}?by +(?:the +)?(?:[\w.'’-]+(?:,? +|,? +and +)){0,8}$|\bparticipation +(?:from|of) +(?:the +)?$|\b(?:ministers?|leaders?|officials?|representatives?|delegations?|delegates|envoys?|diplomats?|negotiators?|counterparts?|heads? of (?:state|government)|chiefs?|troops|soldiers|forces|contingents?) +from +(?:the +)?$|\b(?:representatives|delegations?|envoys|officials) +of +(?:the +)?$/;

const AGENT_BEFORE = /\bby\s+(?:the\s+)?$/;

type Anchor = { kind: 'mention'; index: number; at: number } | { kind: 'group' | 'self'; at: number };

/** The nearest thing before the stance cue that can be its actor: a country, an unnamed group or a pronoun. */
/**
 * `cueEnd` past `to` lets a country inside a refusal be its actor ("no Polish soldier would"); with `agentsOnly`, only the agent of a
 * passive ("regarded by Moscow as ...") is, not the one warned ("warned Finland against").
 */
export function lastAnchor(ctx: SentenceContext, from: number, to: number, cueEnd = to, agentsOnly = false): Anchor | null {
  let best: Anchor | null = null;
  ctx.mentions.forEach((m, index) => {
    // "no Polish soldier would go": the actor sits inside the refusal itself.
    // "there is Swedish openness to ...": the demonym's noun is the cue itself.
    const inCue = (m.start >= to && m.end <= cueEnd) || (m.kind === 'demonym' && m.start < to && m.end > to);
    // Where the mention stands is tested first: most mentions of a sentence lie outside the region, and need no text read.
    if (m.start < from || (m.end > to && !inCue)) return;
    // "will be considered by Russia as an intervention": the agent of a passive refusal inside the cue is its actor.
    const agent = inCue && AGENT_BEFORE.test(ctx.work.slice(Math.max(0, m.start - 8), m.start));
    if (
      ctx.work.slice(m.start, m.end).trim() !== '' &&
      (m.end <= to || agent || !agentsOnly) &&
      (agent || !isPlace(ctx.work, m)) &&
      !isModifier(ctx.work, m) &&
      (!best || m.start >= best.at) &&
      !inAppositive(ctx, index)
    )
      best = { kind: 'mention', index, at: m.start };
  });
  const region = ctx.work.slice(from, to);
  for (const [kind, pattern] of [
    ['group', GROUP_NOUN],
    ['self', SELF_REFERENCE],
  ] as const) {
    for (const match of allMatches(pattern, region)) {
      const at = from + match.index;
      const insideMention = ctx.mentions.some((m) => m.start <= at && m.end > at);
      // "their leaders were ready": the speakers' own people, not an unnamed group.
      const owned = kind === 'group' && /\b(?:their|our) +$/.test(ctx.work.slice(Math.max(0, at - 6), at));
      // "the US itself would not": the country named just before is the actor.
      const emphatic = match[0] === 'itself' && ctx.mentions.some((m) => m.end <= at && /^\s*$/.test(ctx.work.slice(m.end, at)));
      if (!insideMention && !owned && !emphatic && (!best || at > best.at)) best = { kind, at };
    }
  }
  return best;
}

// "Britain, a close ally of Kyiv, is ready", "Canada, like Australia, is ready": a phrase set off after a country
// describes it; the countries it names ("a key backer of Ukraine and of Moldova") are no actors. Its words before the
// preposition name no country, so a list ("Britain, the Netherlands and Ukraine are ready to ...") is not one.
const COMMA = 44;
const APPOSITIVE = /^(,\s+(?:(?:a|an|the|one\s+of\s+(?:the|its))\s+(?:[\w'’-]+\s+){1,5}?(?:of|to|for|with|in|on|from)|(?:just\s+)?like)\s)[^,;:.()]{0,60}?,/;

function inAppositive(ctx: SentenceContext, index: number): boolean {
  const mention = ctx.mentions[index]!;
  for (let j = index - 1; j >= 0; j--) {
    const opener = ctx.mentions[j]!;
    if (ctx.work.charCodeAt(opener.end) !== COMMA) continue; // most mentions are not followed by a comma
    const appositive = APPOSITIVE.exec(ctx.work.slice(opener.end, opener.end + 140));
    if (!appositive) continue;
    const wordsEnd = opener.end + appositive[1]!.length;
    const namesNone = !ctx.mentions.some((m) => m.start >= opener.end && m.start < wordsEnd);
    if (namesNone && mention.start >= wordsEnd && mention.end <= opener.end + appositive[0].length) return true;
  }
  return false;
}

const NO_PLANS_AFTER_THERE = /^ +(?:is|are|was|were|will +be) +(?:currently +|still +|at +present +|now +)?no +(?:plans?|intentions?)\b/;

// "X signalled readiness ..., while the Kremlin has warned ...": the later voice speaks for its own clause.
const CONTRAST_BETWEEN = /(?:,|;)\s*(?:while|whereas|but|although|though|however)\b|\s(?:but|whereas)\s/;

function insideMention(mentions: Mention[], at: number): boolean {
  return mentions.some((m) => m.start <= at && m.end > at);
}

/** Finds the reporting verb that governs a cue: before it ("Macron said that ...") or trailing (", Macron said"). */
function findReporting(ctx: SentenceContext, cueAt: number): { start: number; end: number; trailing: boolean; outer?: number } | null {
  ctx.cache ??= {};
  const verbs = (ctx.cache.reporting ??= allMatches(REPORTING, ctx.work).filter((m) => !insideMention(ctx.mentions, m.index)));
  const preceding = verbs.filter((m) => m.index < cueAt);
  const before = preceding.at(-1);
  if (before) {
    const outer = preceding.at(-2);
    return outer
      ? { start: before.index, end: before.index + before[0].length, trailing: false, outer: outer.index + outer[0].length }
      : { start: before.index, end: before.index + before[0].length, trailing: false };
  }
  const after = verbs.at(-1);
  if (after && !CONTRAST_BETWEEN.test(ctx.work.slice(cueAt, after.index))) return { start: after.index, end: after.index + after[0].length, trailing: true };
  return null;
}

export function codesIn(ctx: SentenceContext, from: number, to: number): string[] {
  return [...new Set(ctx.mentions.filter((m) => m.start >= from && m.end <= to && !isPlace(ctx.work, m)).map((m) => m.code))];
}

function namedBeforeGroup(ctx: SentenceContext, from: number, groupAt: number): string[] {
  const index = ctx.mentions.findLastIndex((m) => m.start >= from && m.end <= groupAt && !isPlace(ctx.work, m));
  if (index < 0 || !LIST_BEFORE_GROUP.test(ctx.work.slice(ctx.mentions[index]!.end, groupAt))) return [];
  return [...new Set(listEndingAt(ctx, ctx.mentions, index).map((m) => m.code))];
}

const LEADERS_OF = /^\s*(?:the\s+)?(?:leaders|heads of (?:state|government)|representatives|governments|delegations|prime ministers|presidents)\s+of\s+/;

function subjectsAfterInclude(ctx: SentenceContext, from: number, to: number): string[] {
  for (const match of allMatches(INCLUDE, ctx.work.slice(from, to))) {
    const afterWord = from + match.index + match[0].length;
    const lead = LEADERS_OF.exec(ctx.work.slice(afterWord, afterWord + 40))?.[0].length ?? 0;
    const index = ctx.mentions.findIndex((m) => m.start >= afterWord && m.start <= afterWord + lead + 12);
    if (index >= 0) return [...new Set(listStartingAt(ctx, ctx.mentions, index).map((m) => m.code))];
  }
  return [];
}

// "Several countries that border Russia, such as Poland, have said ...": the example named is the actor.
const EXAMPLES = /(?:,|\(|—|–)\s*(?:such as|including|like|notably|among them)\s+(?:the\s+)?$/;

function namedExamples(ctx: SentenceContext, groupAt: number, cueAt: number): string[] {
  const index = ctx.mentions.findIndex((m) => m.start > groupAt && m.end <= cueAt && EXAMPLES.test(ctx.work.slice(groupAt, m.start)));
  return index < 0 ? [] : [...new Set(listStartingAt(ctx, ctx.mentions, index).map((m) => m.code))];
}

/** "a coalition of 29 nations, including the leaders of Canada and New Zealand": the coalition's members as listed. */
export const MEMBERS_LISTED =
  /\bcoalition\b[^.;]{0,160}?\b(?:including|includes|included|such as|among them|comprising|made up of|with (?:the )?participation (?:of|from)|(?:was|were) attended by(?:,?\s+among others,?)?)\s+(?:the\s+)?(?:(?:leaders|heads of (?:state|government)|representatives|governments|prime ministers|presidents)\s+of\s+(?:the\s+)?)?/;
const MEMBERS_LISTED_ALL = new RegExp(MEMBERS_LISTED.source, 'g');

export function listedMembers(ctx: SentenceContext): string[] {
  const codes = new Set<string>();
  // Read on the plain words: the working copy blanks asides such as ", which includes France and Britain,".
  const plain = ctx.plain;
  if (plain.length !== ctx.work.length) return [];
  let mentions: Mention[] | undefined;
  for (const match of allMatches(MEMBERS_LISTED_ALL, plain)) {
    const after = match.index + match[0].length;
    mentions ??= findMentions(ctx.text); // the aside's countries are blanked out of the sentence's own mentions
    for (const m of listRightAfter(ctx, mentions, after)) if (m.code !== 'UA' && !isPlace(plain, m)) codes.add(m.code);
  }
  return [...codes];
}

/** The countries listed right after `at` ("These include| Poland and Italy"), Ukraine and places left out. */
export function countriesListedAt(ctx: SentenceContext, at: number): string[] {
  const list = listRightAfter(ctx, ctx.mentions, at);
  return [...new Set(list.filter((m) => m.code !== 'UA' && !isPlace(ctx.plain, m)).map((m) => m.code))];
}

/** What a country can lead that is the guarantees as a whole: the coalition, its force, its headquarters, its planning. */
const LED_THING =
  /\b(?:coalition|(?:security +)?guarantees?|efforts? +to +(?:[\w-]+ +){0,3}?(?:peace-?keeping|security +guarantees|coalition|force|mission)|initiative|task ?force|working +group|headquarters|(?:multinational|reassurance|international|european|peacekeeping|stabili[sz]ation) +(?:[a-z-]+ +)?(?:force|mission))\b/;
/** "co-led by France and the UK" (the leaders follow); "France and the UK are leading discussions within the coalition" (they precede). */
const LED_BY = /\b(?:co-?)?(?:led|chaired|headed|spearheaded) +by +(?:the +)?/g;
const LEADING =
  /\b(?:(?:is|are|was|were|has +been|have +been|will +be|has|have|had) +)?(?:jointly +)?(?:co-?)?(?:leading|leads|lead|led(?<=\b(?:has|have|had) +(?:jointly +)?(?:co-?)?led)|chairing|chairs|chair|heading|spearheading|spearheads|spearheaded|(?:taken|takes?|took) +the +lead +(?:in|on)|announc(?:ed|es) +the +(?:formation|creation|launch) +of)\b/g;
export const LEAD_GATE =
  /\b(?:led|chaired|headed|spearheaded) +by\b|\bthe +lead +(?:in|on)\b|\bformation +of\b|\b(?:co-?)?(?:leading|leads|lead|chairing|chairs|chair|heading|spearheading|spearheads|spearheaded)\b|\b(?:has|have|had) +(?:jointly +)?(?:co-?)?led\b/;
// "Talks on the guarantees were led by ...": what is led is something else than the guarantees.
const OTHER_LED =
  /\b(?:talks|negotiations|delegations?|meetings?|summit|discussions|call|team|visit|session|conference|offensive|attack|invasion|war|government|administration|party|campaign|parliament|exercises?)\b/;
/** Forming the coalition, in the base form: "to build", "to put together". */
const FORM_VERB = String.raw`(?:build|form|assemble|create|forge|put +together|set +up)`;
/** The coalition after its article and its modifiers: "a new coalition", "the so-called “coalition". */
const COALITION_NAMED_AFTER = String.raw`(?:(?:new|so-called|broad|wider|european|international|multinational)\s+)*["“]?coalition\b`;
// "lead calls for guarantees", "leading talks with Trump on the coalition": leading something else; "discussions within the coalition" is its work.
const NOT_LEADING_IT = new RegExp(
  String.raw`\b(?:calls?|push|charge|way|criticism|opposition|protests?)\b|\b(?:talks|negotiations|discussions|meetings?)\b(?!.*\b(?:within|inside|among) +(?:the +|a +|this +)?$)(?!.*\bto +${FORM_VERB} +(?:a|an|the) +(?:[\w-]+ +)?$)`,
);
// "could be led by", "not led by", "wants to lead": no position of the leaders.
const NOT_LEADING_YET =
  /\b(?:could|might|may|should|would|not|wants?|hopes?|seeks?|offered|offers?|ready|willing|prepared|to|who|which)\s+(?:be\s+|have\s+been\s+)?(?:\w+\s+)?$/;

/**
 * The subject of a verb at \`at\`: the country (or coordinated list) that ends right before it, with only \`gap\` between
 * (an auxiliary, an adverb, a title), and that is no place and no modifier ("Ukraine's allies").
 */
function subjectsBefore(sentence: PlainSentence, mentions: Mention[], work: string, at: number, gap: RegExp): Mention[] {
  const index = mentions.findLastIndex((m) => m.end <= at && gap.test(work.slice(m.end, at)));
  if (index < 0 || isPlace(work, mentions[index]!) || isModifier(work, mentions[index]!)) return [];
  return listEndingAt(sentence, mentions, index);
}

const ADVERB_GAP = /^\s*,?\s*(?:[a-z]+ly\s+)?$/;

/** The countries of a list that can pledge: not Ukraine, which receives the guarantees, nor Russia's side. */
function contributorCodes(list: Mention[]): string[] {
  return [...new Set(list.map((m) => m.code))].filter((code) => code !== 'UA' && !ADVERSARIES.has(code));
}

/** "a new round of sanctions from the United States and Canada": the countries a round of sanctions comes from impose it. */
export function sanctioningCountries(ctx: SentenceContext): string[] {
  const codes = new Set<string>();
  for (const match of allMatches(SANCTIONS_FROM, ctx.work))
    for (const code of contributorCodes(listRightAfter(ctx, ctx.mentions, match.index + match[0].length))) codes.add(code);
  return [...codes];
}

const SANCTIONS_FROM =
  /\b(?:new|fresh|further|additional|latest|tougher) +(?:round|package|wave|set) +of +sanctions +(?:from|by|imposed by|announced by) +(?:the +)?/g;

const WITHOUT_TROOPS = /\bwithout +(?:any +)?(?:(?:troops|soldiers|forces) +from|(?:the +)?(?:participation|involvement) +of) +(?:the +)?/g;
/** The same words for a gate's `test` (a global pattern would carry its last index over to the next sentence). */
export const WITHOUT_TROOPS_GATE = new RegExp(WITHOUT_TROOPS.source);
const TROOPS_FROM = /\b(?:troops|soldiers|forces) +from/;
const MILITARY_NOUN = /^(?:['’]s)? +(?:military|troops|army|armed +forces|forces|soldiers)\b/;

/** Countries whose troops a plan goes without: "troops from X", or "the participation of X's military" (not of X alone). */
export function withoutTroopsFrom(ctx: SentenceContext): string[] {
  const codes: string[] = [];
  for (const match of allMatches(WITHOUT_TROOPS, ctx.work)) {
    const list = listRightAfter(ctx, ctx.mentions, match.index + match[0].length);
    if (list.length === 0) continue;
    const last = list.at(-1)!;
    // "the American military" is one mention, its noun included: the noun is read after the demonym's word.
    const nounAt = last.kind === 'demonym' ? last.start + Math.max(0, ctx.work.slice(last.start, last.end).indexOf(' ')) : last.end;
    const military = MILITARY_NOUN.test(ctx.work.slice(nounAt));
    if (!TROOPS_FROM.test(match[0]) && !military) continue;
    codes.push(...contributorCodes(list));
  }
  return codes;
}

/**
 * Leading or chairing the coalition, its force or its headquarters is \`coalition: committed\` (SCHEMA.md, membership).
 * Read on the working copy, so a role named in an aside (", who co-chairs the coalition,") stays implicit.
 */
export function leadersOf(ctx: SentenceContext): string[] {
  const work = ctx.work;
  const codes = new Set<string>();
  for (const match of allMatches(LED_BY, work)) {
    const before = work.slice(Math.max(0, match.index - 100), match.index);
    const thing = before.slice(before.search(/[^;:.]*$/));
    // "The mission to send troops after the war with Russia is led by": only what stands up to the thing led names it.
    const led = LED_THING.exec(thing);
    if (
      !(led || (ctx.ledAnaphor === true && IT_THING.test(thing))) ||
      OTHER_LED.test(led ? thing.slice(0, led.index + led[0].length) : thing) ||
      elsewhere(ctx, match.index - thing.length, match.index) ||
      NOT_LEADING_YET.test(work.slice(Math.max(0, match.index - 30), match.index))
    )
      continue;
    const after = match.index + match[0].length;
    for (const code of contributorCodes(listRightAfter(ctx, ctx.mentions, after))) codes.add(code);
  }
  // "Leading this coalition, whose contours are not yet clear, are the French president and the British prime minister".
  const inverted = INVERTED_LEAD.exec(work);
  if (inverted) for (const code of contributorCodes(listRightAfter(ctx, ctx.mentions, inverted[0].length))) codes.add(code);
  for (const match of allMatches(LEADING, work)) {
    const object = work.slice(match.index + match[0].length, match.index + match[0].length + 80);
    const clauseObject = object.slice(0, object.search(/[.;:,]|$/));
    const thing = LED_THING.exec(clauseObject);
    const objectAt = match.index + match[0].length;
    if (!thing || NOT_LEADING_IT.test(clauseObject.slice(0, thing.index)) || elsewhere(ctx, objectAt, objectAt + clauseObject.length)) continue;
    // "Britain and France, co-chairing the coalition, ...": the leaders may stand before a comma.
    for (const code of contributorCodes(subjectsBefore(ctx, ctx.mentions, work, match.index, ADVERB_GAP))) codes.add(code);
  }
  return [...codes];
}

/** The coalition led, named first and its leaders after the verb (the aside between is blanked in the working copy). */
const INVERTED_LEAD = /^\W*(?:co-?)?(?:leading|heading|chairing) +(?:this|the) +(?:so-called +)?["“]?coalition\b[^;.:]*?\b(?:are|is|were|was) +(?:the +)?/;

/** "It will be" before "led by", in a sentence read as pointing back at a force (SentenceContext.ledAnaphor). */
const IT_BE = String.raw`^\W*it +(?:will +|would +|is +|was +|shall +)?(?:be +)?(?:jointly +)?`;
const IT_THING = new RegExp(`${IT_BE}$`);
/** "It will be led by", "it would be co-led by": the sentence that may point back at a force (rule-extractor.ts). */
export const IT_IS_LED = new RegExp(String.raw`${IT_BE}(?:co-?)?led +by\b`);

/** "with close involvement from Z", "with the participation of W": countries that take part in what is led. */
const INVOLVED_WITH = /\bwith +(?:the +)?(?:close +|active +|direct +)?(?:involvement|participation) +(?:from|of) +(?:the +)?/g;

export function involvedWith(ctx: SentenceContext): string[] {
  const codes = new Set<string>();
  for (const match of allMatches(INVOLVED_WITH, ctx.work))
    for (const code of contributorCodes(listRightAfter(ctx, ctx.mentions, match.index + match[0].length))) codes.add(code);
  return [...codes];
}

/** Forming the coalition is leading it: "X and Y have been trying to put together a coalition", "X assembled a coalition". */
const FORMING_COALITION = new RegExp(
  String.raw`\b(?:(?:(?:is|are|was|were|has +been|have +been|had +been) +)?(?:trying|seeking|working|pushing|striving|moving|busy +trying|(?:unveil|announc|outlin)(?:ed|es|ing|e|s)? +(?:\w+ +)?plans?|set +out +plans?) +to +)?` +
    String.raw`(?:${FORM_VERB}|building|forming|assembling|creating|forging|putting +together|setting +up|built|formed|assembled|created|forged)\s+(?:a|an|the|this|its|their)\s+${COALITION_NAMED_AFTER}`,
  'g',
);
/** "Trump wants to form a coalition", "would build a coalition": an aim or a hypothesis is no lead taken. */
const FORMING_NOT_YET = /\b(?:wants?|wanted|hopes?|hoped|could|might|may|should|would|not|urged?|calls? +on|called +on|asked|proposed)\s+(?:\w+\s+){0,2}$/;

/** The countries that form (or try to form) the coalition, named right before the verb (`coalition: committed`). */
export function formersOf(ctx: SentenceContext): string[] {
  const codes = new Set<string>();
  for (const match of allMatches(FORMING_COALITION, ctx.work)) {
    if (FORMING_NOT_YET.test(ctx.work.slice(Math.max(0, match.index - 30), match.index))) continue;
    for (const code of contributorCodes(subjectsBefore(ctx, ctx.mentions, ctx.work, match.index, FORMER_GAP))) codes.add(code);
  }
  // "the joint efforts of Britain and France to create a coalition": the formers follow "efforts of".
  for (const match of allMatches(EFFORTS_OF, ctx.work)) {
    const list = listRightAfter(ctx, ctx.mentions, match.index + match[0].length);
    if (list.length > 0 && EFFORT_TO_FORM.test(ctx.work.slice(list.at(-1)!.end))) for (const code of contributorCodes(list)) codes.add(code);
  }
  return [...codes];
}

const EFFORTS_OF = /\b(?:joint +|concerted +)?efforts? +(?:of|by) +(?:the +)?/g;
const EFFORT_TO_FORM = new RegExp(String.raw`^ +to +${FORM_VERB}\s+(?:a|an|the)\s+${COALITION_NAMED_AFTER}`);

/** Between the formers and the verb: an auxiliary, an adverb, a title. */
const FORMER_GAP =
  /^\s*,?\s*(?:(?:is|are|was|were|has|have|had|been|also|now|jointly|together|already|(?:prime +)?minister|president|chancellor|premier)\s+)*$/;

/** A meeting, summit or call: when it is the coalition's, its chairs lead the coalition (SCHEMA.md: committed). */
const MEETING_NOUN = /\b(?:meeting|summit|call|videoconference|video +call|gathering|session|talks|event)\b/;
const OF_COALITION = /^[^.;]{0,40}?\bof +(?:the +)?(?:so-called +)?["“]?coalition\b/;
/** "the coalition of the willing summit", "the coalition's video call": the coalition's own meeting, named right before its noun. */
const COALITION_BEFORE = /\bcoalition(?: +of +the +(?:willing|resolute))?["”'’]?(?:['’]s)? +(?:(?:leaders['’]?|virtual|video|online|emergency) +)?$/;
/** "The meeting was co-chaired by X and Y", "a summit of the coalition hosted by X". */
const CHAIRED_BY = /\b(?:co-?chaired|chaired|co-?hosted|hosted|convened) +by +(?:the +)?/g;
/** "X and Y co-chaired the coalition's online meeting", "X co-chaired it from London". */
const CHAIRING = /\b(?:co-?chair(?:ed|s|ing)?|chair(?:ed|s|ing)|co-?host(?:ed|s|ing)?|host(?:ed|s|ing)|convened)\b/g;
const CHAIRED_OBJECT =
  /^ +(?:(?:today|jointly|remotely|virtually|online|on +\w+) +)?(?:a|an|the|this|that)\b(?: +[\w-]+){0,3}? +(?:meeting|summit|call|videoconference|gathering|session|talks)\b|^ +it\b/;
const HOSTED_COALITION = /^ +(?:the +)?(?:so-called +)?["“]?coalition +of +the +willing\b/;
/** Between the chairs and the verb: adverbs, auxiliaries, and the title after a nationality ("the German chancellor"). */
const CHAIR_SUBJECT_GAP = /^\s*,?\s*(?:(?:also|today|jointly|will|is|are|was|were|set|to|(?:prime +)?minister|president|chancellor|premier)\s+)*$/;
/** The officials' titles before their country in a by-phrase: "hosted by the president of Finland". */
const TITLE_OF = /^(?:(?:prime +minister|president|chancellor|premier|king|leaders?|heads? +of +(?:state|government))s? +of +(?:the +)?)?/;
/** Where a by-phrase of chairs ends. */
const CHAIRS_END = /[.;:]|,\s*(?:which|who|where|while|with|as)\b| +(?:to|in|at|on|after|before|with)\s/;

/** The countries a by-phrase of chairs names: every one up to the phrase's end, titles and names between them. */
function chairsNamedAfter(ctx: SentenceContext, at: number): string[] {
  const from = at + TITLE_OF.exec(ctx.work.slice(at))![0].length;
  const rest = ctx.work.slice(from);
  const end = rest.search(CHAIRS_END);
  const until = end < 0 ? ctx.work.length : from + end;
  const first = ctx.mentions.findIndex((m) => m.start >= from && m.start <= from + 2);
  if (first < 0) return [];
  const chairs = [ctx.mentions[first]!];
  for (const next of ctx.mentions.slice(first + 1)) {
    const gap = ctx.work.slice(chairs.at(-1)!.end, next.start);
    if (next.end > until || !CHAIRS_GAP.test(gap)) break;
    // "hosted by Denmark, Japan said ...": after a bare comma, a country that goes on to speak starts a clause of its own.
    if (!/\band\b/.test(gap) && CLAUSE_VERB_AFTER.test(ctx.work.slice(next.end, next.end + 12))) break;
    chairs.push(next);
  }
  // No place test: "by" before the chairs is the agent's.
  return contributorCodes(chairs);
}

const CLAUSE_VERB_AFTER = /^\s+(?:said|says|stated|told|added|has|have|had|is|are|was|were|will|would)\b/;

/** Between two chairs: a comma or "and", a title, a first name ("the premier of Norway, Jonas Store, and the president of Finland"). */
const CHAIRS_GAP = /^[\s,()]*(?:and\s+)?(?:(?:the|sir|dame|[\p{L}'’.-]+)\s+){0,4}?(?:of\s+(?:the\s+)?)?[\s,()]*$/u;

/**
 * Chairs and hosts of a coalition meeting (`coalition: committed`, as leading it; a host alone is willing). The meeting is
 * the coalition's when the sentence says so ("a meeting of the coalition") or the sentences before named one ("The
 * meeting was co-chaired by ..."). "Could be hosted by" and the like are no position (NOT_LEADING_YET).
 */
export function meetingChairsOf(ctx: SentenceContext): Array<{ code: string; host: boolean }> {
  const { work, plain } = ctx;
  const found = new Map<string, boolean>();
  const add = (codes: string[], host: boolean): void => {
    for (const code of codes) found.set(code, (found.get(code) ?? true) && host);
  };
  const coalitions = (meetingAt: number, meetingEnd: number): boolean =>
    ctx.chairedMeeting === true ||
    OF_COALITION.test(plain.slice(meetingEnd, meetingEnd + 80)) ||
    COALITION_BEFORE.test(plain.slice(Math.max(0, meetingAt - 40), meetingAt));
  for (const match of allMatches(CHAIRED_BY, work)) {
    // The plain words: the working copy blanks the coalition's name, and the meeting noun with it.
    const before = plain.slice(Math.max(0, match.index - 80), match.index);
    const thing = before.slice(before.search(/[^;:.]*$/));
    const meeting = MEETING_NOUN.exec(thing);
    if (!meeting || NOT_LEADING_YET.test(work.slice(Math.max(0, match.index - 30), match.index))) continue;
    const meetingAt = match.index - thing.length + meeting.index;
    if (!coalitions(meetingAt, meetingAt + meeting[0].length) || elsewhere(ctx, meetingAt, match.index)) continue;
    add(chairsNamedAfter(ctx, match.index + match[0].length), /^(?:hosted|convened)/.test(match[0]));
  }
  for (const match of allMatches(CHAIRING, work)) {
    const objectAt = match.index + match[0].length;
    const object = CHAIRED_OBJECT.exec(plain.slice(objectAt, objectAt + 60));
    // "Rome hosted the coalition of the willing": hosting its meeting.
    const coalitionHosted = !object && HOSTED_COALITION.test(plain.slice(objectAt, objectAt + 40));
    if ((!object && !coalitionHosted) || (object?.[0].trim() === 'it' && !ctx.chairedMeeting)) continue;
    const noun = object ? MEETING_NOUN.exec(object[0]) : null;
    const nounAt = objectAt + (noun ? noun.index : 0);
    if (!(coalitionHosted || coalitions(nounAt, objectAt + object![0].length)) || NOT_LEADING_YET.test(work.slice(Math.max(0, match.index - 30), match.index)))
      continue;
    const host = /^(?:host|convened)/.test(match[0]);
    add(contributorCodes(subjectsBefore(ctx, ctx.mentions, work, match.index, CHAIR_SUBJECT_GAP)), host);
    // "co-chaired a meeting of 30 leaders alongside the Dutch prime minister": the one alongside chairs it too.
    const objectEnd = objectAt + (object ? object[0].length : 0);
    add(namedAlongside(ctx, objectEnd, plain.slice(objectEnd, objectEnd + 120)), host);
  }
  return [...found].map(([code, host]) => ({ code, host }));
}

/** Those named "alongside" ... later in the clause that starts at `at` (`text` is the sentence from there on). */
function namedAlongside(ctx: SentenceContext, at: number, text: string): string[] {
  const alongside = ALONGSIDE.exec(text);
  return alongside ? contributorCodes(listRightAfter(ctx, ctx.mentions, at + alongside[0].length)) : [];
}

const ALONGSIDE = /^[^.;,]*?\balongside +(?:the +)?/;

/** "Starmer and Macron attended it in person", "X also took part in the lengthy meeting": attending the meeting named before. */
const ATTENDED_IT =
  /\b(?:attended|took +part +in|joined|participated +in)(?: +it\b| +the +(?:[a-z-]+ +)?(?:meeting|summit|talks|call|videoconference|video +call|gathering|discussions)\b)|\b(?:arrived|gathered) +in +[a-z]+ +for +the +(?:[a-z-]+ +)?(?:meeting|summit|talks|gathering|discussions)\b/g;
const BEFORE_ATTENDING =
  /^\s*(?:,?\s*and\s+(?:other|several|many|fellow)\s+(?:\w+\s+)?(?:leaders|heads\s+of\s+(?:state|government)|officials))?\s*,?\s*(?:(?:also|all|both|then|later|have|has|had)\s+)*$/;

const ATTENDS = new RegExp(ATTENDED_IT.source);

/** Whether a sentence says someone attended "it" or "the meeting" (read only after a sentence naming the coalition's). */
export function attendsMeeting(lower: string): boolean {
  return ATTENDS.test(lower);
}

/** The countries whose leaders attended the coalition meeting the sentences before named (SCHEMA.md: taking part is membership). */
export function attendeesOf(ctx: SentenceContext): string[] {
  const codes = new Set<string>();
  for (const match of allMatches(ATTENDED_IT, ctx.work)) {
    const index = ctx.mentions.findLastIndex((m) => m.end <= match.index && BEFORE_ATTENDING.test(ctx.work.slice(m.end, match.index)));
    if (index < 0 || isPlace(ctx.work, ctx.mentions[index]!)) continue;
    for (const code of contributorCodes(listEndingAt(ctx, ctx.mentions, index))) codes.add(code);
  }
  return [...codes];
}

/**
 * Taking part in one of the coalition's meetings, in the wordings reports use beyond "attended it": "X took part,
 * by video, in the coalition's call", "present were the Dutch and Danish premiers", "X was joined by Y", "a Japanese
 * delegation attended the talks".
 */
const PARTICIPATED =
  /\b(?:attend(?:ed|s|ing)?|present|took +part|takes? +part|taking +part|participat(?:ed|es|e|ing)|joined|joins?|joining|dialled +in|dialed +in)\b/g;
/** The meeting the verb is about, in the same clause after it. */
const MEETING_AFTER = /^[^.;:]{0,90}?\b(?:meeting|summit|talks|call|videoconference|video +(?:call|link|conference)|gathering|session|conference|hook-up)\b/;
/** "attended it" is the meeting only right after a sentence that named it (`meetingBefore`). */
const IT_AFTER = /^ +it\b/;
/** Those named after the verb: "those attending were", "joined by", "attended by". */
const NAMED_AFTER =
  /^(?: +(?:at|in))?(?: +(?:the +)?(?:meeting|summit|talks|call|session|gathering))? +(?:were|was|included|include|includes)\b|^ +by\b(?! +(?:video|phone|telephone|teleconference|link|satellite))/;
const PARTICIPANT_GAP =
  /^(?:['’]s)?\s*,?\s*(?:(?:delegations?|delegates|representatives|officials|envoys|team|leaders?|foreign|defen[cs]e|(?:prime +)?minister|president|chancellor|premier|also|all|both|then|later|have|has|had|will|were|was|is|are|to|set|personally|remotely|virtually|online|jointly)\s+)*$/;
/** "did not attend", "could join": no participation. */
const NOT_PARTICIPATING = /\b(?:not|n't|never|no|could|might|may|would|should|invited|asked|urged|hopes?|wants?|refused|declined)\s+(?:\w+\s+){0,2}$/;
/** Titles before the first name of a list: "representatives of the USA", "the leaders from Denmark". */
const PARTICIPANT_TITLE =
  /^(?:the +)?(?:(?:representatives|delegations?|leaders|officials|envoys|ministers|heads +of +(?:state|government)(?: +and +government)?) +(?:of|from) +(?:the +)?)?/;

/** "the Danish, Swedish and Dutch prime ministers": officials named by their countries' adjectives. */
const DEMONYM_OFFICIALS =
  /^(?:the +)?((?:[a-z]+(?:, +| +and +|, +and +))*[a-z]+) +(?:prime +ministers?|presidents?|leaders|chancellors?|premiers?|heads +of +(?:state|government)|(?:defen[cs]e|foreign) +ministers?|delegations?)\b/;

/** Countries named by adjectives ("British", "Franco-"): each word must name one, else null. */
function adjectiveCodes(words: string[]): string[] | null {
  const codes = words.map((word) => PREFIX_CODES[word] ?? demonymCode(word));
  return codes.every((code): code is string => code !== undefined) ? contributorCodes(codes.map((code) => ({ code }) as Mention)) : null;
}

export function participantsOf(ctx: SentenceContext): string[] {
  const codes = new Set<string>();
  // The plain words: the working copy blanks asides, and "which X also attended" is one.
  const { plain } = ctx;
  let everyMention: Mention[] | undefined;
  for (const match of allMatches(PARTICIPATED, plain)) {
    const end = match.index + match[0].length;
    const after = plain.slice(end, end + 120);
    if (NOT_PARTICIPATING.test(plain.slice(Math.max(0, match.index - 30), match.index))) continue;
    const named = NAMED_AFTER.exec(after);
    if (named) {
      const from = end + named[0].length + 1;
      // "..., which was joined by envoys from Canada": the working copy blanks the aside; read it on the plain words.
      const aside = ctx.work.slice(match.index, end).trim() === '';
      const view: SentenceContext = aside ? { ...ctx, work: plain, mentions: (everyMention ??= findMentions(ctx.text)) } : ctx;
      let listed = chairsNamedAfter(view, from + PARTICIPANT_TITLE.exec(view.work.slice(from))![0].length);
      const officials = listed.length === 0 ? DEMONYM_OFFICIALS.exec(view.work.slice(from)) : null;
      if (officials) listed = adjectiveCodes(officials[1]!.split(/,? +and +|, +/)) ?? [];
      // "attended by the heads of some 25 states, including X and Y": the named ones after the group.
      if (listed.length === 0) listed = namedIncluded(view, view.work.slice(from), from);
      for (const code of listed) codes.add(code);
      continue;
    }
    if (!(MEETING_AFTER.test(after) || (ctx.meetingBefore === true && IT_AFTER.test(after))) || elsewhere(ctx, match.index, end + 90)) continue;
    // The sentence's mentions include the aside's ("which Golob also attended" is blanked in the working copy).
    everyMention ??= findMentions(ctx.text);
    const subjects = contributorCodes(subjectsBefore(ctx, everyMention, plain, match.index, PARTICIPANT_GAP));
    // "a dozen more leaders joined by video, including Y's": the named ones of the group.
    for (const code of subjects.length > 0 ? subjects : namedIncluded(ctx, after, end)) codes.add(code);
  }
  return [...codes];
}

/** A group, then "including X and Y" within the clause: X and Y (`text` is the sentence from `at` on). */
function namedIncluded(ctx: SentenceContext, text: string, at: number): string[] {
  const including = GROUP_INCLUDING.exec(text);
  return including ? chairsNamedAfter(ctx, at + including[0].length) : [];
}

const GROUP_INCLUDING = /^[^.;:]{0,80}?\b(?:including|among them|such as)\s+(?:the\s+)?/;

/** A signed text on the guarantees: its signatories take part in them (SCHEMA.md: "has signed" is committed). */
const SIGNED_TEXT = /\b(?:declarations?|framework|agreements?|accords?|pact|communiqu[eé]|document)\b/;
const SIGNED_BY = /\bsigned\b(?:[^,;.]{0,40}?)? +by +(?:the +)?/g;
const ABOUT_GUARANTEES = /\b(?:coalition|guarantees?|reassurance|multinational force|peacekeep\w*|troops|forces)\b/;

/** "a declaration of intent signed by Britain, France and Ukraine": the signatories named after "signed by". */
export function signatoriesOf(ctx: SentenceContext): string[] {
  const plain = ctx.plain;
  if (!ABOUT_GUARANTEES.test(ctx.work)) return [];
  const codes = new Set<string>();
  for (const match of allMatches(SIGNED_BY, ctx.work)) {
    const before = ctx.work.slice(Math.max(0, match.index - 60), match.index);
    const text = before.slice(before.search(/[^;:.]*$/));
    if (!SIGNED_TEXT.test(text) || NOT_LEADING_YET.test(before.slice(-30)) || elsewhere(ctx, match.index - text.length, match.index + match[0].length))
      continue;
    const after = match.index + match[0].length;
    if (!/\bnot\b/.test(plain.slice(Math.max(0, match.index - 12), match.index)))
      for (const code of contributorCodes(listRightAfter(ctx, ctx.mentions, after))) codes.add(code);
  }
  // "Britain, France and Ukraine signed a declaration of intent on the force": the subject of an active "signed".
  for (const match of allMatches(SIGNED_ACTIVE, ctx.work)) {
    const end = match.index + match[0].length;
    const rest = ctx.work.slice(end, end + 120);
    const object = ctx.work.slice(match.index, end + (rest.search(/[,;:.]| while | but /) + 1 || rest.length + 1) - 1);
    // "signed a declaration to deploy / on deploying forces" pledges the act itself (ground_troops); one on the force, or its deployment, signs up to the coalition's plan.
    if (!ABOUT_GUARANTEES.test(object) || SIGNED_TO_ACT.test(object) || elsewhere(ctx, match.index, match.index + object.length)) continue;
    const index = ctx.mentions.findLastIndex((m) => m.end <= match.index);
    if (index < 0 || !/^[\s,]*$/.test(ctx.work.slice(ctx.mentions[index]!.end, match.index))) continue;
    if (isPlace(ctx.work, ctx.mentions[index]!) || isModifier(ctx.work, ctx.mentions[index]!)) continue;
    for (const code of contributorCodes(listEndingAt(ctx, ctx.mentions, index))) codes.add(code);
    // "Zelensky signed the declaration on the force alongside Macron and Starmer": those alongside signed it too.
    for (const code of namedAlongside(ctx, match.index, object)) codes.add(code);
  }
  return [...codes];
}

/** "The text, endorsed by Spain and Italy": those who endorse a text on the guarantees back it (willing). */
const ENDORSED_BY = /\b(?:endorsed|backed|supported|co-?signed +on +to)\b +by +(?:the +)?/g;
const ENDORSED_TEXT = /\b(?:statement|declaration|communiqu[eé]|document|plan|proposals?|framework|text|letter)\b/;

const ENDORSED_TOPIC = /\b(?:coalition|guarantees?|reassurance|force|forces|peacekeep\w*|troops|mission)\b/;

export function endorsersOf(ctx: SentenceContext): string[] {
  if (!ENDORSED_TOPIC.test(ctx.work)) return [];
  const codes = new Set<string>();
  for (const match of allMatches(ENDORSED_BY, ctx.work)) {
    const before = ctx.work.slice(Math.max(0, match.index - 60), match.index);
    if (!ENDORSED_TEXT.test(before.slice(before.search(/[^;:.]*$/))) || /\bnot\s+(?:\w+\s+)?$/.test(before)) continue;
    if (elsewhere(ctx, match.index - 60, match.index + match[0].length)) continue;
    for (const code of chairsNamedAfter(ctx, match.index + match[0].length)) codes.add(code);
  }
  return [...codes];
}

/**
 * "Air cover would be provided by Canada", "the troops will be supplied by Britain and France": the agents of a passive
 * contribution give what the clause before the verb names. "Will" or "has been pledged" pledges it; "would", "could" or
 * "offered" offers it. A negated passive ("will not be provided by") matches nothing.
 */
const PASSIVE_CONTRIBUTION =
  /\b(?:(will|shall|is +to|are +to|would|could|might|may|can)(?: +also)? +be|(?:has|have) +(?:already +|also +)?been|(?:is|are) +being) +(provided|supplied|contributed|offered|pledged|promised|deployed|sent|stationed) +by +(?:the +)?/g;
const PLEDGING_AUXILIARY = /^(?:will|shall|is|are)\b/;
const ASKED_BEFORE = /\b(?:whether|if)\b/;
const CONDITION_AFTER = /^[^;.]*?\b(?:only|if|unless|provided|providing|condition|subject +to|depend\w*)\b/;

export function passiveContributors(ctx: SentenceContext): Array<{ codes: string[]; from: number; to: number; stance: Stance }> {
  const found: Array<{ codes: string[]; from: number; to: number; stance: Stance }> = [];
  for (const match of allMatches(PASSIVE_CONTRIBUTION, ctx.work)) {
    const agents = listRightAfter(ctx, ctx.mentions, match.index + match[0].length);
    const codes = contributorCodes(agents);
    if (codes.length === 0) continue;
    // What is contributed is named in the clause before the verb: from its last comma, semicolon or colon.
    const before = ctx.work.slice(0, match.index);
    const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
    // "whether jets will be provided by Sweden" asks; "... by the US only if a ceasefire holds" sets a condition the
    // agent's own cues would have to read; "sent by Britain to Estonia" goes elsewhere.
    const agentsEnd = agents.at(-1)!.end;
    const after = ctx.work.slice(agentsEnd, agentsEnd + 80);
    if (ASKED_BEFORE.test(ctx.work.slice(from, match.index)) || CONDITION_AFTER.test(after)) continue;
    if (elsewhere(ctx, from, match.index) || elsewhere(ctx, agentsEnd, agentsEnd + after.length)) continue;
    const offered = match[2] === 'offered' || (match[1] !== undefined && !PLEDGING_AUXILIARY.test(match[1]));
    found.push({ codes, from, to: match.index, stance: offered ? 'willing' : 'committed' });
  }
  return found;
}

const SIGNED_TO_ACT =
  /\bto +(?:deploy|send|station|dispatch|provide|contribute|supply|train|monitor|patrol)\b|\b(?:deploying|sending|stationing|dispatching|providing|contributing|supplying|training|monitoring|patrolling)\b/;
// What is signed follows closely, in the same clause; "have not signed", "refused to sign" never match.
const SIGNED_ACTIVE =
  /\b(?:(?:have|has|had|jointly|also|formally|now)\s+)*signed(?:\s+on\s+\w+(?:\s+\d{1,2})?|\s+(?:today|yesterday))?\s+(?:an?|the|their|a\s+joint)\s+(?:[a-z'-]+\s+){0,3}?(?:declarations?|framework|agreements?|accords?|pact|communiqu[eé]|document|statement)\b/g;

// "the proposal by Britain and France to deploy troops", "the French and British plan to send troops": who proposes is willing.
const PROPOSAL_BY = /\b(?:proposals?|plans?|offers?|initiative|idea) +(?:put +forward +|made +|floated +)?(?:by|from) +(?:the +)?/g;
const PROPOSAL_OF = /\b((?:[a-z]+(?:,? +and +|, +|-))*[a-z]+) +(?:proposals?|plans?|offers?|initiative|idea) +(?=to +)/g;
const PROPOSED_ACT = /^ +to +(?:deploy|send|station|dispatch|provide|contribute|establish|create|form|lead|set +up|supply|train|monitor|patrol)\b/;
const PREFIX_CODES: Readonly<Record<string, string>> = { franco: 'FR', anglo: 'GB' };

/** Who proposes a measure and where its content starts, or null. */
export function proposersOf(ctx: SentenceContext): { codes: string[]; from: number } | null {
  for (const match of allMatches(PROPOSAL_BY, ctx.work)) {
    const after = match.index + match[0].length;
    const list = listRightAfter(ctx, ctx.mentions, after);
    if (list.length === 0) continue;
    const end = list.at(-1)!.end;
    if (PROPOSED_ACT.test(ctx.work.slice(end, end + 30))) return { codes: contributorCodes(list), from: end };
  }
  for (const match of allMatches(PROPOSAL_OF, ctx.work)) {
    const codes = adjectiveCodes(match[1]!.split(/,? +and +|, +|-/));
    const from = match.index + match[0].length - 1;
    if (codes && PROPOSED_ACT.test(ctx.work.slice(from, from + 30))) return { codes, from };
  }
  return null;
}

/** "A mission promoted by X", "a force that X and Y are championing": those who push a plan offer it. */
const PUSHED_BY =
  /\b(?:(?:actively|jointly|strongly|reportedly|being) +)*(?:pushed|promoted|championed|floated|proposed|put +forward|drawn +up) +by +(?:the +)?/g;
const PUSHING =
  /\b(?:(?:is|are|was|were|has|have|had|been|also|actively|jointly|long|for +months|for +weeks|now|reportedly) +)*(?:pushing|promoting|championing|floated|floating|proposed|proposing|pushed|promoted|championed)(?: +for)?(?= )/g;
/** "Could be pushed by": no one pushes it yet ("which is being pushed by" is a fact). */
const NOT_PUSHED_YET = /\b(?:could|might|may|should|would|not)\s+(?:be\s+|have\s+been\s+)?(?:\w+\s+)?$/;
/** What is pushed must be an offer of something: a plan, a force, or sending it. */
const OFFER_THING = /\b(?:idea|plan|proposals?|initiative|force|mission|contingent|deployment|sending|deploying|placing|stationing|putting|dispatching)\b/;
/** Between the pushers and the verb: auxiliaries and adverbs (FORMER_GAP), or "that" after the thing pushed. */
const THING_THAT = /\b(?:idea|plan|proposals?|initiative|force|mission)\s+(?:that|which)\s+$/;

/**
 * Those who push, promote or float a plan to send something (`willing` for what the plan sends): after "pushed by", or
 * the subject of "pushing", "floated", "proposed". The thing pushed is the clause's object, or the noun before "that".
 */
export function pushersOf(ctx: SentenceContext): Array<{ codes: string[]; from: number; to: number }> {
  // The plain words and all the countries: the working copy blanks the relative clause ", which is being pushed by ...".
  const work = ctx.plain;
  if (work.length !== ctx.work.length) return [];
  let all: Mention[] | undefined;
  const mentions = (): Mention[] => (all ??= findMentions(ctx.text)); // found once, and only when a verb matches
  const found: Array<{ codes: string[]; from: number; to: number }> = [];
  for (const match of allMatches(PUSHED_BY, work)) {
    const before = work.slice(Math.max(0, match.index - 120), match.index);
    const thing = before.slice(before.search(/[^;:.]*$/));
    if (!OFFER_THING.test(thing) || NOT_PUSHED_YET.test(work.slice(Math.max(0, match.index - 30), match.index))) continue;
    const codes = contributorCodes(listRightAfter(ctx, mentions(), match.index + match[0].length));
    if (codes.length > 0) found.push({ codes, from: match.index - thing.length, to: match.index });
  }
  for (const match of allMatches(PUSHING, work)) {
    const list = subjectsBefore(ctx, mentions(), work, match.index, FORMER_GAP);
    if (list.length === 0) continue;
    const beforeList = work.slice(Math.max(0, list[0]!.start - 40), list[0]!.start);
    const objectAt = match.index + match[0].length;
    const object = work.slice(objectAt, objectAt + 100);
    const span = THING_THAT.test(beforeList)
      ? { from: Math.max(0, list[0]!.start - 120), to: list[0]!.start }
      : { from: objectAt, to: objectAt + Math.max(0, object.search(/[.;:]|$/)) };
    if (!OFFER_THING.test(work.slice(span.from, span.to))) continue;
    const codes = contributorCodes(list);
    if (codes.length > 0) found.push({ codes, ...span });
  }
  return found;
}

const LED_ADJECTIVE = /\b([A-Z][A-Za-z.]*)-led\b/g;
const HYPOTHETICAL = /\b(?:could|might|may|would|possible|potential|proposed|hypothetical|future|eventual)\s+(?:\w+\s+)?$/i;

/** "US-led monitoring", "a British-led force": the country that leads what follows, and where that starts. */
export function ledAdjectives(ctx: SentenceContext): Array<{ code: string; from: number }> {
  const found: Array<{ code: string; from: number }> = [];
  for (const match of allMatches(LED_ADJECTIVE, ctx.text)) {
    if (HYPOTHETICAL.test(ctx.text.slice(Math.max(0, match.index - 30), match.index))) continue;
    const code = findMentions(match[1]!)[0]?.code ?? demonymCode(match[1]!);
    if (code && code !== 'UA' && !ADVERSARIES.has(code)) found.push({ code, from: match.index + match[0].length });
  }
  return found;
}

/**
 * A country other than Ukraine named as a place in a span: "a German-led brigade in Lithuania" is another deployment (a
 * capital may be a seat). The other side of a war or a deal ("the mission after the war with Russia") is no place.
 */
export function elsewhere(ctx: SentenceContext, from: number, to: number): boolean {
  return ctx.mentions.some((m) => m.start >= from && m.end <= to && m.code !== 'UA' && (m.kind === 'name' || m.kind === 'code') && namedAsPlace(ctx.work, m));
}

const INCLUDE_CUE = /^(?:includ|compris|such as|among them)/;

function acceptableTo(ctx: SentenceContext, from: number, to: number): string[] {
  const match = /acceptable to /.exec(ctx.work.slice(from, to));
  if (!match) return [];
  const at = from + match.index + match[0].length;
  const mention = ctx.mentions.find((m) => m.start >= at && m.start <= at + 4);
  return mention ? [mention.code] : [];
}

// "Trump said Europe would provide the troops": a name the gazetteer does not know is a subject, not the speaker.
const CAPITALISED = new RegExp(`(?<![\\p{L}'’])(?!(?:I|${CALENDAR_NAMES})\\b)\\p{Lu}`, 'gu');

export function namesOtherSubject(ctx: SentenceContext, from: number, to: number): boolean {
  for (const match of allMatches(CAPITALISED, ctx.text.slice(from, to))) {
    const at = from + match.index;
    // "Slovak companies could help": a country's adjective is that country's, not another subject.
    if (!insideMention(ctx.mentions, at) && !demonymCode(/^\p{L}+/u.exec(ctx.text.slice(at))?.[0] ?? '')) return true;
  }
  return false;
}

// The subject of what was said is a contribution with no owner named: "any such deployment", "sending troops".
const OWN_CONTRIBUTION_SUBJECT =
  /^[\s,]*(?:that\s+)?(?:(?:any|such|this|that|a|the)\s+(?:such\s+)?(?:possible\s+|potential\s+|future\s+|eventual\s+)?deployment|any\s+such\s+(?:contribution|participation|involvement|role|mission)|(?:sending|deploying|contributing|committing)\s+(?:\w+\s+){0,2}?(?:troops|soldiers|forces|personnel|peacekeepers))\s*$/;

/** Who the clause is about and who voices it. */
export function resolveActors(
  ctx: SentenceContext,
  clause: Clause,
  finding: StanceFinding,
): { subjects: string[]; speakerCodes: string[]; relayedBy?: string[]; group?: boolean } {
  const reporting = findReporting(ctx, finding.at);
  let subjectFrom = clause.start;
  let speakerCodes: string[] = [];
  let relayedBy: string[] | undefined;
  if (ctx.lineSpeaker && (!reporting || reporting.trailing)) {
    speakerCodes = [ctx.lineSpeaker];
    subjectFrom = Math.max(clause.start, ctx.work.indexOf(':') + 1);
  } else if (reporting && !reporting.trailing && ctx.work.startsWith('according to', reporting.start)) {
    // "According to Babis, the country will not ...": the voice is named after the phrase, up to its comma.
    const comma = ctx.work.indexOf(',', reporting.end);
    const nameEnd = comma > 0 && comma - reporting.end <= 60 ? comma : reporting.end;
    // (not codesIn: "to Babis" would read as a place)
    speakerCodes = [...new Set(ctx.mentions.filter((m) => m.start >= reporting.end && m.end <= nameEnd).map((m) => m.code))];
    subjectFrom = Math.max(clause.start, nameEnd);
  } else if (reporting && !reporting.trailing) {
    // "Romania offered ..., while Poland stated it ...": the voice of this clause, when it names one.
    const own = codesIn(ctx, clause.start, reporting.start);
    speakerCodes = own.length > 0 ? own : codesIn(ctx, 0, reporting.start);
    subjectFrom = Math.max(clause.start, reporting.end);
    // "The Kremlin said Washington had said it would not ...": the nearer voice speaks, the outer one relays.
    // Only within this clause: "Starmer said Britain would ..., but Poland said it would not" is Poland's own voice.
    const nearer = reporting.outer === undefined || reporting.outer < clause.start ? [] : codesIn(ctx, reporting.outer, reporting.start);
    if (nearer.length > 0) {
      relayedBy = codesIn(ctx, 0, reporting.outer!).filter((code) => !nearer.includes(code));
      speakerCodes = nearer;
    }
  } else if (reporting?.trailing) {
    // The partners of '"We are ready, together with Sweden, to ...," Frederiksen said' do not speak.
    const partners = partnersAfterCue(ctx, finding);
    speakerCodes = codesIn(ctx, Math.max(finding.end, reporting.start - 80), Math.min(ctx.text.length, reporting.end + 80)).filter(
      (c) => !partners.includes(c),
    );
  }
  const anchor = lastAnchor(
    ctx,
    subjectFrom,
    finding.at,
    finding.stance === 'declined' || finding.stance === 'opposed' ? finding.end : finding.at,
    finding.stance === 'opposed',
  );
  let subjects: string[] = [];
  if (anchor?.kind === 'mention') {
    subjects = [...new Set(listEndingAt(ctx, ctx.mentions, anchor.index, clause.start).map((m) => m.code))];
  } else if (anchor?.kind === 'self') {
    subjects = /^the(?:y|ir)\b/.test(ctx.work.slice(anchor.at, anchor.at + 5)) ? speakerCodes : speakerCodes.slice(0, 1);
    // "There are no plans to send troops, Ireland said": the plans are the speaker's; "there is no decision yet on French
    // troops, Frederiksen said" is not Denmark's.
    if (/^there\b/.test(ctx.work.slice(anchor.at, anchor.at + 6)) && !NO_PLANS_AFTER_THERE.test(ctx.work.slice(anchor.at + 5, anchor.at + 60))) subjects = [];
    // "The US has signalled it will provide ...": with no reporting voice, "it" is the country just named.
    if (subjects.length === 0 && !reporting && /^it\b/.test(ctx.work.slice(anchor.at, anchor.at + 3))) {
      const named = lastAnchor(ctx, subjectFrom, anchor.at);
      if (named?.kind === 'mention' && ctx.mentions[named.index]!.kind !== 'person') subjects = [ctx.mentions[named.index]!.code];
      // "Czechia will not send troops. It will supply arms.": a sentence that opens with "It" goes on with the country
      // the sentence before opened with.
      else if (!named && ctx.previousSubject && ctx.work.slice(0, anchor.at).trim() === '') subjects = [ctx.previousSubject];
    }
    // "The UK and France have made clear in a joint text that they would send troops": "they" are the countries just named.
    if (subjects.length === 0 && !reporting && /^they\b/.test(ctx.work.slice(anchor.at, anchor.at + 5))) {
      const named = ctx.mentions.findLastIndex((m) => m.start >= subjectFrom && m.end <= anchor.at && !isPlace(ctx.work, m) && !isModifier(ctx.work, m));
      if (named >= 0) {
        const list = listEndingAt(ctx, ctx.mentions, named);
        if (list.length > 1) subjects = [...new Set(list.map((m) => m.code))];
      }
    }
    // Ukraine receives the guarantees: its leaders' "we" means Ukraine and its partners, not a pledge of its own.
    subjects = subjects.filter((code) => code !== 'UA');
  } else if (anchor?.kind === 'group') {
    subjects = namedBeforeGroup(ctx, subjectFrom, anchor.at);
    if (subjects.length === 0) subjects = namedExamples(ctx, anchor.at, finding.at);
  } else if (
    reporting?.trailing &&
    reporting.start > finding.at &&
    (OWN_CONTRIBUTION_SUBJECT.test(ctx.work.slice(clause.start, finding.at)) || (clause.start === 0 && ctx.work.slice(0, finding.at).trim() === ''))
  ) {
    // "Any such deployment would need cabinet approval, Frederiksen said"; "No plans to send troops, says Ireland": the
    // statement with no subject of its own is the speaker's.
    subjects = [...speakerCodes];
  } else if (
    reporting &&
    !reporting.trailing &&
    ((finding.at - reporting.end < 30 && !/\bthat\b/.test(ctx.work.slice(reporting.end, finding.at)) && !namesOtherSubject(ctx, reporting.end, finding.at)) ||
      OWN_CONTRIBUTION_SUBJECT.test(ctx.work.slice(reporting.end, finding.at)))
  ) {
    // "Meloni indicated a reluctance to ...", "Merz and Macron repeated their call for ...": the speakers state their own position;
    // "she noted that any such deployment would depend on ...": a contribution named without its owner is the speaker's own.
    subjects = [...speakerCodes];
  }
  // "he is open to New Zealand providing peacekeepers": the country named as the one to act is the actor.
  const opened = countryOpenedTo(ctx, finding);
  if (opened) subjects = [opened];
  // "The coalition includes Finland, Latvia and Canada": the cue itself opens the list.
  if (subjects.length === 0 && anchor?.kind !== 'self')
    subjects = subjectsAfterInclude(ctx, INCLUDE_CUE.test(finding.cue) ? finding.at : finding.end, clause.end);
  if (subjects.length === 0 && finding.stance === 'opposed') subjects = acceptableTo(ctx, finding.at, clause.end);
  // "Martin said the triple lock must be met before any Irish troops could take part": the speaker's own country, named after the cue.
  // "There is no decision yet on Danish troops, Frederiksen said": the same with the voice after it (a demonym's troops are no place).
  if (subjects.length === 0 && reporting && anchor?.kind !== 'group') {
    // A trailing voice is the one named in the attribution (", Frederiksen said"), not any country near the verb.
    const attribution = reporting.trailing ? ctx.work.lastIndexOf(',', reporting.start) : -1;
    const ownEnd = reporting.trailing ? Math.min(clause.end, attribution > finding.end ? attribution : reporting.start) : clause.end;
    const voices = reporting.trailing ? codesIn(ctx, ownEnd, reporting.end + 60) : speakerCodes;
    const named = ctx.mentions.filter((m) => m.start >= finding.end && m.end <= ownEnd && !m.official && (m.kind === 'demonym' || !isPlace(ctx.work, m)));
    subjects = named
      .map((m) => m.code)
      .filter((code) => voices.includes(code))
      .slice(0, 1);
  }
  // Rejection is voiced by the one who rejects: "The Kremlin said any Western troops would be legitimate targets".
  if (subjects.length === 0 && finding.stance === 'opposed' && anchor?.kind !== 'group') subjects = speakerCodes.slice(0, 1);
  if (subjects.length > 0) subjects = [...new Set([...subjects, ...partnersAfterCue(ctx, finding)])];
  // "Several countries have said they will not send troops. These include Poland and Italy.": the next sentence may name them.
  if (subjects.length === 0 && anchor?.kind === 'group') return { subjects, speakerCodes, group: true };
  return relayedBy && relayedBy.length > 0 ? { subjects, speakerCodes, relayedBy } : { subjects, speakerCodes };
}

const OPEN_TO_CUE = /^open +to$/;
const ACTS_AFTER_COUNTRY = /^ +(?:providing|sending|contributing|deploying|joining|taking +part|participating)\b/;

/** The country right after "open to" when a gerund of contributing follows it ("open to Australia sending troops"). */
function countryOpenedTo(ctx: SentenceContext, finding: StanceFinding): string | null {
  if (!OPEN_TO_CUE.test(finding.cue)) return null;
  const mention = ctx.mentions.find((m) => m.start > finding.end && m.start <= finding.end + 6 && /^ +(?:the +)?$/.test(ctx.work.slice(finding.end, m.start)));
  if (!mention || mention.code === 'UA' || !ACTS_AFTER_COUNTRY.test(ctx.work.slice(mention.end, mention.end + 24))) return null;
  return mention.code;
}

const JOIN_CUE = /^(?:joins|joined|(?:has|have)\s+joined)$/;

/** "Denmark has joined Sweden and Finland in pledging troops": those joined make the pledge too. */
function joinedPartners(ctx: SentenceContext, from: number): string[] {
  const index = ctx.mentions.findIndex((m) => m.start >= from && /^\s+(?:the\s+)?$/.test(ctx.work.slice(from, m.start)));
  if (index < 0) return [];
  const list = listStartingAt(ctx, ctx.mentions, index);
  if (!JOINED_IN.test(ctx.text.slice(list.at(-1)!.end, list.at(-1)!.end + 30))) return [];
  return contributorCodes(list);
}

// "We are ready, together with the UK and France, to launch an operation": the partners named beside the cue share it.
const PARTNERS_AFTER_CUE = /^\s*,\s*(?:together with|along with|alongside)\s+(?:the\s+)?/;

function partnersAfterCue(ctx: SentenceContext, finding: StanceFinding): string[] {
  if (JOIN_CUE.test(finding.cue)) return joinedPartners(ctx, finding.end);
  const match = PARTNERS_AFTER_CUE.exec(ctx.work.slice(finding.end, finding.end + 40));
  if (!match) return [];
  const at = finding.end + match[0].length;
  const list = listRightAfter(ctx, ctx.mentions, at);
  if (list.length === 0) return [];
  // The partners' aside closes before the sentence goes on.
  if (!/^\s*,/.test(ctx.work.slice(list.at(-1)!.end, list.at(-1)!.end + 3))) return [];
  return contributorCodes(list);
}

// "According to The Times, Turkey and Canada have agreed ...": a source that names no country's official relays the claim.
const RELAYED_BY_SOURCE = /^\W*(?:according +to|citing)\b/;

export function speakerFor(ctx: SentenceContext, subject: string, speakerCodes: string[], finding: StanceFinding): Speaker {
  if (speakerCodes.length > 0) return speakerCodes.includes(subject) ? 'self' : 'third_party';
  if (RELAYED_BY_SOURCE.test(ctx.work)) return 'third_party';
  const window = ctx.work.slice(Math.max(0, finding.at - 60), finding.end + 20);
  return VOICING.test(window) ? 'self' : 'third_party';
}
