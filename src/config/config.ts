import { z } from 'zod';
import { ErrorCode, PledgewatchError, quoteInput } from '../errors/index.js';
import type { ConfirmationPolicy } from '../state/confirmation.js';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no', '']).transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));
/** "host:port" entries, comma- or space-separated; IPv6 hosts in brackets ("[::1]:26379"). */
const hostPorts = z
  .string()
  .default('')
  .transform((v) => v.split(/[,\s]+/).filter(Boolean))
  .pipe(z.array(z.string().regex(/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):\d{1,5}$/, 'each entry is host:port, e.g. 10.0.0.5:26379')));
const list = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(/[,\s]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  );

/**
 * Every setting, its default and its meaning. `.env.example` documents the same list;
 * `test/config/config.test.ts` checks the two stay in step.
 */
export const configSchema = z.object({
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  /** Sentinel shape: the sentinels to ask where the primary is; REDIS_URL then only gives credentials and TLS. */
  REDIS_SENTINELS: hostPorts,
  REDIS_SENTINEL_MASTER: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, "_", "." and "-" only')
    .default('mymaster'),
  REDIS_SENTINEL_PASSWORD: optionalText,
  /** Cluster shape: some of the cluster's nodes (the rest are discovered); REDIS_URL then only gives credentials and TLS. */
  REDIS_CLUSTER_NODES: hostPorts,
  PLEDGEWATCH_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, "_", "." and "-" only')
    .default('pw'),
  EMBEDDED_REDIS: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HTTP_HOST: z.string().default('127.0.0.1'),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HTTP_ALLOWED_HOSTS: list,
  WEB_ADMIN_TOKEN: optionalText,
  FEEDS: list,
  DEMO_FEED: z.enum(['auto', 'on', 'off']).default('auto'),
  POLL_INTERVAL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
  ALLOW_PRIVATE_FEEDS: bool.default(false),
  FEED_ALLOWLIST: list,
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(10_000),
  FETCH_MAX_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(5_000_000),
  USER_AGENT: z.string().default('pledgewatch/0.1 (+https://github.com/pledgewatch/pledgewatch)'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  EXTRACTOR: z.enum(['rules', 'llm']).default('rules'),
  LLM_BASE_URL: optionalText,
  LLM_MODEL: z.string().default('llama3.1'),
  LLM_API_KEY: optionalText,
  LLM_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(60_000),
  ALERT_BUDGET_PER_HOUR: z.coerce.number().int().min(1).max(10_000).default(30),
  ADMIN_CHANNELS: list.pipe(z.array(z.string().regex(/^(discord|slack):[A-Za-z0-9_-]+$/, 'each entry is discord:<channel id> or slack:<channel id>'))),
  CONFIRMATION: z.enum(['on', 'off']).default('on'),
  CONFIRM_OWN_VOICE_CONFIDENCE: z.coerce.number().min(0.5).max(1).default(0.6),
  CONFIRM_OWN_VOICE_REPORTS: z.coerce.number().int().min(1).max(10).default(2),
  CONFIRM_OUTLETS: z.coerce.number().int().min(2).max(10).default(2),
  CONFIRM_PLEDGE_OWN_VOICE: bool.default(true),
  CONFIRM_PLEDGE_CONFIDENCE: z.coerce.number().min(0.5).max(1).default(0.9),
  CONFIRM_OWN_VOICE_HOLDS: bool.default(true),
  CONFIRM_WINDOW_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(720),
  CORRECTION_WINDOW_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 90)
    .default(168),
  HOLD_DISPUTED: bool.default(false),
  HOLD_CONFIDENCE_BELOW: z.coerce.number().min(0).max(1).default(0),
  ADMIN_NOTICES_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(10),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  DISCORD_PUBLIC_KEY: optionalText,
  DISCORD_GUILD_ID: optionalText,
  DISCORD_ADMIN_ROLE: optionalText,
  DISCORD_API_URL: z.url().default('https://discord.com/api'),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: z.url().default('https://slack.com/api/'),
  SLACK_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SLACK_ADMIN_USERS: list,
});

export type Config = z.infer<typeof configSchema>;

/** The deployment's confirmation policy (src/state/confirmation.ts), from CONFIRMATION and CONFIRM_*. */
export function confirmationPolicy(config: Config): ConfirmationPolicy {
  return {
    enabled: config.CONFIRMATION === 'on',
    ownVoiceConfidence: config.CONFIRM_OWN_VOICE_CONFIDENCE,
    ownVoiceReports: config.CONFIRM_OWN_VOICE_REPORTS,
    outlets: config.CONFIRM_OUTLETS,
    pledgeNeedsOwnVoice: config.CONFIRM_PLEDGE_OWN_VOICE,
    pledgeConfidence: config.CONFIRM_PLEDGE_CONFIDENCE,
    windowHours: config.CONFIRM_WINDOW_HOURS,
    correctionWindowHours: config.CORRECTION_WINDOW_HOURS,
    ownVoiceHolds: config.CONFIRM_OWN_VOICE_HOLDS,
  };
}

/**
 * Reads and validates the configuration. Throws one PledgewatchError whose message
 * lists every bad variable with what is wrong, so the operator fixes them in one go.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const input: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const parsed = configSchema.safeParse(input);
  const problems = parsed.success
    ? crossChecks(parsed.data)
    : parsed.error.issues.map((issue) => {
        // The variable, not the list entry inside it: the operator edits the variable.
        const key = String(issue.path[0] ?? '');
        return `${key}=${JSON.stringify(quoteInput(input[key] ?? ''))}: ${issue.message}`;
      });
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new PledgewatchError(ErrorCode.Config, `invalid configuration: ${problems.join('; ')} (see .env.example)`);
}

/** Rules that span several variables. */
function crossChecks(config: Config): string[] {
  const problems: string[] = [];
  if (config.REDIS_SENTINELS.length > 0 && config.REDIS_CLUSTER_NODES.length > 0) {
    problems.push('REDIS_SENTINELS and REDIS_CLUSTER_NODES are both set: a deployment talks to Sentinel or to a Cluster, not both; keep one');
  }
  return problems;
}
