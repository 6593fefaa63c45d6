import { createHash } from 'node:crypto';
import type { Evidence, PositionStance } from '../model/alert.js';
import { sourceRefOf, type Article } from '../model/article.js';
import type { Claim } from '../model/claim.js';
import { isCommitment, isStance, SPEAKERS, type Commitment, type Speaker } from '../model/taxonomy.js';

/** The evidence kept for a claim: the quote plus where it came from. */
export function evidenceFrom(article: Article, claim: Claim): Evidence {
  return {
    ...sourceRefOf(article),
    quote: claim.evidence,
    speaker: claim.speaker,
    stance: claim.stance,
    confidence: claim.confidence,
  };
}

/**
 * The day a claim counts as, YYYY-MM-DD in UTC. An unknown or unreadable publication date
 * counts as the day it is applied (the best we know: it was news when we saw it). A date
 * in the future counts as today, so one feed with a wrong clock cannot pin a position forever.
 */
export function effectiveDay(published: string, now: Date): string {
  const today = now.toISOString().slice(0, 10);
  const day = /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : parsedDay(published);
  if (!day || Number.isNaN(Date.parse(day))) return today;
  return day > today ? today : day;
}

function parsedDay(published: string): string | null {
  if (!published || published === 'unknown') return null;
  const time = Date.parse(published);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/** Deterministic alert id: a retried article job produces the same ids, so nothing is posted twice. */
export function alertIdFor(country: string, commitment: Commitment, to: PositionStance, articleId: string): string {
  return createHash('sha256').update([country, commitment, to, articleId].join('\n')).digest('hex').slice(0, 24);
}

/** The hash field of one (country, commitment) slot. */
export function slotField(country: string, commitment: Commitment): string {
  return `${country}:${commitment}`;
}

/** Why a claim cannot be applied, or null when it can. Claims arrive as JSON from queues: trust nothing. */
export function claimProblem(claim: unknown): string | null {
  if (typeof claim !== 'object' || claim === null) return 'not a claim object';
  const c = claim as Partial<Record<keyof Claim, unknown>>;
  if (typeof c.country !== 'string' || !/^[A-Z]{2}$/.test(c.country)) return `country ${JSON.stringify(c.country)} is not an ISO 3166-1 alpha-2 code`;
  if (typeof c.commitment !== 'string' || !isCommitment(c.commitment)) return `unknown commitment ${JSON.stringify(c.commitment)}`;
  if (typeof c.stance !== 'string' || !isStance(c.stance)) return `unknown stance ${JSON.stringify(c.stance)}`;
  if (typeof c.speaker !== 'string' || !(SPEAKERS as readonly string[]).includes(c.speaker as Speaker)) return `unknown speaker ${JSON.stringify(c.speaker)}`;
  if (typeof c.confidence !== 'number' || !(c.confidence >= 0 && c.confidence <= 1))
    return `confidence ${JSON.stringify(c.confidence)} is not a number from 0 to 1`;
  if (typeof c.evidence !== 'string') return 'evidence is not a string';
  return null;
}
