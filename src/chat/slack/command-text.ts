/**
 * Parses the text after "/pledge" into one subcommand. Pure: no Slack, no core.
 * Slack sends &, < and > as entities and may wrap links as <https://...|label>,
 * so the text is unescaped first.
 */
export type SlackCommand =
  | { name: 'help' }
  | { name: 'status'; country: string }
  | { name: 'history'; country: string; commitment?: string }
  | { name: 'subscribe'; filters: string }
  | { name: 'unsubscribe' }
  | { name: 'subscriptions' }
  | { name: 'feeds-list' }
  | { name: 'feeds-add'; url: string }
  | { name: 'feeds-remove'; idOrUrl: string }
  | { name: 'explain'; url: string }
  | { name: 'invalid'; message: string };

/** The slash command the app registers (also in slack/manifest.yml). */
export const SLASH_COMMAND = '/pledge';

const MAX_TEXT = 2000;

export function parseCommandText(raw: string): SlackCommand {
  const text = unwrapSlackText(raw).trim().slice(0, MAX_TEXT);
  const [word = '', ...restWords] = text.split(/\s+/);
  const rest = restWords.join(' ').trim();
  switch (word.toLowerCase()) {
    case '':
    case 'help':
      return { name: 'help' };
    case 'status':
      return { name: 'status', country: rest };
    case 'history':
      return parseHistory(rest);
    case 'subscribe':
      return { name: 'subscribe', filters: rest };
    case 'unsubscribe':
      return { name: 'unsubscribe' };
    case 'subscriptions':
      return { name: 'subscriptions' };
    case 'feeds':
    case 'feed':
      return parseFeeds(rest);
    case 'explain':
    case 'why':
      return rest ? { name: 'explain', url: rest } : invalid('Give the article URL: `/pledge explain https://example.org/news/…`');
    default:
      return invalid(`Unknown subcommand "${word.slice(0, 40)}". Try \`/pledge help\`.`);
  }
}

/** "history Italy" or "history United Kingdom on ground troops". */
function parseHistory(rest: string): SlackCommand {
  if (!rest) return invalid('Name a country: `/pledge history Italy` (optionally `on ground troops`).');
  const match = /^(.+?)\s+on\s+(.+)$/i.exec(rest);
  return match?.[1] && match[2] ? { name: 'history', country: match[1], commitment: match[2] } : { name: 'history', country: rest };
}

function parseFeeds(rest: string): SlackCommand {
  const [action = 'list', ...args] = rest.split(/\s+/).filter(Boolean);
  const argument = args.join(' ');
  switch (action.toLowerCase()) {
    case 'list':
      return { name: 'feeds-list' };
    case 'add':
      return argument ? { name: 'feeds-add', url: argument } : invalid('Give the feed URL: `/pledge feeds add https://example.org/world/rss`');
    case 'remove':
    case 'rm':
    case 'delete':
      return argument ? { name: 'feeds-remove', idOrUrl: argument } : invalid('Give the feed id or URL: `/pledge feeds remove <id>`');
    default:
      return invalid(`Unknown feeds action "${action.slice(0, 40)}": use list, add <url> or remove <id>.`);
  }
}

function invalid(message: string): SlackCommand {
  return { name: 'invalid', message };
}

/** Undoes Slack's escaping: <url|label> and <url> become url; entities become characters. */
export function unwrapSlackText(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
