import { findMentions, type Mention } from '../../countries/gazetteer.js';
import type { Article } from '../../model/article.js';
import type { Claim } from '../../model/claim.js';
import type { Commitment, Speaker, Stance } from '../../model/taxonomy.js';
import { cleanLines } from '../text/clean.js';
import { splitSentences } from '../text/sentences.js';
import { splitClauses, type Clause } from './clauses.js';
import {
  ADVERSARIES,
  ANALYST,
  ANAPHOR,
  COMMITMENT_CUES,
  CONDITION_CLAUSE,
  DEPLOYMENT_BEFORE_PLACE,
  DISSENTER,
  DOUBTED,
  GROUP_NOUN,
  HEADLINE_COMMITTED,
  OFF_TOPIC,
  ON_TOPIC,
  OUTSIDE_TAXONOMY,
  INCLUDE,
  PLACE_BEFORE,
  REPORTING,
  SELF_REFERENCE,
  SPECULATION,
  STANCE_CUES,
  VOICING,
} from './lexicon.js';
import { blankConditionBody, lowerText, workingText } from './working-text.js';

/** What one sentence is, as the rules see it. */
interface SentenceContext {
  text: string;
  work: string;
  mentions: Mention[];
  headline: boolean;
  /** Interview and live-blog lines open with who speaks: "Stubb: We will not ...". */
  lineSpeaker: string | null;
  /** Per-sentence facts, computed on first use. */
  cache?: { reporting?: RegExpExecArray[]; optional?: boolean };
}

/** What carries from one sentence to the next: the last person named (for "he"/"she") and the topic. */
interface ArticleMemory {
  /** The last few sentences, read back only when a pronoun needs its person. */
  recent: string[];
  previousCommitments: Commitment[];
}

interface ClauseResult {
  subjects: string[];
  speakerCodes: string[];
  commitments: Commitment[];
}

const SPECIFIC_OVER_COALITION = true;

function validMentions(sentence: string, work: string, memory: ArticleMemory): Mention[] {
  const mentions = findMentions(sentence).filter((m) => work.slice(m.start, m.end).trim() !== '');
  for (const match of work.matchAll(/\b(?:he|she)\b/g)) {
    if (mentions.some((m) => m.start <= match.index && m.end >= match.index)) continue;
    const code = lastPersonBefore(sentence.slice(0, match.index), memory);
    if (code) mentions.push({ code, kind: 'person', start: match.index, end: match.index + match[0].length, official: true });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function lastPerson(text: string): string | null {
  const person = findMentions(text).filter((m) => m.kind === 'person' || (m.kind === 'demonym' && m.official)).at(-1);
  return person?.code ?? null;
}

/** "He" and "she" stand for the last person named, in this sentence or the few before it. */
function lastPersonBefore(prefix: string, memory: ArticleMemory): string | null {
  const here = lastPerson(prefix);
  if (here) return here;
  for (let i = memory.recent.length - 1; i >= 0; i--) {
    const code = lastPerson(memory.recent[i]!);
    if (code) return code;
  }
  return null;
}

interface StanceFinding {
  stance: Stance;
  /** Where the first stance cue begins: the actor is named before it. */
  at: number;
  /** Where the decisive cue ends. */
  end: number;
  cue: string;
}

// All stance cues in one expression, one alternative per family in priority order, so a clause is
// scanned once; at one position the earlier family wins ("will not" is a refusal, not "will").
const ALL_STANCES = new RegExp(STANCE_CUES.map(([, p]) => `(${p.source})`).join('|'), 'g');

/** Finds the clause's stance and blanks condition bodies (their words are about someone else). */
function findStance(work: string, clause: Clause, headline: boolean): { finding: StanceFinding | null; work: string } {
  let segment = work.slice(clause.start, clause.end);
  let blanked = false;
  const found = new Map<Stance | 'open', { at: number; end: number; cue: string }>();
  let first = Infinity;
  let skipUntil = -1;
  ALL_STANCES.lastIndex = 0;
  for (let match = ALL_STANCES.exec(segment); match; match = ALL_STANCES.exec(segment)) {
    if (match[0] === '') {
      ALL_STANCES.lastIndex++;
      continue;
    }
    if (match.index < skipUntil) continue;
    let family = 0;
    while (match[family + 1] === undefined) family++;
    const [stance, pattern] = STANCE_CUES[family]!;
    // "even if" concedes rather than conditions.
    if (pattern === CONDITION_CLAUSE && match[0].startsWith('if') && segment.slice(Math.max(0, match.index - 5), match.index) === 'even ') continue;
    const at = clause.start + match.index;
    if (!found.has(stance)) found.set(stance, { at, end: at + match[0].length, cue: match[0] });
    if (stance !== 'conditional') first = Math.min(first, at);
    if (pattern === CONDITION_CLAUSE) {
      const bodyStart = match.index + match[0].length;
      segment = blankConditionBody(segment, bodyStart, segment.length);
      blanked = true;
      const comma = segment.slice(bodyStart).search(/[,;]/);
      skipUntil = comma < 0 ? segment.length : bodyStart + comma;
      ALL_STANCES.lastIndex = Math.max(ALL_STANCES.lastIndex, skipUntil);
    }
  }
  const text = blanked ? work.slice(0, clause.start) + segment + work.slice(clause.end) : work;
  if (headline && found.size === 0) {
    const match = HEADLINE_COMMITTED.exec(segment);
    if (match) found.set('committed', { at: clause.start + match.index, end: clause.start + match.index + match[0].length, cue: match[0] });
    if (match) first = clause.start + match.index;
  }
  // "has offered to lead": the first of the yes-class cues says how firm the offer is.
  const committed = found.get('committed');
  const willing = found.get('willing');
  if (committed && willing) found.delete(willing.at < committed.at ? 'committed' : 'willing');
  if (clause.negated) return { finding: { stance: 'declined', at: clause.start, end: clause.start, cue: 'rather than' }, work: text };
  for (const stance of STANCE_ORDER) {
    const hit = found.get(stance);
    if (!hit) continue;
    const at = Number.isFinite(first) ? first : hit.at;
    return { finding: { stance: stance === 'open' ? 'willing' : stance, at, end: Math.max(hit.end, at), cue: hit.cue }, work: text };
  }
  return { finding: null, work: text };
}

const STANCE_ORDER: Array<Stance | 'open'> = ['opposed', 'declined', 'conditional', 'undecided', 'committed', 'willing', 'open'];

function findCommitments(work: string, start: number, end: number): Commitment[] {
  const segment = work.slice(start, end);
  const found: Commitment[] = [];
  for (const [commitment, pattern] of COMMITMENT_CUES) {
    pattern.lastIndex = 0;
    if (pattern.test(segment)) found.push(commitment);
    pattern.lastIndex = 0;
  }
  return narrowCommitments(found);
}

/** A backstop sentence names troops only as what is backed; a specific pledge says more than "the guarantees". */
function narrowCommitments(found: Commitment[]): Commitment[] {
  let result = found;
  if (result.includes('backstop')) result = result.filter((c) => c !== 'ground_troops' && c !== 'coalition');
  if (SPECIFIC_OVER_COALITION && result.some((c) => c !== 'coalition')) result = result.filter((c) => c !== 'coalition');
  return result;
}

const LIST_GLUE = /^(?:\s|,|and|or|the|as well as|along with|together with|plus|&|['’]s)*$/;
// "Canada, Asian partners and Europeans": named members of a list that ends in an unnamed group.
const LIST_BEFORE_GROUP = /^[\s,]*(?:(?:and|or)\s+)?(?:[\p{L}-]+\s+){0,2}(?:partners|allies|nations|countries|europeans|others)?[\s,]*(?:and|or)?\s*$/u;

/** The mention at `index` and the coordinated mentions before it ("Finland, Estonia and Canada"). */
function listEndingAt(sentence: string, mentions: Mention[], index: number): Mention[] {
  const list = [mentions[index]!];
  for (let i = index - 1; i >= 0; i--) {
    const between = sentence.slice(mentions[i]!.end, list[0]!.start).toLowerCase();
    if (!LIST_GLUE.test(between)) break;
    list.unshift(mentions[i]!);
  }
  return list;
}

function listStartingAt(sentence: string, mentions: Mention[], index: number): Mention[] {
  const list = [mentions[index]!];
  for (let i = index + 1; i < mentions.length; i++) {
    const between = sentence.slice(list.at(-1)!.end, mentions[i]!.start).toLowerCase();
    if (!LIST_GLUE.test(between.replace(/\bin addition to\b/g, ''))) break;
    list.push(mentions[i]!);
  }
  return list;
}

function isPlace(work: string, mention: Mention): boolean {
  return PLACE_BEFORE.test(work.slice(Math.max(0, mention.start - 20), mention.start));
}

type Anchor = { kind: 'mention'; index: number; at: number } | { kind: 'group' | 'self'; at: number };

/** The nearest thing before the stance cue that can be its actor: a country, an unnamed group or a pronoun. */
function lastAnchor(ctx: SentenceContext, from: number, to: number, cueEnd = to): Anchor | null {
  let best: Anchor | null = null;
  ctx.mentions.forEach((m, index) => {
    const visible = ctx.work.slice(m.start, m.end).trim() !== '';
    // "no Polish soldier would go": the actor sits inside the refusal itself.
    const inCue = m.start >= to && m.end <= cueEnd;
    if (visible && m.start >= from && (m.end <= to || inCue) && !isPlace(ctx.work, m) && (!best || m.start >= best.at)) best = { kind: 'mention', index, at: m.start };
  });
  const region = ctx.work.slice(from, to);
  for (const [kind, pattern] of [['group', GROUP_NOUN], ['self', SELF_REFERENCE]] as const) {
    for (const match of region.matchAll(pattern)) {
      const at = from + match.index;
      const insideMention = ctx.mentions.some((m) => m.start <= at && m.end > at);
      if (!insideMention && (!best || at > best.at)) best = { kind, at };
    }
  }
  return best;
}

/** Finds the reporting verb that governs a cue: before it ("Macron said that ...") or trailing (", Macron said"). */
function findReporting(ctx: SentenceContext, cueAt: number): { start: number; end: number; trailing: boolean } | null {
  const outsideMentions = (at: number): boolean => !ctx.mentions.some((m) => m.start <= at && m.end > at);
  ctx.cache ??= {};
  const verbs = (ctx.cache.reporting ??= [...ctx.work.matchAll(REPORTING)].filter((m) => outsideMentions(m.index)));
  const before = verbs.filter((m) => m.index < cueAt).at(-1);
  if (before) return { start: before.index, end: before.index + before[0].length, trailing: false };
  const after = verbs.at(-1);
  if (after) return { start: after.index, end: after.index + after[0].length, trailing: true };
  return null;
}

function codesIn(ctx: SentenceContext, from: number, to: number): string[] {
  return [...new Set(ctx.mentions.filter((m) => m.start >= from && m.end <= to && !isPlace(ctx.work, m)).map((m) => m.code))];
}

function namedBeforeGroup(ctx: SentenceContext, from: number, groupAt: number): string[] {
  const index = ctx.mentions.findLastIndex((m) => m.start >= from && m.end <= groupAt);
  if (index < 0 || !LIST_BEFORE_GROUP.test(ctx.work.slice(ctx.mentions[index]!.end, groupAt))) return [];
  return [...new Set(listEndingAt(ctx.text, ctx.mentions, index).map((m) => m.code))];
}

function subjectsAfterInclude(ctx: SentenceContext, from: number, to: number): string[] {
  for (const match of ctx.work.slice(from, to).matchAll(INCLUDE)) {
    const afterWord = from + match.index + match[0].length;
    const index = ctx.mentions.findIndex((m) => m.start >= afterWord && m.start <= afterWord + 12);
    if (index >= 0) return [...new Set(listStartingAt(ctx.text, ctx.mentions, index).map((m) => m.code))];
  }
  return [];
}

function acceptableTo(ctx: SentenceContext, from: number, to: number): string[] {
  const match = /acceptable to /.exec(ctx.work.slice(from, to));
  if (!match) return [];
  const at = from + match.index + match[0].length;
  const mention = ctx.mentions.find((m) => m.start >= at && m.start <= at + 4);
  return mention ? [mention.code] : [];
}

/** Who the clause is about and who voices it. */
function resolveActors(ctx: SentenceContext, clause: Clause, finding: StanceFinding): { subjects: string[]; speakerCodes: string[] } {
  const reporting = findReporting(ctx, finding.at);
  let subjectFrom = clause.start;
  let speakerCodes: string[] = [];
  if (ctx.lineSpeaker && (!reporting || reporting.trailing)) {
    speakerCodes = [ctx.lineSpeaker];
    subjectFrom = Math.max(clause.start, ctx.work.indexOf(':') + 1);
  } else if (reporting && !reporting.trailing) {
    speakerCodes = codesIn(ctx, 0, reporting.start);
    subjectFrom = Math.max(clause.start, reporting.end);
  } else if (reporting?.trailing) {
    speakerCodes = codesIn(ctx, Math.max(finding.end, reporting.start - 80), Math.min(ctx.text.length, reporting.end + 80));
  }
  const anchor = lastAnchor(ctx, subjectFrom, finding.at, finding.stance === 'declined' ? finding.end : finding.at);
  let subjects: string[] = [];
  if (anchor?.kind === 'mention') {
    subjects = [...new Set(listEndingAt(ctx.text, ctx.mentions, anchor.index).map((m) => m.code))];
  } else if (anchor?.kind === 'self') {
    subjects = /^they\b/.test(ctx.work.slice(anchor.at, anchor.at + 4)) ? speakerCodes : speakerCodes.slice(0, 1);
  } else if (anchor?.kind === 'group') {
    subjects = namedBeforeGroup(ctx, subjectFrom, anchor.at);
  } else if (reporting && !reporting.trailing && finding.at - reporting.end < 30 && !/\bthat\b/.test(ctx.work.slice(reporting.end, finding.at))) {
    // "Meloni indicated a reluctance to ...": the speaker states its own position.
    subjects = speakerCodes.slice(0, 1);
  }
  if (subjects.length === 0 && anchor?.kind !== 'self') subjects = subjectsAfterInclude(ctx, finding.end, clause.end);
  if (subjects.length === 0 && finding.stance === 'opposed') subjects = acceptableTo(ctx, finding.at, clause.end);
  // "Martin said the triple lock must be met before any Irish troops could take part": the speaker's own country, named after the cue.
  if (subjects.length === 0 && reporting && !reporting.trailing && anchor?.kind !== 'group') {
    const named = ctx.mentions.filter((m) => m.start >= finding.end && m.end <= clause.end && !m.official && !isPlace(ctx.work, m));
    subjects = named.map((m) => m.code).filter((code) => speakerCodes.includes(code)).slice(0, 1);
  }
  // Rejection is voiced by the one who rejects: "The Kremlin said any Western troops would be legitimate targets".
  if (subjects.length === 0 && finding.stance === 'opposed' && anchor?.kind !== 'group') subjects = speakerCodes.slice(0, 1);
  return { subjects, speakerCodes };
}

function speakerFor(ctx: SentenceContext, subject: string, speakerCodes: string[], finding: StanceFinding): Speaker {
  if (speakerCodes.length > 0) return speakerCodes.includes(subject) ? 'self' : 'third_party';
  const window = ctx.work.slice(Math.max(0, finding.at - 60), finding.end + 20);
  return VOICING.test(window) ? 'self' : 'third_party';
}

function adjustStance(stance: Stance, subject: string, cue: string): Stance | null {
  if (ADVERSARIES.has(subject)) return stance === 'declined' ? 'opposed' : stance;
  if (stance === 'opposed') return /reject|oppos|refus/.test(cue) ? 'declined' : null;
  return stance;
}

function confidenceFor(ctx: SentenceContext, subject: string, speaker: Speaker, speakerCodes: string[], commitment: Commitment): number {
  const accusedByAdversary = speakerCodes.some((c) => ADVERSARIES.has(c)) && !speakerCodes.includes(subject);
  const outsideTaxonomy = commitment === 'coalition' && OUTSIDE_TAXONOMY.test(ctx.work);
  ctx.cache ??= {};
  ctx.cache.optional ??= DOUBTED.test(ctx.text.toLowerCase()) || DISSENTER.test(ctx.work);
  if (ctx.cache.optional || accusedByAdversary || outsideTaxonomy) return 0.3;
  let confidence = speaker === 'self' ? 0.9 : 0.8;
  if (ctx.headline) confidence -= 0.1;
  return Math.round(confidence * 100) / 100;
}

/** Headlines join clauses with commas: "Australia open to joining, Japan to fund" (but "Germany, Spain, Italy yet to commit" is a list). */
function headlineBreaks(ctx: SentenceContext): number[] {
  const breaks: number[] = [];
  for (const mention of ctx.mentions) {
    const before = ctx.text.slice(Math.max(0, mention.start - 2), mention.start);
    const after = ctx.text.slice(mention.end, mention.end + 5);
    if (before === ', ' && !/^\s*(?:,|and\b|or\b)/.test(after)) breaks.push(mention.start - 2);
  }
  return breaks;
}

/** "Britain will send another 1,000 soldiers to Estonia": a deployment to a country other than Ukraine. */
function deploysElsewhere(ctx: SentenceContext, clause: Clause, clauseText: string): boolean {
  if (/\b(?:ukrain\w*|kyiv|kiev)\b/.test(clauseText)) return false;
  return ctx.mentions.some(
    (m) => m.start >= clause.start && m.end <= clause.end && m.code !== 'UA' && isPlace(ctx.work, m) && DEPLOYMENT_BEFORE_PLACE.test(ctx.work.slice(clause.start, m.start)),
  );
}

/** Cheap test first: most sentences of an article name no commitment or no stance at all. */
function worthReading(work: string, memory: ArticleMemory, headline: boolean): boolean {
  if (!ANY_STANCE.test(work) && !(headline && HEADLINE_COMMITTED.test(work))) return false;
  return ANY_COMMITMENT.test(work) || (memory.previousCommitments.length > 0 && ANAPHOR.test(work));
}

const ANY_STANCE = new RegExp(STANCE_CUES.map(([, p]) => p.source).join('|'));
const ANY_COMMITMENT = new RegExp(COMMITMENT_CUES.map(([, p]) => p.source).join('|'));

function claimsForSentence(ctx: SentenceContext, memory: ArticleMemory): Claim[] {
  if (/\?["'”’)]*$/.test(ctx.text) || ANALYST.test(ctx.work)) return [];
  if (OFF_TOPIC.test(ctx.work) && !ON_TOPIC.test(ctx.work)) return [];
  const claims: Claim[] = [];
  let previous: ClauseResult | null = null;
  let previousCommitments: Commitment[] = [];
  let sentenceCommitments: Commitment[] = [];
  for (const clause of splitClauses(ctx.work, ctx.headline ? headlineBreaks(ctx) : [])) {
    const clauseText = ctx.work.slice(clause.start, clause.end);
    if (OFF_TOPIC.test(clauseText) && !ON_TOPIC.test(clauseText)) continue;
    if (deploysElsewhere(ctx, clause, clauseText)) continue;
    const { finding, work } = findStance(ctx.work, clause, ctx.headline);
    const local: SentenceContext = { ...ctx, work };
    const commitmentsHere = findCommitments(work, clause.start, clause.end);
    sentenceCommitments = narrowCommitments([...new Set([...sentenceCommitments, ...commitmentsHere])]);
    const inherited = previousCommitments;
    if (commitmentsHere.length > 0) previousCommitments = commitmentsHere;
    if (!finding) {
      // "Finland has trained Ukrainian soldiers since 2022 and will continue": the actor carries on.
      const anchor = lastAnchor(ctx, clause.start, clause.end);
      if (anchor?.kind === 'mention') previous = { subjects: [ctx.mentions[anchor.index]!.code], speakerCodes: [], commitments: commitmentsHere };
      continue;
    }
    let { subjects, speakerCodes } = resolveActors(local, clause, finding);
    if (subjects.length === 0 && clause.continues && previous) ({ subjects, speakerCodes } = previous);
    let commitments = commitmentsHere;
    // "... but Seoul is considering contributing to reconstruction": aid outside the taxonomy does not inherit the troops.
    if (commitments.length === 0 && clause.continues && !OUTSIDE_TAXONOMY.test(work.slice(clause.start, clause.end))) commitments = inherited;
    if (commitments.length === 0 && ANAPHOR.test(work.slice(clause.start, clause.end))) commitments = memory.previousCommitments;
    previous = { subjects, speakerCodes, commitments };
    const window = work.slice(Math.max(clause.start, finding.at - 40), finding.end);
    for (const subject of subjects) {
      const stance = adjustStance(finding.stance, subject, finding.cue);
      // Only the United States is asked for a backstop to the European force.
      const forSubject = subject === 'US' ? commitments : commitments.filter((c) => c !== 'backstop');
      if (!stance) continue;
      const speaker = speakerFor(local, subject, speakerCodes, finding);
      if (SPECULATION.test(window) && speaker !== 'self') continue;
      for (const commitment of forSubject) {
        const confidence = confidenceFor(local, subject, speaker, speakerCodes, commitment);
        claims.push({ country: subject, commitment, stance, evidence: ctx.text, speaker, confidence });
      }
    }
  }
  memory.previousCommitments = sentenceCommitments;
  return claims;
}

function remember(sentence: string, memory: ArticleMemory): void {
  memory.recent.push(sentence);
  if (memory.recent.length > 3) memory.recent.shift();
}

/** "Stubb: We will not send ground forces." names its speaker before a colon. */
function speakerOfLine(line: string): string | null {
  const match = /^([^:.!?"“]{2,40}):\s/.exec(line);
  if (!match) return null;
  const person = findMentions(match[1]!).find((m) => m.official);
  return person?.code ?? null;
}

/** A line without closing punctuation is a headline or subheading. */
function isHeadline(line: string): boolean {
  return line.length < 160 && !/[.!?"”'’:]$/.test(line);
}

/** One article in, its claims out: pure, synchronous, and linear in the size of the text. */
export function extractClaims(article: Article): Claim[] {
  const seen = new Set<string>();
  const title = typeof article.title === 'string' && article.title !== 'unknown' ? article.title : '';
  const lines = [...cleanLines(title, seen).map((line) => ({ line, headline: true })), ...cleanLines(typeof article.body === 'string' ? article.body : '', seen).map((line) => ({ line, headline: isHeadline(line) }))];
  if (!lines.some(({ line }) => ON_TOPIC.test(line.toLowerCase()))) return [];
  const memory: ArticleMemory = { recent: [], previousCommitments: [] };
  const byKey = new Map<string, Claim>();
  for (const { line, headline } of lines) {
    const lineSpeaker = speakerOfLine(line);
    for (const text of splitSentences(line)) {
      const lower = lowerText(text);
      if (worthReading(lower, memory, headline)) {
        const work = workingText(lower);
        const mentions = validMentions(text, work, memory);
        // No country, pronoun or interview speaker: no actor, so only the topic is kept for "on this matter".
        const claims = mentions.length > 0 || lineSpeaker ? claimsForSentence({ text, work, mentions, headline, lineSpeaker, cache: {} }, memory) : [];
        if (mentions.length === 0 && !lineSpeaker) memory.previousCommitments = findCommitments(work, 0, work.length);
        for (const claim of claims) {
          const key = `${claim.country}|${claim.commitment}|${claim.stance}`;
          const kept = byKey.get(key);
          if (!kept || claim.confidence > kept.confidence) byKey.set(key, claim);
        }
      } else {
        memory.previousCommitments = [];
      }
      remember(text, memory);
    }
  }
  return [...byKey.values()];
}
