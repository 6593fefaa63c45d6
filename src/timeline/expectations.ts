import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ErrorCode, PledgewatchError } from '../errors/index.js';
import { COMMITMENTS, STANCES } from '../model/taxonomy.js';

const country = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code, or EU');
const commitment = z.enum(COMMITMENTS);
const stance = z.enum([...STANCES, 'disputed']);

/**
 * What a story's true timeline says channels should hear (docs/timeline.md):
 * - mustChange: each (slot, to) is alerted exactly once;
 * - mustStayQuiet: slots whose position never changes (an alert may only announce `stance` as a first position);
 * - atMostOneChange: slots where one change is defensible (the truth is unclear), never two;
 * - silentDistractors: article ids (file names without .txt) of other stories: no alert at all.
 * `order` (optional) is the published order the timeline was written in.
 */
export const expectationsSchema = z.object({
  story: z.string(),
  order: z.array(z.string()).optional(),
  mustChange: z.array(z.object({ country, commitment, to: stance, article: z.string().optional(), why: z.string().optional() })),
  mustStayQuiet: z.array(z.object({ country, commitment, stance: stance.optional(), why: z.string().optional() })).default([]),
  atMostOneChange: z.array(z.object({ country, commitment, why: z.string().optional() })).default([]),
  silentDistractors: z.array(z.string()).default([]),
});

export type Expectations = z.infer<typeof expectationsSchema>;

export function slotOf(entry: { country: string; commitment: string }): string {
  return `${entry.country}:${entry.commitment}`;
}

export async function readExpectations(path: string): Promise<Expectations> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new PledgewatchError(ErrorCode.ArticleFile, `cannot read expectations ${path}: ${(error as Error).message}`);
  }
  const parsed = expectationsSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new PledgewatchError(ErrorCode.ArticleFile, `expectations ${path} are not valid: ${problems}`);
  }
  return parsed.data;
}
