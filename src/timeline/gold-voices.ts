import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { ErrorCode, PledgewatchError } from '../errors/index.js';
import { parseJsonLines } from '../extract/eval/json-lines.js';
import { COMMITMENTS, SPEAKERS, STANCES, type Commitment, type Speaker, type Stance } from '../model/taxonomy.js';

/**
 * Who voiced each gold claim of the real-news story, and when, read from its page: the two facts
 * the gold itself leaves out and the confirmation policy rests on (the country's own voice
 * confirms; a statement the article dates earlier counts as of that time), and for a pledge whether
 * it rests on a formal act. One line per article, as gold.jsonl:
 * {"article", "claims": [{country, commitment, stance, speaker, said, formal?}]}.
 */
export interface GoldVoice {
  speaker: Speaker;
  /** The statement's own date when the article places it before its day (YYYY-MM or YYYY-MM-DD); null for the day's news. */
  said: string | null;
  /** A pledge only: it rests on a formal act (a text signed or adopted, sanctions imposed), not on words of intent. */
  formal?: boolean;
}

/** Article file ("a001") to its claims' voices, by `voiceKey`. */
export type GoldVoices = ReadonlyMap<string, ReadonlyMap<string, GoldVoice>>;

const voiceLineSchema = z.object({
  article: z.string().min(1),
  claims: z.array(
    z.object({
      country: z.string().regex(/^[A-Z]{2}$/, 'an ISO alpha-2 code or EU'),
      commitment: z.enum(COMMITMENTS),
      stance: z.enum(STANCES),
      speaker: z.enum(SPEAKERS),
      said: z
        .string()
        .regex(/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/, 'a date YYYY-MM or YYYY-MM-DD')
        .nullable(),
      formal: z.boolean().optional(),
    }),
  ),
});

/** One claim per country, commitment and stance in an article (SCHEMA.md): that triple names it. */
export function voiceKey(claim: { country: string; commitment: Commitment; stance: Stance }): string {
  return `${claim.country} ${claim.commitment} ${claim.stance}`;
}

/** Reads a voices file, naming the line of any bad or repeated entry. */
export async function readGoldVoices(path: string): Promise<Map<string, Map<string, GoldVoice>>> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new PledgewatchError(ErrorCode.CommandInput, `cannot read the gold's voices ${path}: ${(error as Error).message}`, { cause: error });
  });
  const voices = new Map<string, Map<string, GoldVoice>>();
  for (const { value, where } of parseJsonLines(text, basename(path), voiceLineSchema)) {
    const file = value.article.replace(/\.txt$/, '');
    if (voices.has(file)) throw new PledgewatchError(ErrorCode.CommandInput, `${where}: ${file} is listed twice`);
    const byClaim = new Map<string, GoldVoice>();
    for (const claim of value.claims) {
      if (byClaim.has(voiceKey(claim))) throw new PledgewatchError(ErrorCode.CommandInput, `${where}: ${voiceKey(claim)} is listed twice`);
      byClaim.set(voiceKey(claim), { speaker: claim.speaker, said: claim.said, ...(claim.formal === undefined ? {} : { formal: claim.formal }) });
    }
    voices.set(file, byClaim);
  }
  return voices;
}
