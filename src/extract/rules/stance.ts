import type { Commitment, Stance } from '../../model/taxonomy.js';
import type { Clause } from './clauses.js';
import { COMMITMENT_CUES, CONDITION_CLAUSE, HEADLINE_COMMITTED, STANCE_CUES } from './lexicon.js';
import { blankConditionBody } from './working-text.js';

/** The stance of a clause (one scan over all cue families) and the commitments it names. */

export interface StanceFinding {
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
export function findStance(work: string, clause: Clause, headline: boolean): { finding: StanceFinding | null; work: string } {
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

export function findCommitments(work: string, start: number, end: number): Commitment[] {
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
export function narrowCommitments(found: Commitment[]): Commitment[] {
  let result = found;
  if (result.includes('backstop')) result = result.filter((c) => c !== 'ground_troops' && c !== 'coalition');
  if (result.some((c) => c !== 'coalition')) result = result.filter((c) => c !== 'coalition');
  return result;
}

