/** Every error pledgewatch raises on purpose carries a code and a message a user can act on. */
export const ErrorCode = {
  Config: 'CONFIG_INVALID',
  RedisUnavailable: 'REDIS_UNAVAILABLE',
  FetchBlocked: 'FETCH_BLOCKED',
  FetchFailed: 'FETCH_FAILED',
  FetchTooLarge: 'FETCH_TOO_LARGE',
  FetchTimeout: 'FETCH_TIMEOUT',
  FeedParse: 'FEED_PARSE',
  ArticleFile: 'ARTICLE_FILE',
  Extractor: 'EXTRACTOR',
  CommandInput: 'COMMAND_INPUT',
  NotFound: 'NOT_FOUND',
  ChatDelivery: 'CHAT_DELIVERY',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class PledgewatchError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PledgewatchError';
    this.code = code;
  }
}

export function isPledgewatchError(error: unknown, code?: ErrorCode): error is PledgewatchError {
  return error instanceof PledgewatchError && (code === undefined || error.code === code);
}

/** A readable one-line description of any thrown value. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * What is wrong with one line of a data file, in one line: a schema's first issue as "field: message"
 * (a schema error's own message is its whole issue list as JSON), else the error's first line.
 */
export function lineProblem(error: unknown): string {
  const issues = (error as { issues?: Array<{ path: PropertyKey[]; message: string }> } | null)?.issues;
  const first = Array.isArray(issues) ? issues[0] : undefined;
  if (first) return first.path.length > 0 ? `${first.path.map(String).join('.')}: ${first.message}` : first.message;
  return describeError(error).split('\n')[0]!;
}

/** The first `shown` names of a list for a message, and how many more there are: "a, b and 3 more". */
export function namedBriefly(names: readonly string[], shown = 10): string {
  return names.slice(0, shown).join(', ') + (names.length > shown ? ` and ${names.length - shown} more` : '');
}

export { hideUrlPasswords, quoteInput, MAX_QUOTED_CHARS } from './redact.js';
