import type { Commitment, Speaker, Stance } from './taxonomy.js';

/** One statement in one article about one country's position on one commitment. */
export interface Claim {
  /** ISO 3166-1 alpha-2 code, or 'EU'. */
  country: string;
  commitment: Commitment;
  stance: Stance;
  /** The sentence, verbatim, that states it. */
  evidence: string;
  speaker: Speaker;
  /** 0..1, how sure the extractor is. */
  confidence: number;
  /** When the article dates the statement before its own day ("In April, Tusk said ..."): YYYY-MM or YYYY-MM-DD. */
  said?: string;
}
