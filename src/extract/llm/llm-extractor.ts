import { describeError } from '../../errors/index.js';
import type { Logger } from '../../log/logger.js';
import type { Article } from '../../model/article.js';
import type { Claim } from '../../model/claim.js';
import type { ClaimExtractor } from '../extractor.js';
import { extractClaims } from '../rules/rule-extractor.js';
import { cleanLines } from '../text/clean.js';
import { llmAnswerSchema, SYSTEM_PROMPT } from './llm-schema.js';

export interface LlmOptions {
  /** OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1 (Ollama) or http://127.0.0.1:8000/v1 (vLLM). */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  /** Longer article text is cut here: models have a context limit, and cost grows with length. */
  maxChars?: number;
}

const DEFAULT_MAX_CHARS = 12_000;

/** Why the model's answer could not be used; logged, then the rules answer instead. */
class LlmFailure extends Error {}

function articleText(article: Article, maxChars: number): string {
  const body = cleanLines(typeof article.body === 'string' ? article.body : '').join('\n');
  return `Title: ${article.title}\nOutlet: ${article.outlet}\nPublished: ${article.published}\n\n${body}`.slice(0, maxChars);
}

function stripFences(content: string): string {
  return content
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

async function askModel(options: LlmOptions, text: string): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  let response: Response;
  try {
    response = await fetch(`${options.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      headers,
      signal: AbortSignal.timeout(options.timeoutMs),
      body: JSON.stringify({
        model: options.model,
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: text },
        ],
      }),
    });
  } catch (error) {
    throw new LlmFailure(`request failed: ${describeError(error)}`);
  }
  if (!response.ok) throw new LlmFailure(`endpoint answered HTTP ${response.status}`);
  const payload = (await response.json().catch(() => null)) as { choices?: Array<{ message?: { content?: unknown } }> } | null;
  const content = payload?.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new LlmFailure('answer has no choices[0].message.content');
  try {
    return JSON.parse(stripFences(content));
  } catch {
    throw new LlmFailure('answer is not JSON');
  }
}

/** Validates the answer and keeps only claims whose evidence really is in the article (no invented quotes). */
function toClaims(answer: unknown, article: Article, logger: Logger): Claim[] {
  const parsed = llmAnswerSchema.safeParse(answer);
  if (!parsed.success) throw new LlmFailure(`answer does not match the claim schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const haystack = normalise(`${article.title}\n${article.body}`);
  const claims: Claim[] = [];
  const seen = new Set<string>();
  for (const claim of parsed.data.claims) {
    if (!haystack.includes(normalise(claim.evidence))) {
      logger.debug({ country: claim.country, evidence: claim.evidence.slice(0, 120) }, 'dropped a model claim whose evidence is not in the article');
      continue;
    }
    const key = `${claim.country}|${claim.commitment}|${claim.stance}`;
    if (seen.has(key)) continue;
    seen.add(key);
    claims.push({ ...claim, confidence: claim.confidence ?? 0.7 });
  }
  return claims;
}

/**
 * EXTRACTOR=llm: asks an OpenAI-compatible endpoint (Ollama, vLLM, a hosted API) for claims as
 * JSON. Any failure (network, timeout, HTTP error, invalid answer) is logged with its reason and
 * the rule extractor answers instead, so a flaky model never loses an article.
 */
export function createLlmExtractor(options: LlmOptions, logger: Logger): ClaimExtractor {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  return {
    name: 'llm',
    async extract(article) {
      try {
        return toClaims(await askModel(options, articleText(article, maxChars)), article, logger);
      } catch (error) {
        if (!(error instanceof LlmFailure)) throw error;
        logger.warn({ articleId: article.id, reason: error.message, model: options.model }, 'model extraction failed; falling back to the rule extractor');
        return extractClaims(article);
      }
    },
  };
}
