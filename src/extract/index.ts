import type { Config } from '../config/config.js';
import { ErrorCode, PledgewatchError } from '../errors/index.js';
import type { Logger } from '../log/logger.js';
import type { ClaimExtractor } from './extractor.js';
import { createLlmExtractor } from './llm/llm-extractor.js';
import { extractClaims } from './rules/rule-extractor.js';

export { extractClaims } from './rules/rule-extractor.js';
export { createLlmExtractor, type LlmOptions } from './llm/llm-extractor.js';
export type { ClaimExtractor } from './extractor.js';
export { MIN_CONFIDENCE } from './min-confidence.js';

export function createRuleExtractor(): ClaimExtractor {
  return { name: 'rules', extract: async (article) => extractClaims(article) };
}

/** The configured extractor: rules, or a model endpoint that falls back to the rules on any failure. */
export function createExtractor(config: Config, logger: Logger): ClaimExtractor {
  if (config.EXTRACTOR !== 'llm') return createRuleExtractor();
  if (!config.LLM_BASE_URL) {
    throw new PledgewatchError(
      ErrorCode.Config,
      'EXTRACTOR=llm needs LLM_BASE_URL, an OpenAI-compatible endpoint such as http://127.0.0.1:11434/v1 (Ollama); or set EXTRACTOR=rules',
    );
  }
  return createLlmExtractor(
    { baseUrl: config.LLM_BASE_URL, model: config.LLM_MODEL, timeoutMs: config.LLM_TIMEOUT_MS, ...(config.LLM_API_KEY ? { apiKey: config.LLM_API_KEY } : {}) },
    logger,
  );
}
