import type { Article } from '../../model/article.js';
import type { Claim } from '../../model/claim.js';
import { STANCE_CLASS, type Commitment, type Speaker, type Stance } from '../../model/taxonomy.js';
import { findMentions, type Mention } from '../../countries/gazetteer.js';
import { allMatches } from '../text/all-matches.js';
import { cleanLines } from '../text/clean.js';
import { splitSentences } from '../text/sentences.js';
import { MIN_CONFIDENCE } from '../min-confidence.js';
import {
  elsewhere,
  isPlace,
  lastAnchor,
  LEAD_GATE,
  countriesListedAt,
  ledAdjectives,
  involvedWith,
  IT_IS_LED,
  leadersOf,
  listedMembers,
  proposersOf,
  MEMBERS_LISTED,
  resolveActors,
  sanctioningCountries,
  WITHOUT_TROOPS_GATE,
  withoutTroopsFrom,
  signatoriesOf,
  speakerFor,
  attendeesOf,
  participantsOf,
  endorsersOf,
  meetingChairsOf,
  formersOf,
  pushersOf,
  passiveContributors,
  attendsMeeting,
  namesOtherSubject,
} from './actors.js';
import { isSigningCue, readingConfidence } from './calibration.js';
import { backgroundDate, undatedBackground } from './background.js';
import { detectLanguage, foreignClaims, type Language, UKRAINE_IN_OTHER_LANGUAGES } from './other-languages.js';
import { splitClauses, type Clause } from './clauses.js';
import {
  ADVERSARIES,
  ANALYST,
  ANAPHOR,
  DEPLOYMENT_BEFORE_PLACE,
  DISSENTER,
  DOUBTED,
  hasCommitmentCue,
  hasStanceCue,
  HEADLINE_COMMITTED,
  OFF_TOPIC,
  ON_TOPIC,
  onTopic,
  OWN_DEFENCE,
  TO_UKRAINE,
  ATTEMPT,
  OPINION,
  OUTSIDE_TAXONOMY,
  SPECULATION,
} from './lexicon.js';
import { plainSlice, validMentions, type ArticleMemory, type SentenceContext } from './sentence-context.js';
import { DETAILS_OPEN, findCommitments, findStance, narrowCommitments, type StanceFinding } from './stance.js';
import { lowerText, MEMBERSHIP_VERB, workingText } from './working-text.js';

/**
 * The rule extractor: cleaned lines, sentences, clauses; for each clause a stance cue, its
 * commitments and its actors (see docs/extraction.md for the whole walk-through).
 */

interface ClauseResult {
  subjects: string[];
  speakerCodes: string[];
  commitments: Commitment[];
}

function adjustStance(stance: Stance, subject: string, cue: string): Stance | null {
  if (ADVERSARIES.has(subject)) return stance === 'declined' ? 'opposed' : stance;
  // A country that rejects, opposes or "is against" sending troops declines them; condemning or warning is Russia's kind.
  if (stance === 'opposed') return /reject|oppos|refus|^(?:is|are|was|were|remains?|remained) +(?:[a-z]+ly +)?against/.test(cue) ? 'declined' : null;
  return stance;
}

function confidenceFor(
  ctx: SentenceContext,
  subject: string,
  speaker: Speaker,
  speakerCodes: string[],
  commitment: Commitment,
  stance: Stance,
  cue: string,
): number {
  // Moscow saying London is "preparing to station troops" is an accusation; Moscow reporting that Budapest refused is a report.
  const accusedByAdversary = speakerCodes.some((c) => ADVERSARIES.has(c)) && !speakerCodes.includes(subject) && stance !== 'declined' && stance !== 'undecided';
  const outsideTaxonomy = commitment === 'coalition' && OUTSIDE_TAXONOMY.test(ctx.work);
  ctx.cache ??= {};
  ctx.cache.optional ??= DOUBTED.test(ctx.plain) || DISSENTER.test(ctx.work);
  if (ctx.cache.optional || accusedByAdversary || outsideTaxonomy) return 0.3;
  return calibrated(subject, speaker, ctx, commitment, stance, stance === 'committed' && isSigningCue(cue));
}

/** Every English claim's confidence, predicate or structural: its kind of reading's (calibration.ts). */
function calibrated(country: string, speaker: Speaker, ctx: SentenceContext, commitment: Commitment, stance: Stance, signed = false): number {
  return readingConfidence({ country, speaker, commitment, stance, sentenceChars: ctx.text.length, headline: ctx.headline, english: true, signed });
}

const FALSE_REPORT =
  /\breports?\b[^.;]{0,200}?\b(?:are|were|is|was)\s+(?:false|untrue|fake|wrong|inaccurate|incorrect|baseless|unfounded|not\s+true|fake\s+news)\b/;
const WITHDRAWN_BY_CORRECTION =
  /\b(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately)\s+(?:said|stated|reported|described|quoted|attributed|identified|suggested|referred|gave)\b|\b(?:earlier|previous|original)\s+version\s+of\s+(?:this|the)\s+(?:article|story|report|headline)\b|\bremoved\s+(?:a|the)\s+(?:sentence|paragraph|reference|line|claim)\b/;

/** Below MIN_CONFIDENCE: "Earlier, X said ..." retells a statement this article cannot date. */
const UNDATED_BACKGROUND_CONFIDENCE = 0.4;
/** Headlines join clauses with commas: "Australia open to joining, Japan to fund" (but "Germany, Spain, Italy yet to commit" is a list). */
function headlineBreaks(ctx: SentenceContext): number[] {
  const breaks: number[] = [];
  for (const [index, mention] of ctx.mentions.entries()) {
    const before = ctx.text.slice(Math.max(0, mention.start - 2), mention.start);
    const after = ctx.text.slice(mention.end, mention.end + 5);
    if (before === ', ' && !/^\s*(?:,|and\b|or\b)/.test(after) && !onlyCountriesBefore(ctx, index)) breaks.push(mention.start - 2);
  }
  return breaks;
}

/** "Britain, France pledge troops": only countries before the comma, so it joins a list, not two clauses. */
function onlyCountriesBefore(ctx: SentenceContext, index: number): boolean {
  let rest = ctx.text.slice(0, ctx.mentions[index]!.start);
  for (let i = index - 1; i >= 0; i--) rest = rest.slice(0, ctx.mentions[i]!.start) + rest.slice(ctx.mentions[i]!.end);
  return /^[\s,]*(?:the\s*)?[\s,]*$/i.test(rest);
}

/**
 * "Albanese opened the door to peacekeepers as the US signals it will pause aid": a subordinating
 * conjunction, then a country and its verb, start a clause with an actor and a predicate of its own.
 */
function subordinateBreaks(ctx: SentenceContext): number[] {
  const breaks: number[] = [];
  for (const [index, mention] of ctx.mentions.entries()) {
    const before = ctx.work.slice(Math.max(0, mention.start - 30), mention.start);
    const after = ctx.work.slice(mention.end, mention.end + 40);
    // "after Australia said ..." is a fact of its own; "when the US has agreed to ..." is a condition of the main clause.
    const conjunction =
      SUBORDINATOR_BEFORE.exec(before) ?? (PAST_VERB_AFTER.test(after) ? TEMPORAL_BEFORE.exec(before) : null) ?? coordinated(ctx, index, before);
    if (!conjunction || mention.start - conjunction[0].length < 20) continue;
    if (!FINITE_VERB_AFTER.test(after)) continue;
    breaks.push(mention.start - conjunction[0].length + conjunction[0].search(/\S/));
  }
  // "Chile is ready to send soldiers, as foreign ministers scramble to assess options": their weighing is their own clause.
  for (const match of allMatches(GROUP_SUBORDINATE, ctx.work)) breaks.push(match.index + 1);
  return breaks;
}

/**
 * "Britain will train soldiers and Poland will provide jets", "..., France will send jets": an "and" or a comma before a
 * country with a verb of its own, after a verb anywhere before it, opens a clause of that country's; "Britain and Poland
 * will" and "Britain, France and Poland will" are lists.
 */
function coordinated(ctx: SentenceContext, index: number, before: string): RegExpExecArray | null {
  const and = AND_BEFORE.exec(before);
  if (!and) return null;
  // ", Macron said" reports the clause before it; it opens none of its own.
  if (!and[0].startsWith(' and') && REPORTING_AFTER.test(ctx.work.slice(ctx.mentions[index]!.end, ctx.mentions[index]!.end + 30))) return null;
  // After a comma, the verb stands in the part the comma closes, and a comma that closes a subordinate clause ("if Russia
  // refuses talks, the EU would ...") leads into the main clause, not into one of its own beside it.
  // (", and Poland will": the part before that comma.)
  const upTo = ctx.work.slice(0, ctx.mentions[index]!.start - and[0].length).replace(/,\s*$/, '');
  const part = upTo.slice(upTo.lastIndexOf(',') + 1);
  if (listAfterPreposition(ctx, index, upTo)) return null;
  if (!and[0].startsWith(',')) return VERB_BEFORE_AND.test(upTo) ? and : null;
  return !SUBORDINATE_OPENING.test(part) && VERB_BEFORE_AND.test(part) ? and : null;
}

/**
 * "troops from France and the UK would be placed", "claimed that the UK, France and Germany are prepared": the countries
 * are one phrase after the preposition or "that", whatever verb stands before it.
 */
function listAfterPreposition(ctx: SentenceContext, index: number, upTo: string): boolean {
  let first = index - 1;
  if (first < 0 || upTo.slice(ctx.mentions[first]!.end).trim() !== '') return false;
  while (first > 0 && LIST_GAP.test(ctx.work.slice(ctx.mentions[first - 1]!.end, ctx.mentions[first]!.start))) first--;
  return PREPOSITION_BEFORE.test(ctx.work.slice(0, ctx.mentions[first]!.start));
}

const LIST_GAP = /^(?:,|,?\s+and)?\s+(?:the\s+)?$/;
const PREPOSITION_BEFORE = /\b(?:from|of|by|between|that)\s+(?:the\s+)?$/;
const SUBORDINATE_OPENING = /\b(?:if|when|once|as|while|although|though|after|since|because|unless|whether|until)\b/;
const AND_BEFORE = /(?: and|,| [—–|])\s+(?:the\s+)?$/;
const REPORTING_AFTER = /^\s+(?:\w+\s+)?(?:said|says|told|tells|added|adds|noted|argued|insisted|stressed|warned|announced|confirmed|wrote|posted)\b/;
const VERB_BEFORE_AND =
  /\b(?:will|would|is|are|was|were|has|have|had|can|could|plans?|intends?|offered|pledged|agreed|signed|promised|sent|sends|ruled|rules)\b/;

const GROUP_SUBORDINATE =
  /(?:, +|(?<=[a-z]) +)(?:as|while|whereas) +(?:the +|other +|many +|some +|several +|fellow +|(?:more +than +|over +|about +|nearly +|some +)?(?:\d+|two|three|four|five|six|a|two +dozen|three +dozen|dozens +of)(?: +other)? +)?(?:[a-z-]+ +){0,2}?(?:leaders|allies|officials|governments|diplomats|ministers|capitals|partners|countries|nations|states|delegations|coalition)\b(?= +(?:(?:also|again|now|still|already) +)?(?:are|were|have|had|scramble|rush|race|weigh|debate|discuss|consider|meet|met|gather|looks|seeks|prepares|moves|works|aims|tries|plans|races|weighs|meets|gathers|scrambles|rushes|debates|discusses|considers|[a-z]{3,}ed)\b)/g;

// "as / while / because / since (the)" (not "when / after": "when the US has agreed" is a condition, not a fact) straight after a word, not "such as", "as well as", "seen as".
// The look-ahead lets the look-behind run only before a conjunction instead of at every position.
const SUBORDINATOR_BEFORE =
  /(?=\s+(?:as|while|whereas|because|since)\s)(?<!\b(?:such|well|same|known|seen|regarded|viewed|described|treated|designated|act|acts|acted|serve|serves|served|so|just|much|far|long|soon))\s+(?:as|while|whereas|because|since)\s+(?:the\s+)?$/;
const TEMPORAL_BEFORE = /\s+(?:when|after)\s+(?:the\s+)?$/;
const PAST_VERB_AFTER = /^\s+(?:(?:also|again|already|reportedly)\s+)?(?:said|told|made|gave|took|sent|put|held|led|met|spoke|announced|[a-z]{3,}ed)\b/;
// The subject's verb: an auxiliary, or a present or past tense form, at most one adverb in between.
const FINITE_VERB_AFTER =
  /^\s+(?:(?:also|again|now|still|already|reportedly|itself)\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|signal(?:s|led|ed)|said|told|made|gave|took|sent|put|kept|held|led|met|spoke|went|came|saw|began|brought|did|does|got|[a-z]{3,}(?:es|ed)|[a-z]{2,}[^s\W]s)\b/;

/** A deployment to "a neighbouring country" (of Ukraine): beside it, not in it. */
const NEIGHBOURING_COUNTRY =
  /\b(?:send|sends|sent|sending|deploy\w*|station\w*|base|based|basing)\b[^,.;]{0,60}?\b(?:in|to|into)\s+(?:a|the|one|one\s+of\s+the)?\s*(?:neighbou?ring|neighbour|neighbor)\s+(?:countr(?:y|ies)|states?|nations?)\b/;

/** "Britain will send another 1,000 soldiers to Estonia": a deployment to a country other than Ukraine. */
function deploysElsewhere(ctx: SentenceContext, clause: Clause): boolean {
  // "ready to deploy troops in a neighbouring country of Ukraine": next to Ukraine is not in it.
  const clauseWork = ctx.work.slice(clause.start, clause.end);
  if (clauseWork.includes('neighbo') && NEIGHBOURING_COUNTRY.test(clauseWork)) return true;
  const places = ctx.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end && m.code !== 'UA' && isPlace(ctx.work, m));
  // Ukraine named on the plain words: the working copy blanks "Ukrainian soldiers" (trainees), whom one may train elsewhere.
  if (places.length === 0 || /\b(?:ukrain\w*|kyiv|kiev)\b/.test(plainSlice(ctx, clause.start, clause.end))) return false;
  // "will not send troops because of its border with Russia": a place in the reason is not where the troops go.
  return places.some((m) => {
    const before = ctx.work.slice(clause.start, m.start);
    return DEPLOYMENT_BEFORE_PLACE.test(before) && !REASON_BEFORE_PLACE.test(before);
  });
}

// What others report unconfirmed is no position, whoever's it is said to be.
/** The cue stands inside a "whether" question ("asked whether X would go"), not after its answer ("..., and he ruled out"). */
function asksWhether(beforeCue: string): boolean {
  if (!beforeCue.includes('whether') && !beforeCue.includes(' that')) return false;
  const question = OPEN_QUESTION.exec(beforeCue);
  return question !== null && !/[,;]/.test(beforeCue.slice(question.index));
}
const DISMISSED_REPORT =
  /\b(?:(?:play(?:s|ed|ing)? +down|downplay(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|den(?:y|ies|ied|ying)|pour(?:s|ed|ing)? +cold +water +on) +(?:the +|any +|a +|an +)?(?:[\w-]+ +)?(?:suggestions?|reports?|speculation|claims?|talk|rumou?rs?)|call(?:s|ed|ing)? +(?:the +)?(?:reports?|claims?))\b[^,;]*$/;
// Also what is not known or only discussed ("it is not clear whether", "nobody knows whether", "ministers discussed whether"),
// and a "whether" that opens the sentence or a list item ("Whether Italy will send ships remains open", "Open questions: whether ...").
const OPEN_QUESTION =
  /(?:\b(?:over|about|on|of|debate|debated|debating|question|questions|asked|asking|wonder\w*|clear|known|knows|unknown|certain|sure|discuss\w*|examin\w*|(?:has|have|had|did|does|do|would|will)(?:n't| +not| +never) +(?:said|say|confirmed?|disclosed?|revealed?|indicated?|specified)|(?:yet|declined|refused) +to +(?:say|confirm|disclose|reveal|specify))|\basked\b[^,;]{1,40}|^\W*|[:•–—]) *whether\b(?!.*\bwhether\b)|\b(?:far +from|not) +(?:certain|clear|sure) +that\b/;
const REPORTEDLY = /\b(?:reportedly|allegedly|is said to have|are said to have)\b/;
const LOGISTICS_ROLE =
  /\b(?:serve|act|function) +as +(?:an? +)?(?:transit|logistics?|logistical|staging) +(?:point|hub|base|route|country)\b|\blogistic(?:al)?(?:ly)? +(?:support\w*|help\w*|assist\w*)|\bwith +(?:our|its|their) +(?:bases|airfields|ports)\b/;
const SUPPORT_OTHERS =
  /\b(?:support|help|assist)(?:s|ed|ing)? +(?:the +(?:decisions?|efforts?|plans?) +of +)?(?:other +|those +|the +)?(?:[a-z]+ +)?(?:countries|allies|partners|nations|states)\b|\b(?:support|back)(?:s|ed|ing)? +(?:all +)?(?:the +|a +|any +)?(?:peace-?keeping +|multinational +|international +|reassurance +|european +)(?:operations?|missions?|forces?)\b|\bsupport +(?:[\w-]+ +){0,4}?for +(?:the +)?(?:deployment|presence) +of +(?:an? +|the +)?(?:allied|european|western|multinational|international|foreign|coalition)\b/;

/**
 * Whether a sentence is worth reading at all. The cue test comes first: it passes most sentences
 * that are read, so the structural tests run only for the sentences it turns away.
 */
function worthReading(work: string, memory: ArticleMemory, headline: boolean): boolean {
  const namesCommitment = hasCommitmentCue(work);
  return namesCueAndStance(work, memory, headline, namesCommitment || TAKING_PART.test(work)) || hasStructuralCue(work, namesCommitment, memory);
}

/** A commitment and a stance on it; `namesCommitment` is whether the sentence has a commitment cue. */
function namesCueAndStance(work: string, memory: ArticleMemory, headline: boolean, namesCommitment: boolean): boolean {
  // "We will help the countries that want to send them": backing others is taking part, with no commitment word of its own.
  const commitment = namesCommitment || SUPPORT_OTHERS.test(work) || (memory.previousCommitments.length > 0 && ANAPHOR.test(work));
  return commitment && (hasStanceCue(work) || (headline && HEADLINE_COMMITTED.test(work)) || MEMBERSHIP_VERB.test(work));
}

/** Members listed, a led force, a proposal or sanctions by someone: claims the structure gives without a stance cue. */
function hasStructuralCue(work: string, namesCommitment: boolean, memory: ArticleMemory): boolean {
  if (work.includes('coalition') && MEMBERS_LISTED.test(work)) return true; // the lower-case sentence, asides not yet blanked
  if (LEAD_GATE.test(work) && LED_THING_GATE.test(work)) return true;
  if (FORMING_GATE.test(work) || ENDORSE_GATE.test(work)) return true;
  const pushed = PUSH_GATE.test(work);
  if (namesCommitment && (PROPOSAL_GATE.test(work) || pushed || (work.includes(' by ') && PASSIVE_GATE.test(work)))) return true;
  // "The initiative is being promoted by X and Y": the plan of the sentence before.
  if (pushed && memory.recent.length > 0 && ANAPHOR.test(work)) return true;
  if (work.includes('without ') && WITHOUT_TROOPS_GATE.test(work)) return true;
  return work.includes('sanctions from') || work.includes('sanctions by');
}

const FORCE_COMMITMENTS: ReadonlySet<Commitment> = new Set(['ground_troops', 'air', 'maritime', 'training', 'monitoring']);
const PUSH_GATE = /\b(?:push|promot|champion|float|propos|put +forward|drawn +up)/;
const PROPOSAL_GATE = /\b(?:proposals?|plans?|offers?|initiative|idea) +(?:put|made|floated|by|from|to)\b/;
const LED_THING_GATE = /\b(?:coalition|guarantee|initiative|task ?force|working group|headquarters|force|mission)/;

/** "The deployment", "such a deployment": of the troops the sentence before named, when it named them beside other help. */
const DEPLOYMENT_ANAPHOR = /\b(?:the|this|that|such(?: a)?) deployment\b/;

function anaphorCommitments(clauseWork: string, previous: Commitment[]): Commitment[] {
  return DEPLOYMENT_ANAPHOR.test(clauseWork) && previous.includes('ground_troops') ? ['ground_troops'] : previous;
}

// "Former NATO commander X said France would ...", "..., a retired general said": someone out of office gives a view, no
// country's position. Only as the sentence's own voice: "Tusk, a former president of the European Council, said" is in office.
const FORMER_ROLE =
  "(?:former|retired|ex-) *(?:[\\w.'’-]+ +){0,3}?(?:commander|chief|general|admiral|ambassador|envoy|diplomat|official|minister|secretary|president|premier|chancellor|advis[eo]r|head|director|officer|colonel|commissioner|spokes(?:man|woman|person)|negotiator|leader|mp|lawmaker|senator)s?\\b(?: +[\\w.'’-]+){0,3}?";
const FORMER_WORD = /\b(?:former|retired|ex-)/;
const FORMER_VOICE = new RegExp(
  `^\\W*(?:(?:a|an|the|one|two|three|several) +)?(?:[\\w.'’-]+ +){0,2}?${FORMER_ROLE} +(?:said|says|told|argued|wrote|warned|believes|thinks|predicted|suggested|claimed|added|insisted|stressed)\\b|, *(?:a|an|the|one) +(?:[\\w.'’-]+ +){0,2}?${FORMER_ROLE} +(?:said|says|told|argued|wrote|warned|added)\\W*$`,
);

const BARE_WILL = /^will$/;
/** "declined to send troops, preferring to focus on training": the help preferred instead (willing). */
const PREFERENCE = /^(?:preferring|choosing|opting|electing)\b/;
/** Readiness to take part with no part named: "open to being involved", "ready to get involved". */
const READY_TO_BE = String.raw`(?:open|ready|willing|prepared) +to +(?:be|being|get)`;
const TAKING_PART = new RegExp(
  String.raw`\b(?:will +be|${READY_TO_BE}) +(?:involved|there)\b(?! +(?:for|in|when|to|at|on|with)\b)|` +
    String.raw`\b(?:provide|offer|lend|give) +(?:its +|their +|our +)?support\b(?! +(?:for|to) +(?:the +)?(?:idea|proposal|plan|talks|negotiations))`,
);
const INVOLVED_ON_ITS_OWN = new RegExp(String.raw`\b${READY_TO_BE} +involved\b`);
// "will continue to do so", "will do the same": the pledge points back at the clause before.
const WILL_REPEAT = /^ +(?:\w+ +)?(?:continue|do so|do the same|keep doing)/;

/** What a bare "will" pledges follows it closely, or is its subject ("French troops will be there"). */
function willPledges(work: string, clause: Clause, finding: StanceFinding): boolean {
  const after = work.slice(finding.end, Math.min(clause.end, finding.end + WILL_REACH));
  const before = work.slice(Math.max(clause.start, finding.at - WILL_SUBJECT_REACH), finding.at);
  // "true peace will require guarantees" states a need, pledges nothing.
  if (WILL_AS_NOUN.test(before) || /^ +(?:\w+ +)?(?:require|need|depend)/.test(after)) return false;
  const subject = before.slice(before.search(/[^,;:]*$/));
  return hasCommitmentCue(after) || hasCommitmentCue(subject) || (clause.continues && WILL_REPEAT.test(after));
}

/** "the Euro-American will to provide guarantees", "political will": the noun, not the pledge. */
const WILL_AS_NOUN = /\b(?:the|a|political|collective|common|shared|strong|firm|good|their|our|its|his|her|[a-z]+-[a-z]+)\s+$/;
/** How far before a bare "will" its subject may name the commitment ("French troops will"). */
const WILL_SUBJECT_REACH = 45;
const WARY = /\b(?:cautious(?:ly)?|hesitant|hesitation|wary|warily)\b/;
/** How far after a bare "will" its object may start (about a dozen words). */
const WILL_REACH = 90;

function claimsForSentence(ctx: SentenceContext, memory: ArticleMemory): Claim[] {
  if (/\?["'”’)]*$/.test(ctx.text) || ANALYST.test(ctx.work) || (FORMER_WORD.test(ctx.work) && FORMER_VOICE.test(ctx.work))) return [];
  // "An earlier version of this article incorrectly said Greece had pledged troops": what a correction withdraws.
  if (WITHDRAWN_BY_CORRECTION.test(ctx.plain)) return [];
  // "Reports that Estonia has pledged 200 soldiers are false, the ministry said": what is denied pledges nothing.
  if (ctx.plain.includes('report') && FALSE_REPORT.test(ctx.plain)) return [];
  const offTopicWords = OFF_TOPIC.test(withoutReason(ctx.work));
  if (offTopicWords && !onTopic(ctx.work)) return [];
  const claims: Claim[] = [];
  let previous: ClauseResult | null = null;
  let previousCommitments: Commitment[] = [];
  let sentenceCommitments: Commitment[] = [];
  let previousFinding: { finding: StanceFinding; from: number; subjects: string[] } | null = null;
  const listed = new Set<Claim>();
  for (const clause of splitClauses(ctx.work, ctx.headline ? headlineBreaks(ctx) : [], subordinateBreaks(ctx))) {
    const clauseText = ctx.work.slice(clause.start, clause.end);
    // Read on the plain words: the working copy blanks "forces" in "its armed forces" (trainee nouns).
    const plainClause = plainSlice(ctx, clause.start, clause.end);
    const ownDefence = OWN_DEFENCE.test(plainClause) && !TO_UKRAINE.test(plainClause);
    if ((offTopicWords && OFF_TOPIC.test(clauseText) && !onTopic(clauseText)) || ownDefence || deploysElsewhere(ctx, clause)) {
      // "Poland will defend its own borders but will not send troops to Ukraine": the actor carries on, not the topic.
      const anchor = lastAnchor(ctx, clause.start, clause.end);
      previous = anchor?.kind === 'mention' ? { subjects: [ctx.mentions[anchor.index]!.code], speakerCodes: [], commitments: [] } : null;
      previousCommitments = [];
      continue;
    }
    const { finding, work } = findStance(ctx.work, clause, ctx.headline, ctx.plain);
    // The clause once more, now with its condition bodies blanked: what the tests below read.
    const clauseWork = work.slice(clause.start, clause.end);
    const local: SentenceContext = { ...ctx, work };
    const commitmentsHere = findCommitments(work, clause.start, clause.end);
    sentenceCommitments = narrowCommitments([...new Set([...sentenceCommitments, ...commitmentsHere])]);
    const inherited = previousCommitments;
    if (commitmentsHere.length > 0) previousCommitments = commitmentsHere;
    // "... a well-equipped army rather than post-war demilitarisation": what is declined here is not a commitment.
    if (clause.negated && commitmentsHere.length === 0) continue;
    if (!finding) {
      // "Finland has trained Ukrainian soldiers since 2022 and will continue": the actor carries on.
      const anchor = lastAnchor(ctx, clause.start, clause.end);
      if (anchor?.kind === 'mention') previous = { subjects: [ctx.mentions[anchor.index]!.code], speakerCodes: [], commitments: commitmentsHere };
      continue;
    }
    const actors = resolveActors(local, clause, finding);
    let { subjects, speakerCodes } = actors;
    if (
      subjects.length === 0 &&
      commitmentsHere.length > 0 &&
      GROUP_STANCES.has(finding.stance) &&
      (actors.group || UNNAMED_GROUP.test(work.slice(clause.start, finding.at)))
    )
      memory.groupStance = { commitments: commitmentsHere, stance: finding.stance };
    // "..., but Europe will pay for them": a subject of its own, though not a country, does not carry the actor on.
    if (subjects.length === 0 && clause.continues && previous && !namesOtherSubject(ctx, clause.start, finding.at)) ({ subjects, speakerCodes } = previous);
    let commitments = commitmentsHere;
    // "... but Seoul is considering contributing to reconstruction": aid outside the taxonomy does not inherit the troops.
    // "will not send troops, but will continue to support Kyiv": the support after a refusal is not the troops.
    const turned = previousFinding !== null && STANCE_CLASS[previousFinding.finding.stance] === 'no' && STANCE_CLASS[finding.stance] === 'yes';
    // "...; Germany will not impose tariffs on US cars": after a semicolon, a subject of its own with an object of its own
    // does not take the commitment before ("...; Germany will not" does).
    const ownPredicate =
      actors.subjects.length > 0 &&
      work.slice(Math.max(0, clause.start - 3), clause.start).includes(';') &&
      !ELLIPTIC_END.test(work.slice(finding.end, clause.end));
    // "..., Germany will not", "..., and Poland will too": an elliptic predicate of a clause of its own takes it as well.
    const elliptic = actors.subjects.length > 0 && ELLIPTIC_PREDICATE.test(work.slice(finding.at, clause.end));
    // "..., but Canada is open to being involved": taking part of its own, not the troops of the clause before.
    const ownInvolvement = commitments.length === 0 && INVOLVED_ON_ITS_OWN.test(clauseWork);
    // "..., preferring to act quickly": what is preferred is named in its own clause, or nothing is.
    const preference = PREFERENCE.test(finding.cue);
    if (
      commitments.length === 0 &&
      (clause.continues || clause.headlineBreak || elliptic) &&
      !turned &&
      !preference &&
      !ownPredicate &&
      !ownInvolvement &&
      !OUTSIDE_TAXONOMY.test(clauseWork)
    )
      commitments = inherited;
    if (commitments.length === 0 && ANAPHOR.test(clauseWork)) commitments = anaphorCommitments(clauseWork, memory.previousCommitments);
    // "Canada will be involved", "Canada will be there", "ready to provide support": taking part, with no part named.
    const takesPart = commitments.length === 0 && TAKING_PART.test(clauseWork);
    if (takesPart) commitments = ['coalition'];
    // A bare "will" pledges only what follows it: "Putin will breach the line" after "without security guarantees" pledges nothing.
    // "..., adding that Moscow would try to humble Kyiv": a bare "would" that names nothing pledges nothing either.
    const bare = BARE_WILL.test(finding.cue) || (finding.cue === 'would' && commitmentsHere.length === 0);
    if (bare && !takesPart && !(elliptic && commitments.length > 0) && !willPledges(work, clause, finding) && !SUPPORT_OTHERS.test(clauseWork)) {
      // "Poland will build a hub but will not send troops": no pledge here, but the actor carries on.
      if (subjects.length > 0) previous = { subjects, speakerCodes, commitments: [] };
      continue;
    }
    previous = { subjects, speakerCodes, commitments };
    const earlier = previousFinding;
    previousFinding = { finding, from: claims.length, subjects };
    if (finding.stance === 'undecided' && clause.continues && earlier) {
      const before = earlier.finding;
      // "will contribute to the guarantees, but what exactly is still being worked out": the pledge stands.
      // Only for the same actor: "while Lithuania has yet to decide on the size" is Lithuania's own position.
      const sameActor = subjects.every((code) => earlier.subjects.includes(code));
      if ((before.stance === 'committed' || before.stance === 'willing') && !before.open && sameActor && DETAILS_OPEN.test(clauseWork)) continue;
    }
    // "is considering all options and is not ruling out sending troops": still weighing, whichever comes first.
    // ... or "not ruling out a delivery, but sounding cautious": not ruling out, warily, is no offer.
    const stillWeighing = finding.open === true && ((clause.continues && earlier?.finding.stance === 'undecided') || WARY.test(ctx.work));
    if ((finding.stance === 'undecided' || finding.stance === 'conditional') && clause.continues && earlier?.finding.open) {
      // "has not ruled out sending troops, but was still weighing what role" is undecided; "... but only with a US backstop" conditional.
      claims.splice(earlier.from, claims.length - earlier.from);
    }
    // "did not specify exactly where they would be stationed", "the exact format of Belgium's presence is yet to be
    // determined": only a detail is open, nothing is said of the stance.
    if (finding.stance === 'undecided' && DETAILS_OPEN.test(work.slice(clause.start, /specif/.test(finding.cue) ? clause.end : finding.at))) continue;
    if (notAPledge(work, clause, finding)) continue;
    // "people fret over whether Chile has joined the coalition": a question asked, not a position taken.
    const beforeCue = work.slice(clause.start, finding.end - finding.cue.length);
    if (finding.stance !== 'undecided' && finding.stance !== 'conditional' && asksWhether(beforeCue)) continue;
    // "played down suggestions the army would take part": what is played down is no offer.
    if (DISMISSED_REPORT.test(beforeCue)) continue;
    // "Berlin will probably offer": the hedge may follow the first cue by a word or two.
    const window = work.slice(Math.max(clause.start, finding.at - 40), Math.min(clause.end, finding.end + 15));
    ctx.cache ??= {};
    const opinion = (ctx.cache.opinion ??= (ctx.work.includes('my ') || ctx.work.includes('i ')) && OPINION.test(ctx.work));
    const yes = finding.stance === 'committed' || finding.stance === 'willing' || finding.stance === 'conditional';
    if (yes && ATTEMPT.test(work.slice(Math.max(clause.start, finding.at - 40), Math.min(clause.end, finding.end + 30)))) continue;
    // "will not send soldiers, but will support the countries that do": backing others is taking part, not their pledge.
    const backsOthers = yes && SUPPORT_OTHERS.test(clauseWork);
    // Washington supporting the multinational force is the backstop the force asks for (only the US keeps it below).
    const backstop = backsOthers && commitments.includes('backstop');
    if (backsOthers) commitments = backstop ? ['coalition', 'backstop'] : ['coalition'];
    // "working with the coalition on the terms of the guarantees, on the ground and at sea": membership, not the terms' contents.
    if (/^work/.test(finding.cue)) commitments = ['coalition'];
    // "ready to send troops as part of the coalition of the willing", "to lead a coalition ... with troops", "to contribute to
    // security guarantees by putting troops on the ground": the troops, and membership (SCHEMA.md) beside them.
    if ((finding.stance === 'willing' || finding.stance === 'committed') && !commitments.includes('coalition') && AS_PART_OF_COALITION.test(clauseWork))
      commitments = [...commitments, 'coalition'];
    // "offered to serve as a transit point for peacekeeping forces": logistics, not troops (optional by SCHEMA.md).
    if (yes && LOGISTICS_ROLE.test(clauseWork)) commitments = ['coalition'];
    // "can contribute to the peacekeeping force in other ways, such as training": the force is what is helped, not troops sent.
    else if (yes && commitments.includes('ground_troops') && OTHER_WAYS.test(clauseWork))
      commitments = ['coalition', ...commitments.filter((c) => c !== 'ground_troops' && c !== 'coalition')];
    // "it can continue provided that it is funded by other states": others paying is not the actor's contribution.
    if (finding.stance === 'conditional' && PAID_BY_OTHERS.test(ctx.work.slice(finding.at, clause.end))) continue;
    // "would not be on the table forever": a time limit on an offer, not a refusal.
    if (finding.stance === 'declined' && TIME_LIMIT.test(work.slice(finding.at, clause.end))) continue;
    const clauseStance: Stance = stillWeighing ? 'undecided' : backsOthers ? 'willing' : finding.stance;
    for (const subject of subjects) {
      // "the Dutch premier invited Carney to take part ... to commit peacekeepers": the one invited has said nothing yet.
      if (invitedIn(ctx, subject, clause)) continue;
      const stance = adjustStance(clauseStance, subject, finding.cue);
      // Only the United States is asked for a backstop to the European force; Ukraine receives the guarantees and pledges none.
      const forSubject =
        subject === 'US' ? commitments : subject === 'UA' ? commitments.filter((c) => c === 'sanctions') : commitments.filter((c) => c !== 'backstop');
      if (!stance) continue;
      const speaker = actors.relayedBy?.includes(subject) === false ? 'third_party' : speakerFor(local, subject, speakerCodes, finding);
      if (((opinion || speculates(window, finding)) && speaker !== 'self') || REPORTEDLY.test(window)) continue;
      for (const commitment of forSubject) {
        const own = commitment === 'backstop' && backstop ? adjustStance(finding.stance, subject, finding.cue) : stance;
        if (!own) continue;
        const confidence = confidenceFor(local, subject, speaker, speakerCodes, commitment, own, finding.cue);
        const claim: Claim = { country: subject, commitment, stance: own, evidence: ctx.text, speaker, confidence };
        claims.push(claim);
        if (subjects.length > 1) listed.add(claim);
      }
    }
  }
  const read = conditionsWin(claims, listed);
  read.push(...structuralClaims(ctx, memory.recent.at(-1)?.text));
  memory.previousCommitments = sentenceCommitments;
  return read;
}

/**
 * "Lithuania and Latvia are ready to join the force, though Riga says taking part depends on Washington": the condition one
 * country of a list sets on its own part, later in the sentence, beats the readiness the list gave it (SCHEMA.md,
 * "Conditions win"). A country's own "will send troops, but parliament will have a say" keeps both readings.
 */
function conditionsWin(claims: Claim[], listed: ReadonlySet<Claim>): Claim[] {
  const slot = (claim: Claim): string => `${claim.country}|${claim.commitment}`;
  const conditional = new Set(claims.filter((claim) => claim.stance === 'conditional' && !listed.has(claim)).map(slot));
  if (conditional.size === 0) return claims;
  return claims.filter((claim) => !listed.has(claim) || STANCE_CLASS[claim.stance] !== 'yes' || !conditional.has(slot(claim)));
}

function invitedIn(ctx: SentenceContext, code: string, clause: Clause): boolean {
  return ctx.mentions.some(
    (m) => m.code === code && m.start >= clause.start && m.end <= clause.end && INVITED_BEFORE.test(ctx.work.slice(Math.max(0, m.start - 40), m.start)),
  );
}

/** "invited Albanese", "has invited Australian Prime Minister ...": the mention is the one invited. */
const INVITED_BEFORE = /\binvit(?:e|es|ed|ing) +(?:[a-z]+ +){0,3}$/;

/**
 * A hedge near the cue makes another's account speculation; "could send", "could take part" as the cue itself is an
 * offer reported (the annotators read it as willing 12 times in 14 on the real-news set), unless another hedge is near;
 * so is "may send", "may provide".
 */
function speculates(window: string, finding: StanceFinding): boolean {
  if (!finding.cue.startsWith('could ') && !finding.cue.startsWith('may ')) return SPECULATION.test(window);
  const cueAt = window.indexOf(finding.cue);
  return SPECULATION.test(cueAt < 0 ? window : window.slice(0, cueAt) + ' '.repeat(finding.cue.length) + window.slice(cueAt + finding.cue.length));
}

/**
 * Predicates that name a commitment without pledging it: "will chair the meeting of the Contact Group on military
 * assistance", "will host defence chiefs to finalise plans for the force" (a meeting's host), "no signal that Russia
 * would accept troops" (a denied sign), "will change its procedures for deploying troops abroad" (its own law).
 */
function notAPledge(work: string, clause: Clause, finding: StanceFinding): boolean {
  const predicate = work.slice(finding.at, Math.min(clause.end, finding.at + 100));
  const before = work.slice(clause.start, finding.at);
  return MEETING_ROLE.test(predicate) || DENIED_SIGN.test(before) || DOMESTIC_PROCEDURE.test(work.slice(clause.start, clause.end));
}

const AS_PART_OF_COALITION =
  /\b(?:as +(?:a +)?part|within +(?:the +)?framework) +of +(?:the +)?(?:so-called +)?coalition\b|\blead +(?:a +|the +)?(?:new +)?coalition\b|\bcontribut\w* +to +(?:the +)?security +guarantees\b/;
const PAID_BY_OTHERS =
  /\b(?:funded|paid for|paid|financed|covered) +by +(?:other|the other|partner|allied|western) +(?:states|countries|nations|allies|partners|governments)\b/;
const OTHER_WAYS = /\b(?:in +other +ways|in +another +way|other +forms +of +(?:contribution|support|help|assistance))\b/;
const TIME_LIMIT = /\b(?:forever|indefinitely|for ever)\b/;
/** A force described as US-backed, with no hedge before it or between ("would be backed by the United States"). */
const HEDGE = String.raw`\b(?:would|could|might|may|if|whether|should)\b`;
const US_BACKED_FORCE = new RegExp(
  String.raw`\b(?:force|forces|mission|deployment)\b(?<!${HEDGE}[^.;]{0,60})(?:(?!${HEDGE})[^.;]){0,120}?\b(?:supported|backed|backstopped|underpinned) +by +(?:the +)?(?:united +states|us|u\.s\.|washington|america)\b`,
);
const LEADING_DEPLOYMENT = /\bleading +(?:the +)?(?:efforts?|plans?|preparations?) +to +(?:send|deploy)\b[^.;]{0,40}?\b(?:force|troops|contingents?)\b/;
const DEPLOYMENT_DECLARATION = /\bdeclaration\b[^.;]{0,80}?\b(?:deploy\w*|stationing)\b[^.;]{0,40}?\b(?:forces|force|troops|contingents?)\b/;
const MEETING_ROLE =
  /^(?:(?:will|would|shall|is to|are to|is set to|are set to|plans? to|to)\s+)?(?:co-?)?(?:chair|host|convene|attend|hold)(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,4}?(?:meeting|summit|conference|gathering|session|talks|call|leaders|counterparts|ministers|officials|chiefs|delegations)\b/;
const DENIED_SIGN = /\bno (?:\w+ )?(?:signal|signs?|indication|evidence|suggestion)s? (?:\w+ ){0,4}?that\b/;
const DOMESTIC_PROCEDURE =
  /\b(?:procedures?|rules|laws?|legislation|legal (?:framework|basis)|mechanism|triple lock)\s+(?:for|on|governing|around)\s+(?:\w+\s+){0,2}?(?:deploy\w*|sending|dispatch\w*|overseas|abroad)\b/;

const FORMING_GATE = /\b(?:build|form|assembl|creat|forg|put +together|set +up)\w*\s+(?:\w+\s+){0,4}?["“]?coalition\b/;
const ENDORSE_GATE = /\b(?:endorsed|backed|supported|signed on to) by\b/;
const CHAIR_GATE = /\b(?:co-?)?(?:chair|host|convened)/;

/** A predicate that is only an auxiliary, a negation and "too" or "the same": "will not", "will too", "would do the same". */
const ELLIPTIC_PREDICATE =
  /^(?:will|would|is|are|has|have|can|could|won't|wouldn't)(?:\s+not)?(?:\s+(?:too|also|as well|either|so|do\s+(?:so|the\s+same)|follow\s+suit))?\s*[.!]?\s*$/;
/** At most three words after the cue: "will not", "will decide soon"; a predicate of its own runs longer. */
const ELLIPTIC_END = /^\W*(?:[\w'’-]+\W*){0,3}$/;

/** The words a passive contribution needs: "be" or "been" or "being", then "by". */
const PASSIVE_GATE = /\bbe(?:en|ing)? +[a-z]+(?: +for)? +by\b/;

/**
 * Members listed, leaders and signatories, attendees, chairs and founders of the coalition, "X-led" units, proposers and
 * those who push a plan of forces: named by the sentence's structure, not in their own voice. `previousText` is the
 * sentence before, whose plan "the initiative" may name.
 */
function structuralClaims(ctx: SentenceContext, previousText: string | undefined): Claim[] {
  const claims: Claim[] = [];
  if (ctx.work.includes('coalition')) for (const code of listedMembers(ctx)) claims.push(structuralClaim(ctx, code, 'coalition', 'willing'));
  if (LEAD_GATE.test(ctx.work) || ctx.work.includes('signed')) {
    const signatories = signatoriesOf(ctx);
    // "signed a declaration of intent on the deployment of multinational forces" pledges the troops; read as a pledge to
    // the coalition as well, its signatories were right 5 times in 15 (the batches measured once and the rest together).
    const deployment = DEPLOYMENT_DECLARATION.test(ctx.work);
    const leaders = leadersOf(ctx);
    for (const code of new Set([...leaders, ...(deployment ? [] : signatories)])) claims.push(structuralClaim(ctx, code, 'coalition', 'committed'));
    // "France and Britain were leading efforts to send a reassurance force": the troops too, offered (willing).
    if (leaders.length > 0 && LEADING_DEPLOYMENT.test(ctx.work))
      for (const code of leaders) claims.push(structuralClaim(ctx, code, 'ground_troops', 'willing'));
    // "led by X and Y, with close involvement from Z and the participation of W": the others take part.
    if (leaders.length > 0) for (const code of involvedWith(ctx)) if (!leaders.includes(code)) claims.push(structuralClaim(ctx, code, 'coalition', 'willing'));
    if (deployment) for (const code of signatories) claims.push(structuralClaim(ctx, code, 'ground_troops', 'committed'));
  }
  if (ctx.meetingBefore) for (const code of attendeesOf(ctx)) claims.push(structuralClaim(ctx, code, 'coalition', 'willing'));
  if (ctx.coalitionMeeting) for (const code of participantsOf(ctx)) claims.push(structuralClaim(ctx, code, 'coalition', 'willing'));
  if (ENDORSE_GATE.test(ctx.work)) for (const code of endorsersOf(ctx)) claims.push(structuralClaim(ctx, code, 'coalition', 'willing'));
  if (FORMING_GATE.test(ctx.work)) for (const code of formersOf(ctx)) claims.push(structuralClaim(ctx, code, 'coalition', 'committed'));
  if (CHAIR_GATE.test(ctx.work))
    for (const { code, host } of meetingChairsOf(ctx)) claims.push(structuralClaim(ctx, code, 'coalition', host ? 'willing' : 'committed'));
  if (ctx.work.includes('sanctions')) for (const code of sanctioningCountries(ctx)) claims.push(structuralClaim(ctx, code, 'sanctions', 'committed'));
  // "Security guarantees for Ukraine without troops from Luxembourg", "without the participation of the American military".
  if (ctx.work.includes('without ')) for (const code of withoutTroopsFrom(ctx)) claims.push(structuralClaim(ctx, code, 'ground_troops', 'declined'));
  // "the multinational force formed by the coalition and supported by the United States": the US backstop, described.
  if (ctx.work.includes(' by ') && US_BACKED_FORCE.test(ctx.work)) claims.push(structuralClaim(ctx, 'US', 'backstop', 'committed'));
  if (ctx.text.includes('-led ')) {
    for (const { code, from } of ledAdjectives(ctx)) {
      // What is led is the noun phrase right after: "US-led ceasefire monitoring", not the rest of the sentence.
      const phrase = ctx.work.slice(from, from + 40);
      const end = from + (phrase.search(/[,;:.]| (?:and|of|with|in|to|for|by|that|which|after|before|on)\b/) + 1 || phrase.length + 1) - 1;
      if (elsewhere(ctx, from, from + 80)) continue;
      for (const commitment of findCommitments(ctx.work, from, end)) claims.push(structuralClaim(ctx, code, commitment, 'committed'));
    }
  }
  if (PUSH_GATE.test(ctx.plain)) {
    // The plain words without quote marks: 'a so-called "reassurance" force' is a force sent.
    let unquoted: string | undefined;
    for (const { codes, from, to } of pushersOf(ctx)) {
      if (elsewhere(ctx, from, to)) continue;
      unquoted ??= ctx.plain.replace(QUOTE_MARKS, ' ');
      const named = findCommitments(unquoted, from, to);
      const pushed = named.length > 0 || !previousText || !ANAPHOR.test(ctx.work.slice(from, to)) ? named : commitmentsOfPlain(previousText);
      // A plan of forces; money or arms in a plan pushed are mostly a budget's (the EU's rearmament plan), no offer to Ukraine.
      for (const commitment of pushed.filter((c) => FORCE_COMMITMENTS.has(c)))
        for (const code of codes) claims.push(structuralClaim(ctx, code, commitment, 'willing'));
    }
  }
  // A passive contribution claimed "without offering evidence" is left to the cues, which mark it optional.
  if (ctx.work.includes(' by ') && PASSIVE_GATE.test(ctx.work) && !DOUBTED.test(ctx.plain)) {
    for (const { codes, from, to, stance } of passiveContributors(ctx)) {
      for (const commitment of findCommitments(ctx.work, from, to)) for (const code of codes) claims.push(structuralClaim(ctx, code, commitment, stance));
    }
  }
  if (PROPOSAL_GATE.test(ctx.work)) {
    const proposal = proposersOf(ctx);
    const to = proposal ? Math.min(ctx.work.length, proposal.from + 80) : 0;
    const commitments = proposal && !elsewhere(ctx, proposal.from, to) ? findCommitments(ctx.work, proposal.from, to) : [];
    for (const code of commitments.length > 0 ? proposal!.codes : [])
      for (const commitment of commitments) claims.push(structuralClaim(ctx, code, commitment, 'willing'));
  }
  return claims;
}

const QUOTE_MARKS = /["“”]/g;

/** The commitments a sentence names anywhere, asides and quoted words included ('a "reassurance" force'). */
function commitmentsOfPlain(text: string): Commitment[] {
  const plain = text.toLowerCase().replace(QUOTE_MARKS, ' ');
  return findCommitments(plain, 0, plain.length);
}

// A module function, not a closure per sentence (under tsx every local named function costs a naming call when created).
function structuralClaim(ctx: SentenceContext, country: string, commitment: Commitment, stance: Stance): Claim {
  return { country, commitment, stance, evidence: ctx.text, speaker: 'third_party', confidence: calibrated(country, 'third_party', ctx, commitment, stance) };
}

const OPENS_WITH_IT = /^\W*it +(?:will|would|has|have|also|plans|intends|offered|pledged|said)\b/;

/** The country the sentence before opened with, when it opened with one (a name, a capital, a leader): what "It" goes on with. */
function previousSubjectOf(memory: ArticleMemory): { previousSubject?: string } {
  const recent = memory.recent.at(-1);
  if (!recent) return {};
  const first = (recent.mentions ??= findMentions(recent.text))[0];
  const opening = first !== undefined && recent.text.slice(0, first.start).trim().replace(/^the$/i, '') === '';
  return opening && first.code !== 'UA' && first.kind !== 'demonym' ? { previousSubject: first.code } : {};
}

function remember(sentence: string, memory: ArticleMemory, mentions?: Mention[]): void {
  memory.recent.push(mentions ? { text: sentence, mentions } : { text: sentence });
  if (memory.recent.length > 3) memory.recent.shift();
}

/** "Stubb: We will not send ground forces." names its speaker before a colon. */
function speakerOfLine(line: string): string | null {
  const match = /^([^:.!?"“]{2,40}):\s/.exec(line);
  if (!match) return null;
  const person = findMentions(match[1]!).find((m) => m.official);
  return person?.code ?? null;
}

const QUOTE_CHARS = /["“”]/g;

/**
 * A quote over several sentences names its speaker only at the end:
 * '"We are ready to deploy troops. We will not wait," Starmer said.' Each sentence inside the
 * quote gets the country of the person named after the closing quote.
 */
function quoteSpeakers(sentences: string[]): Array<string | null> {
  const speakers: Array<string | null> = sentences.map(() => null);
  for (let i = 0; i < sentences.length; i++) {
    const opening = sentences[i]!;
    if ((opening.match(QUOTE_CHARS)?.length ?? 0) % 2 === 0) continue;
    if (!/^["“]/.test(opening)) {
      i = speakerBeforeQuote(sentences, i, speakers);
      continue;
    }
    for (let j = i + 1; j < sentences.length && j <= i + 5; j++) {
      const close = sentences[j]!.search(/["”]/);
      if (close < 0) continue;
      const tail = sentences[j]!.slice(close + 1);
      const person = REPORTING_START.test(tail.toLowerCase()) ? findMentions(tail).find((m) => m.official) : undefined;
      if (person) speakers.fill(person.code, i, j);
      i = j;
      break;
    }
  }
  return speakers;
}

/**
 * 'Meloni said: "It is difficult. We offer Ukraine guarantees."': a quote opened after its speaker goes on in the
 * sentences after, up to the one that closes it; those sentences are the speaker's. Returns the last sentence read.
 */
function speakerBeforeQuote(sentences: string[], i: number, speakers: Array<string | null>): number {
  const opening = sentences[i]!;
  const open = Math.max(opening.lastIndexOf('"'), opening.lastIndexOf('“'));
  const before = opening.slice(0, open);
  if (!QUOTE_INTRODUCED.test(before)) return i;
  const person = findMentions(before).findLast((m) => m.official);
  if (!person) return i;
  for (let j = i + 1; j < sentences.length && j <= i + 5; j++) {
    speakers[j] = person.code;
    if (/["”]/.test(sentences[j]!)) return j;
  }
  return i;
}

// Before an opening quote: "Meloni said:", "Tusk told reporters," or a colon.
const QUOTE_INTRODUCED = /(?::|\b(?:said|says|told [\w ]{1,30}|added|stated|declared|insisted|warned|wrote),?)\s*$/;

// After a closing quote: ", Starmer said" or "said Starmer" within a few words.
const REPORTING_START = /^[\s,]*(?:[\p{L}.'’-]+\s+){0,5}?(?:said|says|told|added|stated|declared|insisted|warned|wrote|explained)\b/u;

/** What follows the line's last closing quote when it names who spoke ('"...," a diplomat said'), else null. */
function attributionAfterQuote(line: string): string | null {
  const close = Math.max(line.lastIndexOf('"'), line.lastIndexOf('”'));
  if (close < 0) return null;
  const tail = line.slice(close + 1);
  return REPORTING_START.test(tail.toLowerCase()) ? tail : null;
}

/** '"...," Tusk told reporters.': the person named in the attribution, if any. */
function speakerAfterQuote(line: string): string | null {
  const attribution = attributionAfterQuote(line);
  return attribution === null ? null : personIn(attribution);
}

/** A person, not a place the attribution goes on to name ("told reporters before leaving for Paris"). */
function personIn(attribution: string): string | null {
  return findMentions(attribution).find((m) => m.kind === 'person')?.code ?? null;
}

/** A line without closing punctuation is a headline or subheading. */
export function isHeadline(line: string): boolean {
  // A list item ending in ";" or "," goes on with the sentence before it: no headline ends so.
  return line.length < 160 && !/[.!?"”'’:;,]$/.test(line);
}

/** Stored page openings are cut mid-sentence: a last line this long, in sentence case, is prose cut short, not a teaser. */
const CUT_PROSE_CHARS = 100;

function isCutProse(line: string): boolean {
  if (line.length < CUT_PROSE_CHARS) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

/**
 * A passage on another topic ("Indonesia offered troops for Gaza. It is ready to send 20,000.")
 * carries over to the next sentences until one of them names Ukraine, the coalition or a
 * ceasefire again; those in between give no claim.
 */
function followsTopic(lower: string, memory: ArticleMemory): boolean {
  if (onTopic(lower)) {
    memory.offTopicLeft = 0;
    return true;
  }
  // "NATO announces plan to strengthen Europe's eastern flank": there, "the mission" the allies commit to is that one.
  if (memory.offTopicTitle === true) return false;
  if (OFF_TOPIC.test(withoutReason(lower))) {
    memory.offTopicLeft = OFF_TOPIC_PASSAGE;
    return true; // the sentence itself is judged clause by clause
  }
  if (memory.offTopicLeft === 0) return true;
  memory.offTopicLeft--;
  return false;
}

/**
 * The sentence without the reason it gives: "ruled out sending soldiers, citing the need to defend its own border" is on
 * this story; only its reason is about the country's own defence (a clause of its own, see clauses.ts).
 */
function withoutReason(text: string): string {
  return REASON_WORD.test(text) ? text.replace(REASON_GIVEN, '') : text;
}

// ", citing its own border", "because of its border with Russia", "given its long border with Russia".
const REASON_OPENING = String.raw`(?:because\s+of|due\s+to|owing\s+to|given)\s+(?:its|their|our|the)\b`;
const REASON_BEFORE_PLACE = new RegExp(String.raw`\b${REASON_OPENING}`);
const REASON_WORD = /citing|because|due to|owing to|given/;
const REASON_GIVEN = new RegExp(String.raw`,\s+citing\b[^;]*|\s+${REASON_OPENING}[^;,]*`);

/** A meeting, summit or call of the coalition: the next sentences may say who attended "it". */
const COALITION_MEETING =
  /\bcoalition\b[^.;]{0,40}?\b(?:(?:meeting|summit|talks|call|videoconference|video call|gathering)s?|met|meets|meet|gathered|gather|convened|convene)\b|\b(?:meeting|summit|talks|call|videoconference|gathering)s? (?:of|for) (?:the |this |that |its |a )?(?:so-called )?["“]?coalition\b/;
const MEETING_WORD = /\b(?:meeting|summit|talks|call|videoconference|video link|gathering)\b/;
/** Someone else's meeting: taking part in it says nothing of the coalition. */
const OTHER_MEETING =
  /\b(?:nato|eu|european council|european union|g7|g20|un|united nations|brics|sco|davos|munich security|commonwealth|asean|apec|cop\d*|defen[cs]e contact group|ramstein)(?:['’]s)? +(?:[\w-]+ +){0,2}?(?:meeting|summit|session|conference|talks|gathering)\b/;
/** Words of taking part in a meeting (actors.ts, participantsOf reads who). */
const PARTICIPATION_GATE = /\b(?:attend|present|took part|take part|takes part|taking part|participat|join|dialled in|dialed in)/;
/** How many sentences after it "it" may still be that meeting. */
const MEETING_CONTEXT = 2;

/** How many sentences a passage on another topic runs on without naming it again. */
const OFF_TOPIC_PASSAGE = 3;

/** Reads one sentence into `byKey`; returns its mentions when they were computed (for later pronouns). */
function readSentence(
  text: string,
  headline: boolean,
  speaker: string | null,
  memory: ArticleMemory,
  byKey: Map<string, Claim>,
  published: string,
): Mention[] | undefined {
  const plain = text.toLowerCase();
  const meetingBefore = memory.coalitionMeetingLeft > 0;
  const namesCoalition = plain.includes('coalition');
  const namesMeeting = namesCoalition && COALITION_MEETING.test(plain);
  memory.coalitionMeetingLeft = namesMeeting ? MEETING_CONTEXT : Math.max(0, memory.coalitionMeetingLeft - 1);
  const coalitionBefore = memory.coalitionNamed === true;
  memory.coalitionNamed = namesCoalition && COALITION_NAMED.test(plain);
  memory.coalitionInArticle ||= memory.coalitionNamed;
  memory.meetingInArticle ||= MEETING_WORD.test(plain);
  const group = memory.groupStance;
  memory.groupStance = undefined;
  const named = group ? GROUP_NAMED.exec(plain) : null;
  if (group && named) return readGroupNamed(text, plain, named.index + named[0].length + 1, group, memory, byKey);
  // "... forming a coalition of the willing. Key members include the UK, France ...": membership (SCHEMA.md: willing).
  // ... or, after a coalition meeting, "Other nations included X, Y and Z".
  const members = coalitionBefore || meetingBefore ? MEMBERS_OPENING.exec(plain) : null;
  if (members) return readGroupNamed(text, plain, members[0].length, COALITION_MEMBERSHIP, memory, byKey);
  const lower = lowerText(plain);
  if (!followsTopic(lower, memory)) {
    memory.previousCommitments = [];
    return undefined;
  }
  const attending = meetingBefore && !namesCoalition && attendsMeeting(lower);
  // An article on a coalition meeting: who attended "the summit" or "the call" attended the coalition's (not NATO's or the EU's).
  const reportsMeeting = namesMeeting || meetingBefore || (memory.coalitionInArticle === true && memory.meetingInArticle === true);
  const participating = reportsMeeting && PARTICIPATION_GATE.test(lower) && !OTHER_MEETING.test(lower);
  const chairing = CHAIR_GATE.test(lower) && (meetingBefore || namesMeeting);
  const ledAnaphor = IT_IS_LED.test(lower) && memory.previousCommitments.some((c) => c === 'ground_troops' || c === 'coalition');
  if (!attending && !chairing && !participating && !ledAnaphor && !worthReading(lower, memory, headline)) {
    memory.previousCommitments = [];
    return undefined;
  }
  const work = workingText(lower);
  const mentions = validMentions(text, work, memory);
  // No country, pronoun or interview speaker: no actor, so only the topic is kept for "on this matter".
  const goesOn = OPENS_WITH_IT.test(plain) ? previousSubjectOf(memory) : {};
  if (
    mentions.length === 0 &&
    !speaker &&
    !participating &&
    !goesOn.previousSubject &&
    !PROPOSAL_GATE.test(work) &&
    !PUSH_GATE.test(plain) &&
    !text.includes('-led ')
  ) {
    memory.previousCommitments = findCommitments(work, 0, work.length);
    return mentions;
  }
  const claims = claimsForSentence(
    {
      text,
      plain,
      work,
      mentions,
      headline,
      lineSpeaker: speaker,
      cache: {},
      ...(attending ? { meetingBefore: true } : {}),
      ...(chairing && meetingBefore ? { chairedMeeting: true } : {}),
      ...(participating ? { coalitionMeeting: true } : {}),
      ...(ledAnaphor ? { ledAnaphor: true } : {}),
      ...goesOn,
    },
    memory,
  );
  const said = claims.length > 0 && !headline ? backgroundDate(text, published) : null;
  const undated = !said && claims.length > 0 && !headline && undatedBackground(text);
  for (const claim of claims) {
    if (said) claim.said = said;
    // An older statement with no date is kept, but below the confidence the state acts on.
    if (undated) claim.confidence = Math.min(claim.confidence, UNDATED_BACKGROUND_CONFIDENCE);
    keepStronger(byKey, claim);
  }
  return mentions;
}

/**
 * One claim per country, commitment and stance: the surest reading, the statement of the day over the same claim told
 * as background. Where the article also gives it in the country's own voice ("Chile ready to send troops" over "President
 * Boric said Chile is ready to ..."), the claim keeps that voice and its words at the surest reading's confidence: the
 * country's own officials outweigh others telling the same (PRODUCT.md), and the speaker is what confirmation counts.
 */
function keepStronger(byKey: Map<string, Claim>, claim: Claim): void {
  const key = claimKey(claim);
  const kept = byKey.get(key);
  const surer = !kept || claim.confidence > kept.confidence || (kept.said && !claim.said && claim.confidence === kept.confidence) ? claim : kept;
  const own =
    surer.speaker === 'self'
      ? undefined
      : [kept, claim].find((c) => c !== undefined && c.speaker === 'self' && c.said === surer.said && c.confidence >= MIN_CONFIDENCE);
  byKey.set(key, own && own !== surer ? { ...own, confidence: surer.confidence } : surer);
}

/** The coalition of the willing named, not a government's own coalition. */
const COALITION_NAMED = /\bcoalition of (?:the )?(?:willing|goodwill)\b|\b(?:the|this|a|new) coalition\b(?! (?:government|deal|agreement|partners?)\b)/;
/** A sentence that opens by listing members: "Key members include", "Its members are". */
const MEMBERS_OPENING =
  /^\W*(?:(?:(?:its|their|the|key|founding|core|other|current|leading|participating|\d+|some|about|around|nearly)\s+)*(?:members|nations|countries|participants|group)\s+(?:include|includes|included|are|were|comprise|comprises)|(?:it|the\s+(?:meeting|call|summit))\s+(?:is\s+|was\s+|will\s+)?(?:also\s+)?(?:set\s+|expected\s+|due\s+)?(?:to\s+)?(?:include|includes|included)\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government))\s+of)\s+/;
const COALITION_MEMBERSHIP: { commitments: Commitment[]; stance: Stance } = { commitments: ['coalition'], stance: 'willing' };

/** One claim per country, commitment and stance in an article (SCHEMA.md). */
function claimKey(claim: Claim): string {
  return `${claim.country}|${claim.commitment}|${claim.stance}`;
}

/** Stances an unnamed group takes that a following list can hand to its members. */
const GROUP_STANCES: ReadonlySet<Stance> = new Set(['declined', 'willing', 'committed']);
/** "Several countries have said that they ...": an unnamed group is the subject, even when a pronoun stands for it. */
const UNNAMED_GROUP =
  /\b(?:several|some|many|a +number +of|a +few|two|three|four|five|six|\d+) +(?:other +)?(?:european +|eu +|nato +)?(?:countries|nations|states|allies|governments|members)\b/;
/** "These include Poland and Italy.", "Among them are ...": the countries of the group in the sentence before. */
const GROUP_NAMED = /^\W*(?:these|they|those) +(?:include|included|are|were)\b|^\W*among +them +(?:are|were)\b/;

/** The group's members named by the list that opens this sentence take the group's stance (a third party's account). */
function readGroupNamed(
  text: string,
  plain: string,
  listAt: number,
  group: { commitments: Commitment[]; stance: Stance },
  memory: ArticleMemory,
  byKey: Map<string, Claim>,
): Mention[] {
  const mentions = findMentions(text);
  const ctx: SentenceContext = { text, plain, work: lowerText(plain), mentions, headline: false, lineSpeaker: null, cache: {} };
  // "These include the United Kingdom, ...": the list starts at the country's name.
  for (const code of countriesListedAt(ctx, plain.startsWith('the ', listAt) ? listAt + 4 : listAt)) {
    for (const commitment of group.commitments) {
      const claim = structuralClaim(ctx, code, commitment, group.stance);
      const key = claimKey(claim);
      if (!byKey.has(key)) byKey.set(key, claim);
    }
  }
  memory.previousCommitments = group.commitments;
  return mentions;
}

const OPINION_URL =
  /\/(?:opinion|opinions|comment|commentisfree|op-?eds?|editorials?|columns?|columnists?|views|meinung|kommentare?|tribunes?|opinion|opinioni|opiniao|komentarze|publicystyka)\//i;
const OPINION_TITLE = /^\s*(?:opinion|comment|editorial|op-?ed|view|the view|column|letters?)\s*[:|–—-]/i;

function isOpinion(article: Article): boolean {
  return (typeof article.url === 'string' && OPINION_URL.test(article.url)) || (typeof article.title === 'string' && OPINION_TITLE.test(article.title));
}

/** What an English page on this story names somewhere: Ukraine, Kyiv, Zelensky or the coalition of the willing. */
const UKRAINE_OR_COALITION = /ukrain|kyiv|kiev|zelensk|coalition of the willing/i;

/** A paragraph of prose this long means the article's text has begun. */
const PROSE_CHARS = 120;

/**
 * The body's lines; a headline-like line after the prose has begun is a teaser of another story
 * (related links, "read next") in a page opening, and is left out.
 */
function bodyLines(body: string, seen: Set<string>): Array<{ line: string; headline: boolean }> {
  const out: Array<{ line: string; headline: boolean }> = [];
  let prose = false;
  const lines = cleanLines(body, seen);
  for (const [index, line] of lines.entries()) {
    const headline = isHeadline(line) && !(prose && index === lines.length - 1 && isCutProse(line));
    if (headline && prose && !isSubheading(lines, index)) continue;
    if (!headline && line.length >= PROSE_CHARS) prose = true;
    out.push({ line, headline });
  }
  return out;
}

/**
 * A headline-like line between paragraphs of the article (after prose or a short section label, before prose) is
 * its own subheading; teasers of other stories come in runs of full headlines.
 */
function isSubheading(lines: string[], index: number): boolean {
  const next = lines[index + 1];
  const previous = lines[index - 1];
  if (next === undefined || next.length < PROSE_CHARS || previous === undefined) return false;
  return previous.length >= PROSE_CHARS || previous.split(/\s+/).length < SECTION_LABEL_WORDS;
}

/** A line of fewer words before a subheading is a section label ("Summit outcome"), not another story's headline. */
const SECTION_LABEL_WORDS = 5;

/** The title and body the rules read: an opinion piece's headline is the columnist's argument, not anyone's position. */
function readableParts(article: Article): { title: string; body: string; opinion: boolean } {
  const opinion = isOpinion(article);
  const title = typeof article.title === 'string' && article.title !== 'unknown' && !opinion ? article.title : '';
  return { title, body: typeof article.body === 'string' ? article.body : '', opinion };
}

function languageOf(title: string, body: string): Language {
  return detectLanguage(`${title}\n${body.slice(0, 2000)}`);
}

/** The language the rules read an article in (from its title and the start of its body). */
export function articleLanguage(article: Article): Language {
  const { title, body } = readableParts(article);
  return languageOf(title, body);
}

/**
 * A country-by-country list under a heading that says what the items are: "What the allies have offered so far:" then
 * "Britain: troops and jets", "Canada: training". Each line's country takes the heading's stance on the commitments its
 * line names; a line with a stance of its own ("Poland: no troops") is read as a sentence, and any other line ends the list.
 */
function readListedOffer(line: string, memory: ArticleMemory, byKey: Map<string, Claim>): boolean {
  const header = memory.listHeader;
  memory.listHeader = listHeaderStance(line);
  if (memory.listHeader || !header) return memory.listHeader !== undefined;
  const item = LIST_ITEM.exec(line);
  const mention = item ? findMentions(item[1]!)[0] : undefined;
  if (!item || !mention || !/^(?:the )?$/i.test(item[1]!.slice(0, mention.start)) || mention.end !== item[1]!.length || mention.kind === 'person') return false;
  memory.listHeader = header; // the list goes on, whether this line is read by the heading or as a sentence
  const rest = lowerText(item[2]!.toLowerCase());
  // "Poland: no troops", "Italy: undecided", "Spain: troops only with a UN mandate", "Britain: troops for Estonia": its own words decide.
  if (hasStanceCue(rest) || NOT_PLAIN_ITEM.test(rest) || findMentions(item[2]!).length > 0) return false;
  const commitments = findCommitments(workingText(rest), 0, rest.length);
  if (commitments.length === 0 || ADVERSARIES.has(mention.code) || mention.code === 'UA') return false;
  const ctx: SentenceContext = { text: line, plain: line.toLowerCase(), work: rest, mentions: [mention], headline: false, lineSpeaker: null, cache: {} };
  for (const commitment of commitments) {
    const claim = structuralClaim(ctx, mention.code, commitment, header);
    if (!byKey.has(claimKey(claim))) byKey.set(claimKey(claim), claim);
  }
  return true;
}

/** "Britain: troops and jets", "Canada – training": a country, a colon or dash, and what it offers. */
const LIST_ITEM = /^\s*(?:[-–—•*]\s*)?([\p{Lu}][\p{L}. ]{1,30}?)\s*[:–—-]\s+(.{3,160}?)\.?\s*$/u;
/** A heading of what was offered or pledged, naming no country: "What the allies have offered:", "Pledges so far". */
const LIST_HEADER =
  /\b(?:(offer(?:s|ed)?|on +offer|would +contribute|ready +to +contribute)|(pledges?|pledged|committed|commitments?|promised|will +contribute|contributions?))\b/;

const NOT_PLAIN_ITEM =
  /\b(?:no|not|none|nothing|never|neither|nor|undecided|unclear|tbc|tbd|yet|if|unless|only|conditional|subject|depends?|maybe|possibly|considering|weighing|declined|refused|rejected|opposed)\b|\?/;

function listHeaderStance(line: string): Stance | undefined {
  if (line.length > 80 || /[.!?]$/.test(line.trim())) return undefined;
  const lower = line.toLowerCase();
  const match = LIST_HEADER.exec(lower);
  if (!match || NOT_PLAIN_ITEM.test(lower) || findMentions(line).some((m) => m.code !== 'UA')) return undefined;
  return match[1] ? 'willing' : 'committed';
}

/** One article in, its claims out: pure, synchronous, and linear in the size of the text. */
export function extractClaims(article: Article): Claim[] {
  const seen = new Set<string>();
  const { title, body, opinion } = readableParts(article);
  const lang = languageOf(title, body);
  if (lang !== 'en') {
    // Without clause structure a columnist's argument cannot be told from a report: opinion pages give nothing.
    if (opinion || !UKRAINE_IN_OTHER_LANGUAGES.test(`${title}\n${body}`)) return [];
    return foreignClaims({ ...article, body }, lang, title);
  }
  // A page that never names Ukraine, Kyiv, Zelensky or the coalition of the willing is another story sharing the words
  // (a ceasefire in South-East Asia, peacekeepers in Gaza): 119 of the 605 English real-news pages are such, with none
  // of the 2,161 claims annotated on English pages.
  if (!UKRAINE_OR_COALITION.test(title) && !UKRAINE_OR_COALITION.test(body)) return [];
  const lines = [...cleanLines(title, seen).map((line) => ({ line, headline: true })), ...bodyLines(body, seen)];
  if (!lines.some(({ line }) => ON_TOPIC.test(line.toLowerCase()))) return [];
  const memory: ArticleMemory = { recent: [], previousCommitments: [], offTopicLeft: 0, coalitionMeetingLeft: 0 };
  const titleLower = lowerText(title.toLowerCase());
  if (OFF_TOPIC.test(titleLower) && !onTopic(titleLower)) memory.offTopicTitle = true;
  const byKey = new Map<string, Claim>();
  const published = typeof article.published === 'string' ? article.published : 'unknown';
  let quoteSpeaker: string | null = null;
  for (const { line, headline } of lines) {
    if (readListedOffer(line, memory, byKey)) continue;
    const sentences = splitSentences(line);
    const quoted = quoteSpeakers(sentences);
    // A paragraph that is all quote, after a paragraph whose quote named its speaker, goes on with that speaker.
    // '"...," Tusk told reporters. "..."': a quote attributed inside the paragraph is no continuation of the one before.
    const continued: string | null =
      !headline && /^["“]/.test(line) && quoted.every((code) => code === null) && sentences.every((text) => attributionAfterQuote(text) === null)
        ? quoteSpeaker
        : null;
    const lineSpeaker = speakerOfLine(line) ?? continued;
    // A sentence that is all quote, after one whose quote named its speaker, is that speaker's too.
    let inLine: string | null = null;
    for (const [index, text] of sentences.entries()) {
      const attribution = attributionAfterQuote(text);
      const speaker = lineSpeaker ?? quoted[index] ?? (/^["“]/.test(text) && attribution === null ? inLine : null);
      if (attribution !== null) inLine = personIn(attribution);
      const mentions = readSentence(text, headline, speaker, memory, byKey, published);
      remember(text, memory, mentions);
    }
    quoteSpeaker = continued ?? speakerAfterQuote(line);
  }
  return [...byKey.values()];
}
