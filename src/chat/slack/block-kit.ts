import type { types } from '@slack/bolt';
import { SLACK_LIMITS, escapeAndTruncate, truncateEscaped } from './escape.js';

export type Block = types.KnownBlock;

/** A message ready for chat.postMessage / respond(): blocks plus the plain-text fallback. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Header from untrusted text (escaped, cut to 150). */
export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: escapeAndTruncate(text, SLACK_LIMITS.headerText), emoji: true } };
}

/**
 * Section from mrkdwn that is already escaped. verbatim stops Slack from turning bare
 * URLs, #channel names or @mentions in quoted text into live links.
 */
export function section(mrkdwn: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: truncateEscaped(mrkdwn, SLACK_LIMITS.sectionText), verbatim: true } };
}

export function context(mrkdwn: string): Block {
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: truncateEscaped(mrkdwn, SLACK_LIMITS.contextText), verbatim: true }],
  };
}

export function divider(): Block {
  return { type: 'divider' };
}

/**
 * Keeps a message within 50 blocks: the last kept block says how many were left out,
 * and the context line (if last) stays last.
 */
export function capBlocks(blocks: Block[], max: number = SLACK_LIMITS.blocks): Block[] {
  if (blocks.length <= max) return blocks;
  const last = blocks[blocks.length - 1];
  const keepContext = last?.type === 'context';
  const room = max - 1 - (keepContext ? 1 : 0);
  const omitted = blocks.length - room - (keepContext ? 1 : 0);
  const capped = [...blocks.slice(0, room), section(`_…and ${omitted} more not shown._`)];
  return keepContext && last ? [...capped, last] : capped;
}

/** The notification / fallback text, cut to Slack's limit. */
export function fallbackText(escaped: string): string {
  return truncateEscaped(escaped, SLACK_LIMITS.fallbackText);
}

/** Turns plain multi-line escaped text into a mrkdwn block quote. */
export function blockQuote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `>${line}`)
    .join('\n');
}
