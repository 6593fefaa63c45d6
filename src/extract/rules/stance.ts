import type { Commitment, Stance } from '../../model/taxonomy.js';
import type { Clause } from './clauses.js';
import { ALL_STANCES, COMMITMENT_CUES, COMMITMENT_STARTS, CONDITION_CLAUSE, HEADLINE_COMMITTED, matchesFromStart, STANCE_CUES } from './lexicon.js';
import { blankConditionBody } from './working-text.js';

/** The stance of a clause (one scan over all cue families) and the commitments it names. */

export interface StanceFinding {
  stance: Stance;
  /** Where the first stance cue begins: the actor is named before it. */
  at: number;
  /** Where the decisive cue ends. */
  end: number;
  cue: string;
  /** The stance came from "has not ruled out": openness (willing), which a later "still weighing" or condition outweighs. */
  open?: boolean;
}

/** Finds the clause's stance and blanks condition bodies (their words are about someone else). */
export function findStance(work: string, clause: Clause, headline: boolean, plain = work): { finding: StanceFinding | null; work: string } {
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
    // "if Russia refuses talks, Italy would ...": the actor follows a condition clause; "Starmer said MPs will vote ...": a
    // condition that has a subject of its own stands where the actor's predicate begins.
    if (stance !== 'conditional' || OWN_SUBJECT_CONDITION.test(match[0])) first = Math.min(first, at);
    // "conditional on US air cover", "subject to approval by its parliament": the requirement is not the actor's own commitment.
    if (pattern === CONDITION_CLAUSE || (stance === 'conditional' && REQUIREMENT_FOLLOWS.test(match[0]))) {
      const bodyStart = match.index + match[0].length;
      segment = blankConditionBody(segment, bodyStart, segment.length);
      blanked = true;
      const comma = segment.slice(bodyStart).search(/[,;]/);
      skipUntil = comma < 0 ? segment.length : bodyStart + comma;
      ALL_STANCES.lastIndex = Math.max(ALL_STANCES.lastIndex, skipUntil);
    }
  }
  const text = blanked ? work.slice(0, clause.start) + segment + work.slice(clause.end) : work;
  // "Neither Japan nor South Korea to send troops": the headline's "to send" negated is no pledge.
  if (headline && found.size === 0 && !NEGATED_HEADLINE.test(segment)) {
    const match = HEADLINE_COMMITTED.exec(segment);
    if (match) found.set('committed', { at: clause.start + match.index, end: clause.start + match.index + match[0].length, cue: match[0] });
    if (match) first = clause.start + match.index;
  }
  // "will not rule out sending troops", "would not rule out": a "will" or "would" that a negation follows is the negation's
  // auxiliary, not a pledge (a refusal the negation states is a cue of its own).
  for (const [stance, auxiliary] of AUXILIARIES) {
    const cue = found.get(stance);
    if (cue?.cue !== auxiliary) continue;
    const after = segment.slice(cue.end - clause.start);
    // "If the US pulled out, Germany would have to send troops", "France would struggle to run air patrols": a writer's
    // what-if, no offer and no condition of the country's.
    // A country's own "we will have to provide support" is its duty, and so a pledge.
    const hypothetical = HYPOTHETICAL_AFTER.exec(after);
    if (hypothetical && !(auxiliary === 'will' && OBLIGATION.test(hypothetical[0]))) found.clear();
    else if (NEGATED_AFTER.test(after)) found.delete(stance);
    // "will carefully consider", "will look at any request", "will ask parliament", "will then decide": a "will" or
    // "would" of weighing it up is the question left open, not a pledge.
    else if (DELIBERATION_AFTER.test(after) && !/\b(?:neither|nor)\b/.test(segment.slice(0, cue.at - clause.start))) {
      found.delete(stance);
      if (!found.has('undecided')) found.set('undecided', cue);
    }
  }
  // "has not pledged troops", "has yet to pledge", "failed to pledge": no pledge was made (a cue of its own may say more).
  for (const stance of ['committed', 'willing'] as const) {
    const cue = found.get(stance);
    if (cue && NEGATED_BEFORE.test(segment.slice(Math.max(0, cue.at - clause.start - 20), cue.at - clause.start))) found.delete(stance);
  }
  // "has offered to lead": the first of the yes-class cues says how firm the offer is.
  const committed = found.get('committed');
  const willing = found.get('willing');
  if (committed && willing) found.delete(willing.at < committed.at ? 'committed' : 'willing');
  // "will contribute to the guarantees, what exactly is still being worked out": the details are open, not the pledge.
  const undecided = found.get('undecided');
  if (undecided && (committed || willing) && DETAILS_OPEN.test(segment.slice(Math.max(0, undecided.at - clause.start - 40), undecided.at - clause.start)))
    found.delete('undecided');
  // "declined to reveal the size of the contingent": only a detail is withheld, which says nothing of the stance.
  const withheld = found.get('undecided');
  if (withheld && WITHHELD.test(withheld.cue)) {
    const after = segment.slice(withheld.end - clause.start, withheld.end - clause.start + 40);
    if (DETAILS_OPEN.test(after) || DETAIL_NOUN.test(after)) found.delete('undecided');
  }
  // "dismissed talk of a peacekeeping force as premature": what is turned down is the debate, for now, not the measure.
  const opposed = found.get('opposed');
  if (opposed && PREMATURE.test(segment) && DEBATE_TURNED_DOWN.test(segment.slice(opposed.end - clause.start, opposed.end - clause.start + 40))) {
    found.delete('opposed');
    if (!found.has('undecided')) found.set('undecided', opposed);
  }
  if (clause.negated) return { finding: { stance: 'declined', at: clause.start, end: clause.start, cue: 'rather than' }, work: text };
  // "will not deploy soldiers until the fighting stops": not before a ceasefire is "only once" one holds, a condition.
  const refusal = found.get('declined');
  // (Read on the plain words: the working copy blanks the time frame as timing.)
  if (refusal && !found.has('conditional') && UNTIL_PEACE.test(plain.slice(refusal.end, clause.end))) {
    found.set('conditional', { at: refusal.at, end: refusal.end, cue: 'until' });
    found.delete('declined');
  }
  // "would not deploy troops unless they received US guarantees": a refusal with its own exception is a condition.
  const declined = found.get('declined');
  const condition = found.get('conditional');
  if (declined && condition && condition.at > declined.at && EXCEPTION.test(condition.cue)) found.delete('declined');
  for (const stance of STANCE_ORDER) {
    const hit = found.get(stance);
    if (!hit) continue;
    const at = Number.isFinite(first) ? first : hit.at;
    const finding: StanceFinding = { stance: stance === 'open' ? 'willing' : stance, at, end: Math.max(hit.end, at), cue: hit.cue };
    if (stance === 'open') finding.open = true;
    return { finding, work: text };
  }
  return { finding: null, work: text };
}

/** What is still open is only the detail of a contribution: "what exactly", "the details", "how many". */
export const DETAILS_OPEN =
  /\b(?:what exactly|exactly what|exactly how|exactly where|where exactly|the details?|details of|specifics|the exact|the precise|details|the form|the format|the shape|the scope|the size|the number of|(?:troop )?numbers|figures|the full list|how many|which (?:units|assets|capabilities))\b/;

const WITHHELD = /^(?:declined to|would not say|wouldn't say|(?:did|does|would) not specify|didn't specify)/;
const DETAIL_NOUN = /\b(?:even +)?(?:the +)?(?:approximate +|exact +|precise +)?(?:size|number|scale|composition|makeup|location|timing|cost)\b/;

/** A condition word whose object is the requirement: "conditional on", "contingent upon", "subject to", "depends on". */
const REQUIREMENT_FOLLOWS = /\b(?:on|upon|to)$/;

/** A condition worded as its own clause: "MPs will get a vote", "parliament must approve". */
const OWN_SUBJECT_CONDITION = /^(?:mps|parliament|lawmakers|deputies|members|the +bundestag|the +sejm|congress)\b/;

const NEGATED_AFTER = /^ +(?:not|never)\b/;
const NEGATED_HEADLINE = /\b(?:neither|nor|not|no)\b/;
const HYPOTHETICAL_AFTER =
  /^ +(?:(?:then|still|also|probably|likely|[a-z]+ly) +)?(?:have +to|need +(?:to|years|months|time)|struggle|be +(?:forced|unable|hard-pressed|hard +pressed|stretched)|find +it +(?:hard|difficult)|lack)\b/;
/** The end of a HYPOTHETICAL_AFTER match that is a duty: "have to", "need to". */
const OBLIGATION = /(?:have|need) +to$/;
const DELIBERATION_AFTER =
  /^ +(?:(?:[a-z]+ly|also|then|first|now|still|further|seriously|each) +){0,2}(?:consider|look +(?:at|into)|study|examine|discuss|review|assess|evaluate|weigh|decide|reflect +on|think +about|explore|wait|consult|ask +(?:parliament|the +parliament|lawmakers|mps|the +bundestag|congress)|seek +(?:parliament\w*|the +approval|approval|a +mandate)|listen +to|analy[sz]e|debate)\b/;
const NEGATED_BEFORE = /\b(?:not(?: +to(?: +have)?)?|yet +to|failed +to|n't)\s+$/;
const AUXILIARIES: ReadonlyArray<[Stance, string]> = [
  ['committed', 'will'],
  ['willing', 'would'],
];

const PREMATURE = /\b(?:premature|too early)\b/;
const DEBATE_TURNED_DOWN = /^(?: +[\w-]+){0,2}? +(?:discussions?|debates?|talk|speculation)\b/;

const UNTIL_PEACE =
  /\b(?:until|before|till)\s+(?:after\s+)?(?:a\s+|the\s+|there\s+is\s+a\s+|any\s+)?(?:(?:lasting|durable|full|final|comprehensive)\s+)?(?:ceasefire|cease-fire|truce|peace|fighting|war|hostilities|guns|shooting|a\s+deal)\b/;
const EXCEPTION = /^(?:unless|without|only +if|only +when|only +once|only +after)\b/;

const STANCE_ORDER: Array<Stance | 'open'> = ['opposed', 'declined', 'conditional', 'undecided', 'committed', 'willing', 'open'];

// Each commitment cue anchored where COMMITMENT_STARTS found that some cue starts.
const COMMITMENT_AT: ReadonlyArray<[Commitment, RegExp]> = COMMITMENT_CUES.map(([c, p]) => [c, new RegExp(p.source, 'y')]);

/** The commitments whose cues occur in the segment, in the order of COMMITMENT_CUES. */
function commitmentsNamed(segment: string): Commitment[] {
  const named = new Set<Commitment>();
  COMMITMENT_STARTS.lastIndex = 0;
  for (let start = COMMITMENT_STARTS.exec(segment); start; start = COMMITMENT_STARTS.exec(segment)) {
    COMMITMENT_STARTS.lastIndex = start.index + 1; // the match is empty: step past it
    for (const [commitment, pattern] of COMMITMENT_AT) {
      if (named.has(commitment)) continue;
      pattern.lastIndex = start.index;
      if (pattern.test(segment)) named.add(commitment);
    }
  }
  return named.size === 0 ? [] : COMMITMENT_CUES.map(([c]) => c).filter((c) => named.has(c));
}

export function findCommitments(work: string, start: number, end: number): Commitment[] {
  const segment = work.slice(start, end);
  let found = commitmentsNamed(segment);
  // "5 billion kroner to buy air defence systems": what the money buys is not a pledge of its own.
  if (found.includes('funding') && found.some((c) => BOUGHT.has(c))) {
    const purchase = PURCHASE.exec(segment) ?? MONEY_FOR.exec(segment);
    if (purchase && FUNDING.test(segment.slice(0, purchase.index + purchase[0].length))) {
      const before = segment.slice(0, purchase.index + (purchase[1]?.length ?? 0));
      found = found.filter((c) => !BOUGHT.has(c) || COMMITMENT_CUES.some(([k, p]) => k === c && ((p.lastIndex = 0), p.test(before))));
    }
  }
  // "3 billion euros raised to rebuild Ukraine's power grid": money for rebuilding is outside the taxonomy (SCHEMA.md).
  if (found.includes('funding') && RECOVERY_MONEY.test(segment) && !MILITARY_MONEY.test(segment)) found.splice(found.indexOf('funding'), 1);
  if (found.includes('sanctions') && !SANCTIONS_WORD.test(segment) && !RUSSIA_NAMED.test(segment)) found.splice(found.indexOf('sanctions'), 1);
  // "transfer part of its F-16 fleet to Ukraine": aircraft handed over are equipment, not an air mission.
  if (found.includes('air') && HANDOVER.test(segment) && !AIR_MISSION.test(segment))
    found.splice(found.indexOf('air'), 1, ...(found.includes('equipment') ? [] : (['equipment'] as const)));
  // "to deliver arms for 2 billion euros a year": the amount is what the arms are worth, not money given.
  if (found.includes('funding') && found.includes('equipment') && namedOnlyIn('funding', segment, ARMS_WORTH)) found.splice(found.indexOf('funding'), 1);
  // "will lift its military aid for Kyiv to 3 billion kroner": aid counted in money is the money (the annotators' reading).
  if (found.includes('equipment') && found.includes('funding') && MILITARY_AID_IN_MONEY.test(segment) && namedOnlyIn('equipment', segment, MILITARY_AID))
    found.splice(found.indexOf('equipment'), 1);
  // "will send Patriot air defence system munitions": the hardware is equipment (as the annotators read it), no air mission.
  if (found.includes('air') && namedOnlyIn('air', segment, AIR_DEFENCE_HARDWARE))
    found.splice(found.indexOf('air'), 1, ...(found.includes('equipment') ? [] : (['equipment'] as const)));
  // "including Typhoon jets in a peacekeeping mission": the mission is where the jets go, not a pledge of troops.
  if (found.includes('ground_troops') && found.some((c) => c === 'air' || c === 'maritime') && ASSETS_IN_MISSION.test(segment))
    found.splice(found.indexOf('ground_troops'), 1);
  // "a ceasefire monitored by drones and satellites": the means of monitoring are not a pledge of them.
  if (found.includes('monitoring') && found.includes('equipment') && MONITORING_MEANS.test(segment)) found.splice(found.indexOf('equipment'), 1);
  return narrowCommitments(found);
}

const RECOVERY_MONEY = /\b(?:recovery|reconstruction|rebuild(?:ing)?|humanitarian|energy)\b/;
const MILITARY_MONEY = /\b(?:military|defen[cs]e|weapons?|arms|army|armed forces|missiles?|drones?|ammunition)\b/;

// "tariffs on goods from China" is a trade war; a tariff or embargo joins the sanctions only when Russia is its target.
const SANCTIONS_WORD = /\b(?:sanctions?|restrictive measures|economic pressure|asset freeze)\b/;
const RUSSIA_NAMED = /\b(?:russia\w*|moscow|kremlin|putin)\b/;
const BOUGHT: ReadonlySet<Commitment> = new Set(['equipment', 'air', 'maritime', 'intelligence']);
const FUNDING =
  /\b(?:funding|fund|funds|financ(?:e|es|ed|ing)|money|pay(?:ing)? for|loans?|kroner|euros?|dollars|pounds|\d+(?:\.\d+)? ?(?:billion|bn|million|m)\b)/;
const PURCHASE =
  /\b(?:financ(?:e|es|ed|ing) +(?:an? +|the +)?(?:[\w$€£.,-]+ +){0,4}?package|(?<=\bwill +|\bto +|\bwould +)financ(?:e|ing)(?= +(?:the +)?(?:[\w-]+ +){0,3}?(?:weapons|arms|vehicles|tanks|drones|missiles|ammunition|equipment|systems|jets|aircraft)\b)|to buy|buy(?:ing)?|to purchase|purchas(?:e|es|ing)(?: of)?|procure(?:ment of)?|pay(?:ing)? for|to finance (?:the )?(?:purchase|procurement) of|(?:to|will|would|could|also|and) +fund)\b/;
// "500 million euros for air defence for Ukraine": an amount directly followed by what it pays for.
const MONEY_FOR =
  /\b((?:funding|funds|money|financing|loans?|\d[\d.,]* ?(?:billion|bn|million|m)(?: [a-z]+)?(?: \([^)]{0,20}\))?) (?:from (?:the |its |their )?(?:state |national |federal )?budget )?)(?:for|towards|to fund|earmarked for)\b/;
const HANDOVER = /\b(?:transfer\w*|donat\w*|hand(?:s|ed|ing)? over|gift\w*|give|gives|gave|giving|deliver\w*|supply|supplies|supplied|supplying|fleet)\b/;
const AIR_MISSION =
  /\b(?:air policing|air support|air defen[cs]e(?! +(?:systems?|batter(?:y|ies)|missiles?|interceptors?|units?|launchers?))|air cover|airspace|skies|no-fly zone|air patrols?|police|patrol\w*)\b/;
const AIR_DEFENCE_HARDWARE = /\bair[ -]defen[cs]e +(?:systems?|batter(?:y|ies)|missiles?|interceptors?|munitions|launchers?)\b/g;

const MILITARY_AID_SOURCE = String.raw`\bmilitary +(?:aid|support|assistance)\b`;
const MILITARY_AID = new RegExp(MILITARY_AID_SOURCE, 'g');
/** Military aid named with its amount: "military aid for Kyiv to 3 billion kroner", "$2 billion in military aid". */
const MILITARY_AID_IN_MONEY = new RegExp(
  `${MILITARY_AID_SOURCE}[^,;.]{0,40}?(?:to|of|worth|totalling|totaling) +[$€£]? ?\\d|[$€£]? ?\\d[\\d.,]* ?(?:billion|bn|million|m)\\b[^,;.]{0,25}?(?:in|of|for) +${MILITARY_AID_SOURCE.slice(2)}`,
);
const ARMS_WORTH =
  /\b(?:weapons|arms|ammunition|munitions|missiles|equipment)\b[^,;.]{0,30}?\b(?:worth|for|valued +at) +(?:[$€£] ?)?\d[\d.,]* ?(?:billion|bn|million|m)?(?: +(?:euros?|dollars|pounds|kroner|crowns))?/g;

/** Whether one commitment's cue occurs in the text. */
function namesCue(commitment: Commitment, text: string): boolean {
  return matchesFromStart(COMMITMENT_CUES.find(([c]) => c === commitment)![1], text);
}

/** Whether the text names the commitment only inside the spans a global `pattern` matches (and it matches at all). */
function namedOnlyIn(commitment: Commitment, text: string, pattern: RegExp): boolean {
  return matchesFromStart(pattern, text) && !namesCue(commitment, text.replace(pattern, ' '));
}

const ASSETS_IN_MISSION =
  /\b(?:jets|aircraft|fighters|planes|warships|ships|frigates|minesweepers) +(?:in|into|to|for|within) +(?:a|an|the|any) +(?:[\w-]+ +){0,2}?(?:peace-?keeping|reassurance|multinational|stabili[sz]ation) +(?:mission|force|operation)\b/;
const MONITORING_MEANS = /\b(?:by|with|using|through|via) (?:\w+ ){0,3}?(?:equipment|drones|satellites?|technical means|sensors|cameras)\b/;

/** A backstop sentence names troops only as what is backed; a specific pledge says more than "the guarantees". */
export function narrowCommitments(found: Commitment[]): Commitment[] {
  let result = found;
  if (result.includes('backstop')) result = result.filter((c) => c !== 'ground_troops' && c !== 'coalition');
  if (result.some((c) => c !== 'coalition')) result = result.filter((c) => c !== 'coalition');
  return result;
}
