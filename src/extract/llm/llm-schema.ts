import { z } from 'zod';
import { COMMITMENTS, SPEAKERS, STANCES } from '../../model/taxonomy.js';

/** What the model must answer: JSON validated before any claim is used. */
export const llmClaimSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code or EU'),
  commitment: z.enum(COMMITMENTS),
  stance: z.enum(STANCES),
  evidence: z.string().min(1).max(2000),
  speaker: z.enum(SPEAKERS),
  confidence: z.number().min(0).max(1).optional(),
});

export const llmAnswerSchema = z.union([z.object({ claims: z.array(llmClaimSchema) }), z.array(llmClaimSchema).transform((claims) => ({ claims }))]);

export const SYSTEM_PROMPT = `You extract what countries say they will or will not contribute to post-war security guarantees for Ukraine.
Answer with JSON only: {"claims": [{"country", "commitment", "stance", "evidence", "speaker", "confidence"}]}.
- country: ISO 3166-1 alpha-2 code (GB for the UK), or EU for the European Union. Leaders, capitals and institutions stand for their country (Meloni -> IT, the Kremlin -> RU).
- commitment: one of ${COMMITMENTS.join(', ')}.
- stance: one of ${STANCES.join(', ')}. "will" = committed; ready/prepared/open/would = willing; only if/provided/subject to = conditional; yet to decide/so far refrained = undecided; will not/no plans/ruled out/reluctant/never = declined; rejects/condemns the measure = opposed.
- evidence: the sentence of the article, copied verbatim.
- speaker: "self" when the country's own leader, official or government says it, otherwise "third_party".
- confidence: 0..1; below 0.5 for accusations by an adversary, dissenters, claims the article doubts.
Rules: a list names each member; unnamed groups ("26 countries", "some allies") give no claim; a contrast ("no troops but de-mining") gives two claims; analysts' views, questions, other topics (Gaza, Greenland, NATO exercises) and links to other stories give no claim. Give each (country, commitment, stance) once. If there is nothing, answer {"claims": []}.`;
