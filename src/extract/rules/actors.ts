import { findMentions, type Mention } from '../../countries/gazetteer.js';
import type { Speaker } from '../../model/taxonomy.js';
import type { Clause } from './clauses.js';
import { ADVERSARIES, GROUP_NOUN, INCLUDE, PLACE_BEFORE, REPORTING, SELF_REFERENCE, VOICING } from './lexicon.js';
import type { SentenceContext } from './sentence-context.js';
import type { StanceFinding } from './stance.js';
import { allMatches } from '../text/all-matches.js';

/**
 * Who a stance cue is about (the actor: a country, a list of them, an unnamed group, or the
 * speaker's own country behind "it"/"we") and who voices it (the speaker: self or third party).
 */

const LIST_GLUE = /^(?:\s|,|and|or|the|as well as|along with|together with|alongside|plus|&|['’]s)*$/;
// "Canada, Asian partners and Europeans": named members of a list that ends in an unnamed group.
const LIST_BEFORE_GROUP =
  /^[\s,]*(?:(?:and|or)\s+)?(?:(?:is|are|was|were)\s+(?:among|one of)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,2}|(?:[\p{L}-]+\s+){0,2})(?:partners|allies|nations|countries|europeans|others|signatories|members|participants)?[\s,]*(?:and|or)?\s*$/u;

// "Ukraine's security commitments", "a Ukraine security guarantee": a country inside a noun phrase is no subject.
const POSSESSIVE_OF_THING =
  /^['’]s\s+(?!(?:\w+\s+)?(?:prime|foreign|defen[cs]e|president|government|chancellor|minister|leader|premier|ambassador|envoy|spokes\w*|military|army|armed|navy|cabinet|parliament|officials?|delegation|representatives?|offers?|pledges?|commitments?|decisions?|refusal|rejection|objections?|opposition|warnings?|threats?|readiness|willingness|contributions?|participation|role|part|position|stance|own|troops|soldiers|forces|contingent|top|head|king|queen|deputy|national|security adviser)\b)/i;
const MODIFIER_OF_THING =
  /^\s+(?:(?:and +nato +)?(?:countries|nations|member states|states|capitals)|security|peace|war|guarantees?|deal|crisis|conflict|talks|ceasefire|truce|reconstruction|aid|plan|policy|front|frontline|negotiations|question|issue|file|summit|meeting|conference)\b/;

/** A country named inside a noun phrase ("Ukraine's security", "a Ukraine peace deal"), not as a subject. */
export function isModifier(text: string, mention: Mention): boolean {
  if (mention.kind === 'demonym') return false;
  const after = text.slice(mention.end, mention.end + 60);
  return POSSESSIVE_OF_THING.test(after) || (mention.kind !== 'person' && MODIFIER_OF_THING.test(after));
}

/** The mention at `index` and the coordinated mentions before it ("Finland, Estonia and Canada"). */
function listEndingAt(sentence: string, mentions: Mention[], index: number): Mention[] {
  const list = [mentions[index]!];
  let coordinated = false;
  for (let i = index - 1; i >= 0; i--) {
    const between = sentence.slice(mentions[i]!.end, list[0]!.start).toLowerCase();
    if (!LIST_GLUE.test(between)) break;
    coordinated ||= COORDINATION.test(between);
    // "In Ukraine, Italy ruled out ...": a place before the comma is not a member of the list;
    // "ministers from France, Britain and Poland": a coordinated list that opens after "from" is all place.
    if (isPlace(sentence.toLowerCase(), mentions[i]!)) return coordinated && list.every((m) => m.kind !== 'person') ? [] : list;
    list.unshift(mentions[i]!);
  }
  return list;
}

const COORDINATION = /\b(?:and|or|as well as|along with|together with|plus|alongside)\b|&/;

function listStartingAt(sentence: string, mentions: Mention[], index: number): Mention[] {
  const list = [mentions[index]!];
  for (let i = index + 1; i < mentions.length; i++) {
    const between = sentence.slice(list.at(-1)!.end, mentions[i]!.start).toLowerCase();
    if (!LIST_GLUE.test(between.replace(/\bin addition to\b/g, ''))) break;
    list.push(mentions[i]!);
  }
  return list;
}

export function isPlace(work: string, mention: Mention): boolean {
  const before = work.slice(Math.max(0, mention.start - 40), mention.start);
  if (ADVERSARIES.has(mention.code) && WITH_BEFORE.test(before)) return true;
  return PLACE_BEFORE.test(before.slice(-20)) && !OFFICIALS_FROM.test(before);
}

// "a peace deal with Russia", "talks with Moscow": the other side of a deal, not its actor ("set up with Romania" names partners).
const WITH_BEFORE = /(?<!\b(?:along|together))\s+with\s+(?:the\s+)?$/;

// "Defence ministers from France, Britain and Poland have vowed": people from a country speak for it.
const OFFICIALS_FROM =
  /\b(?:statement|communiqu[eé]|declaration|letter) +(?:\w+ +){0,2}?by +(?:the +)?(?:[\w.'’-]+(?:,? +|,? +and +)){0,8}$|\b(?:ministers?|leaders?|officials?|representatives?|delegations?|delegates|envoys?|diplomats?|negotiators?|counterparts?|heads? of (?:state|government)|chiefs?|troops|soldiers|forces|contingents?) +from +(?:the +)?$/;

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
    const visible = ctx.work.slice(m.start, m.end).trim() !== '';
    // "no Polish soldier would go": the actor sits inside the refusal itself.
    // "there is Swedish openness to ...": the demonym's noun is the cue itself.
    const inCue = (m.start >= to && m.end <= cueEnd) || (m.kind === 'demonym' && m.start < to && m.end > to);
    // "will be considered by Russia as an intervention": the agent of a passive refusal inside the cue is its actor.
    const agent = inCue && AGENT_BEFORE.test(ctx.work.slice(Math.max(0, m.start - 8), m.start));
    if (
      visible &&
      m.start >= from &&
      (m.end <= to || (inCue && (agent || !agentsOnly))) &&
      (agent || !isPlace(ctx.work, m)) &&
      !isModifier(ctx.work, m) &&
      (!best || m.start >= best.at)
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
      if (!insideMention && !owned && (!best || at > best.at)) best = { kind, at };
    }
  }
  return best;
}

// "X signalled readiness ..., while the Kremlin has warned ...": the later voice speaks for its own clause.
const CONTRAST_BETWEEN = /(?:,|;)\s*(?:while|whereas|but|although|though|however)\b|\s(?:but|whereas)\s/;

/** Finds the reporting verb that governs a cue: before it ("Macron said that ...") or trailing (", Macron said"). */
function findReporting(ctx: SentenceContext, cueAt: number): { start: number; end: number; trailing: boolean; outer?: number } | null {
  const outsideMentions = (at: number): boolean => !ctx.mentions.some((m) => m.start <= at && m.end > at);
  ctx.cache ??= {};
  const verbs = (ctx.cache.reporting ??= allMatches(REPORTING, ctx.work).filter((m) => outsideMentions(m.index)));
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
  return [...new Set(listEndingAt(ctx.text, ctx.mentions, index).map((m) => m.code))];
}

const LEADERS_OF = /^\s*(?:the\s+)?(?:leaders|heads of (?:state|government)|representatives|governments|delegations|prime ministers|presidents)\s+of\s+/;

function subjectsAfterInclude(ctx: SentenceContext, from: number, to: number): string[] {
  for (const match of allMatches(INCLUDE, ctx.work.slice(from, to))) {
    const afterWord = from + match.index + match[0].length;
    const lead = LEADERS_OF.exec(ctx.work.slice(afterWord, afterWord + 40))?.[0].length ?? 0;
    const index = ctx.mentions.findIndex((m) => m.start >= afterWord && m.start <= afterWord + lead + 12);
    if (index >= 0) return [...new Set(listStartingAt(ctx.text, ctx.mentions, index).map((m) => m.code))];
  }
  return [];
}

// "Several countries that border Russia, such as Poland, have said ...": the example named is the actor.
const EXAMPLES = /(?:,|\(|—|–)\s*(?:such as|including|like|notably|among them)\s+(?:the\s+)?$/;

function namedExamples(ctx: SentenceContext, groupAt: number, cueAt: number): string[] {
  const index = ctx.mentions.findIndex((m) => m.start > groupAt && m.end <= cueAt && EXAMPLES.test(ctx.work.slice(groupAt, m.start)));
  return index < 0 ? [] : [...new Set(listStartingAt(ctx.text, ctx.mentions, index).map((m) => m.code))];
}

/** "a coalition of 29 nations, including the leaders of Canada and New Zealand": the coalition's members as listed. */
export const MEMBERS_LISTED =
  /\bcoalition\b[^.;]{0,120}?\b(?:including|includes|included|such as|among them|comprising|made up of)\s+(?:the\s+)?(?:(?:leaders|heads of (?:state|government)|representatives|governments|prime ministers|presidents)\s+of\s+(?:the\s+)?)?/;
const MEMBERS_LISTED_ALL = new RegExp(MEMBERS_LISTED.source, 'g');

export function listedMembers(ctx: SentenceContext): string[] {
  const codes = new Set<string>();
  // Read on the plain words: the working copy blanks asides such as ", which includes France and Britain,".
  const plain = ctx.text.toLowerCase();
  if (plain.length !== ctx.work.length) return [];
  let mentions: Mention[] | undefined;
  for (const match of allMatches(MEMBERS_LISTED_ALL, plain)) {
    const after = match.index + match[0].length;
    mentions ??= findMentions(ctx.text); // the aside's countries are blanked out of the sentence's own mentions
    const index = mentions.findIndex((m) => m.start >= after && m.start <= after + 2);
    if (index < 0) continue;
    for (const m of listStartingAt(ctx.text, mentions, index)) if (m.code !== 'UA' && !isPlace(plain, m)) codes.add(m.code);
  }
  return [...codes];
}

const INCLUDE_CUE = /^(?:includ|compris|such as|among them)/;

function acceptableTo(ctx: SentenceContext, from: number, to: number): string[] {
  const match = /acceptable to /.exec(ctx.work.slice(from, to));
  if (!match) return [];
  const at = from + match.index + match[0].length;
  const mention = ctx.mentions.find((m) => m.start >= at && m.start <= at + 4);
  return mention ? [mention.code] : [];
}

// The subject of what was said is a contribution with no owner named: "any such deployment", "sending troops".
const OWN_CONTRIBUTION_SUBJECT =
  /^[\s,]*(?:that\s+)?(?:(?:any|such|this|that|a|the)\s+(?:such\s+)?(?:possible\s+|potential\s+|future\s+|eventual\s+)?deployment|any\s+such\s+(?:contribution|participation|involvement|role|mission)|(?:sending|deploying|contributing|committing)\s+(?:\w+\s+){0,2}?(?:troops|soldiers|forces|personnel|peacekeepers))\s*$/;

/** Who the clause is about and who voices it. */
export function resolveActors(
  ctx: SentenceContext,
  clause: Clause,
  finding: StanceFinding,
): { subjects: string[]; speakerCodes: string[]; relayedBy?: string[] } {
  const reporting = findReporting(ctx, finding.at);
  let subjectFrom = clause.start;
  let speakerCodes: string[] = [];
  let relayedBy: string[] | undefined;
  if (ctx.lineSpeaker && (!reporting || reporting.trailing)) {
    speakerCodes = [ctx.lineSpeaker];
    subjectFrom = Math.max(clause.start, ctx.work.indexOf(':') + 1);
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
    speakerCodes = codesIn(ctx, Math.max(finding.end, reporting.start - 80), Math.min(ctx.text.length, reporting.end + 80));
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
    subjects = [...new Set(listEndingAt(ctx.text, ctx.mentions, anchor.index).map((m) => m.code))];
  } else if (anchor?.kind === 'self') {
    subjects = /^the(?:y|ir)\b/.test(ctx.work.slice(anchor.at, anchor.at + 5)) ? speakerCodes : speakerCodes.slice(0, 1);
    // "The US has signalled it will provide ...": with no reporting voice, "it" is the country just named.
    if (subjects.length === 0 && !reporting && /^it\b/.test(ctx.work.slice(anchor.at, anchor.at + 3))) {
      const named = lastAnchor(ctx, subjectFrom, anchor.at);
      if (named?.kind === 'mention' && ctx.mentions[named.index]!.kind !== 'person') subjects = [ctx.mentions[named.index]!.code];
    }
    // Ukraine receives the guarantees: its leaders' "we" means Ukraine and its partners, not a pledge of its own.
    subjects = subjects.filter((code) => code !== 'UA');
  } else if (anchor?.kind === 'group') {
    subjects = namedBeforeGroup(ctx, subjectFrom, anchor.at);
    if (subjects.length === 0) subjects = namedExamples(ctx, anchor.at, finding.at);
  } else if (reporting?.trailing && reporting.start > finding.at && OWN_CONTRIBUTION_SUBJECT.test(ctx.work.slice(clause.start, finding.at))) {
    // "Any such deployment would need cabinet approval, Frederiksen said."
    subjects = [...speakerCodes];
  } else if (
    reporting &&
    !reporting.trailing &&
    ((finding.at - reporting.end < 30 && !/\bthat\b/.test(ctx.work.slice(reporting.end, finding.at))) ||
      OWN_CONTRIBUTION_SUBJECT.test(ctx.work.slice(reporting.end, finding.at)))
  ) {
    // "Meloni indicated a reluctance to ...", "Merz and Macron repeated their call for ...": the speakers state their own position;
    // "she noted that any such deployment would depend on ...": a contribution named without its owner is the speaker's own.
    subjects = [...speakerCodes];
  }
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
  return relayedBy && relayedBy.length > 0 ? { subjects, speakerCodes, relayedBy } : { subjects, speakerCodes };
}

export function speakerFor(ctx: SentenceContext, subject: string, speakerCodes: string[], finding: StanceFinding): Speaker {
  if (speakerCodes.length > 0) return speakerCodes.includes(subject) ? 'self' : 'third_party';
  const window = ctx.work.slice(Math.max(0, finding.at - 60), finding.end + 20);
  return VOICING.test(window) ? 'self' : 'third_party';
}
