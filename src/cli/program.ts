import { Command } from 'commander';
import { ErrorCode, PledgewatchError, quoteInput } from '../errors/index.js';
import { MIN_CONFIDENCE } from '../extract/min-confidence.js';
import type { Roles } from './app.js';
import type { CommandContext } from './command-context.js';
import type { EvalOptions } from './commands/extract.js';
import type { RealnewsOptions } from './commands/realnews.js';
import type { CliIo } from './io.js';

/**
 * Every command, its arguments and its help, known without loading any of its code:
 * each action imports what it needs when it runs. `--help` thus loads commander and
 * nothing else, and `status` never loads the chat clients, the extractor or the fetcher.
 */
export function buildProgram(io: CliIo, getContext: () => Promise<CommandContext>): Command {
  // Set before any subcommand is added: subcommands copy these settings when created.
  const program = new Command('pledgewatch')
    .description('Tracks what each country says it will contribute, and alerts channels when a position changes.')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError()
    .exitOverride();
  addRoleCommands(program, getContext);
  addReadCommands(program, getContext);
  addAlertCommands(program, getContext);
  addQueueCommands(program, getContext);
  addFeedCommands(program, getContext);
  addExtractCommands(program, getContext);
  return program;
}

type GetContext = () => Promise<CommandContext>;

const ROLE_COMMANDS: Array<{ name: string; description: string; roles: Roles }> = [
  {
    name: 'start',
    description: 'run everything in one process: poller, worker, alerts, chat bots and the web page (the built-in demo feed when no feed is configured)',
    roles: { poller: true, worker: true, bot: true, web: true },
  },
  { name: 'poller', description: 'poll the feeds and queue new articles (run one or more)', roles: { poller: true, worker: false, bot: false, web: false } },
  {
    name: 'worker',
    description: 'process queued articles: full text, claims, state, alerts (scale out freely)',
    roles: { poller: false, worker: true, bot: false, web: false },
  },
  {
    name: 'bot',
    description: 'post alerts and answer chat commands on Discord and Slack, and serve the web page',
    roles: { poller: false, worker: false, bot: true, web: true },
  },
];

function addRoleCommands(program: Command, getContext: GetContext): void {
  for (const { name, description, roles } of ROLE_COMMANDS) {
    program
      .command(name)
      .description(description)
      .action(async () => {
        const { runUntilSignal } = await import('./commands/run.js');
        await runUntilSignal(await getContext(), roles);
      });
  }
  program
    .command('replay')
    .description('put a folder of article files through the real queue and worker in published order and print each alert')
    .argument('<dir>', 'folder of article files (eval/SCHEMA.md format)')
    .option('--json', 'one JSON object per alert on standard output')
    .option('--backfill', 'record positions without alerting')
    .action(async (dir: string, options: { json?: boolean; backfill?: boolean }) => {
      const { replay } = await import('./replay.js');
      await replay(await getContext(), dir, { json: Boolean(options.json), backfill: Boolean(options.backfill) });
    });
}

/** `status [country]`, `history <country> [commitment]` (the same answers as /status and /history) and `explain <url>`. */
function addReadCommands(program: Command, getContext: GetContext): void {
  program
    .command('status')
    .description('current positions: every country, or one (name, code, demonym or leader), with latest evidence')
    .argument('[country]', 'e.g. Italy, IT, Italian, Meloni')
    .option('--json', 'print JSON only')
    .action(async (country: string | undefined, options: { json?: boolean }) => {
      const { status } = await import('./commands/status.js');
      await status(await getContext(), country, options);
    });

  program
    .command('history')
    .description("a country's timeline, newest first: every claim and every change, with sources")
    .argument('<country>', 'e.g. Germany, DE, German, Merz')
    .argument('[commitment]', 'only this commitment, e.g. ground_troops')
    .option('--limit <n>', 'at most this many entries', parseLimit, 50)
    .option('--json', 'print JSON only')
    .action(async (country: string, commitment: string | undefined, options: { json?: boolean; limit: number }) => {
      const { history } = await import('./commands/status.js');
      await history(await getContext(), country, commitment, options);
    });

  program
    .command('explain')
    .description('why an article did or did not alert: was it queued, fetched, which claims, which rule kept each one quiet')
    .argument('<url>', 'article URL (or article id)')
    .option('--json', 'print JSON only')
    .action(async (url: string, options: { json?: boolean }) => {
      const { explain } = await import('./commands/explain.js');
      await explain(await getContext(), url, options);
    });
}

function addAlertCommands(program: Command, getContext: GetContext): void {
  const alerts = program.command('alerts').description('alerts held for confirmation before broadcast (HOLD_DISPUTED, HOLD_CONFIDENCE_BELOW)');

  alerts
    .command('pending')
    .description('list the alerts waiting for confirmation')
    .option('--json', 'print JSON only')
    .action(async (options: { json?: boolean }) => {
      const { pending } = await import('./commands/alerts.js');
      await pending(await getContext(), options);
    });

  alerts
    .command('confirm')
    .description('release a held alert to the subscribed channels')
    .argument('<id>', 'alert id, from `alerts pending`')
    .action(async (id: string) => {
      const { confirm } = await import('./commands/alerts.js');
      await confirm(await getContext(), id);
    });

  alerts
    .command('discard')
    .description('drop a held alert without posting it')
    .argument('<id>', 'alert id, from `alerts pending`')
    .action(async (id: string) => {
      const { discard } = await import('./commands/alerts.js');
      await discard(await getContext(), id);
    });
}

function addQueueCommands(program: Command, getContext: GetContext): void {
  const queues = program.command('queues').description('what is waiting, running and failed in each queue; retry what failed');

  queues
    .command('status', { isDefault: true })
    .description('job counts per queue')
    .option('--json', 'print JSON only')
    .action(async (options: { json?: boolean }) => {
      const { queueStatus } = await import('./commands/queues.js');
      await queueStatus(await getContext(), options);
    });

  queues
    .command('retry')
    .description('put every failed job back in line (articles that exhausted their retries, deliveries to a platform that was down for a day)')
    .argument('[queue]', 'only this queue (articles, alerts, deliver-discord, deliver-slack)')
    .action(async (only: string | undefined) => {
      const { retryFailed } = await import('./commands/queues.js');
      await retryFailed(await getContext(), only);
    });
}

function addFeedCommands(program: Command, getContext: GetContext): void {
  const feeds = program.command('feeds').description('manage the news feeds that are polled');

  feeds
    .command('add')
    .description('add a feed (RSS or Atom); its first poll records without alerting')
    .argument('<url>', 'feed URL, http:// or https://')
    .option('--interval <seconds>', 'poll interval in seconds (default POLL_INTERVAL_SECONDS)', parseSeconds)
    .action(async (url: string, options: { interval?: number }) => {
      const { addFeed } = await import('./commands/feeds.js');
      await addFeed(await getContext(), url, options);
    });

  feeds
    .command('list')
    .description('every feed with its health: last success, last error, items seen, next poll, failing')
    .option('--json', 'print JSON only')
    .action(async (options: { json?: boolean }) => {
      const { listFeeds } = await import('./commands/feeds.js');
      await listFeeds(await getContext(), options);
    });

  feeds
    .command('remove')
    .description('stop polling a feed (articles already queued stay queued)')
    .argument('<url-or-id>', 'the feed URL or the id shown by `feeds list`')
    .action(async (idOrUrl: string) => {
      const { removeFeed } = await import('./commands/feeds.js');
      await removeFeed(await getContext(), idOrUrl);
    });

  feeds
    .command('check')
    .description('fetch and parse a feed once and explain what was found, or exactly why it failed')
    .argument('<url>', 'feed URL')
    .option('--json', 'print JSON only')
    .action(async (url: string, options: { json?: boolean }) => {
      const { checkFeedCommand } = await import('./commands/feed-check.js');
      await checkFeedCommand(await getContext(), url, options);
    });
}

/** `extract <file>` (one article's claims as one JSON array) and `eval --gold <dir>` (P/R/F1 per SCHEMA.md). */
function addExtractCommands(program: Command, getContext: GetContext): void {
  program
    .command('extract')
    .description('print the claims of one article file as one JSON array (claims the pipeline acts on; --all adds low-confidence ones)')
    .argument('<file>', 'article file: url/outlet/published/title header lines, a blank line, then the body')
    .option('--all', `also print claims below confidence ${MIN_CONFIDENCE} (optional kinds: accusations, dissenters, doubted claims)`)
    .action(async (file: string, options: { all?: boolean }) => {
      const { extract } = await import('./commands/extract.js');
      await extract(await getContext(), file, options);
    });

  program
    .command('eval')
    .description(
      'score the extractor (or a claims file) on a gold set: strict, lenient and slot micro P/R/F1, per commitment, confidence against precision; the last line is JSON',
    )
    .requiredOption('--gold <path>', 'folder with gold.jsonl (and articles/*.txt unless --texts), or a gold .jsonl file')
    .option('--texts <dir>', 'folder with the article files <id>.txt, when they live outside the set (real news kept out of the repository)')
    .option('--batch <names>', 'only these batches of the manifest, comma-separated (B1,B2)')
    .option('--available', 'score only the articles whose texts are in --texts (a copy only partly rebuilt); the summary counts the rest')
    .option('--manifest <file>', 'manifest with the batches (default: manifest.jsonl beside the gold)')
    .option('--predicted <file>', 'score this claims file (gold format, one article per line) instead of running the extractor')
    .option('--errors', 'list every false positive and false negative with its sentence')
    .option('--json', 'print only the JSON summary line')
    .action(async (options: EvalOptions) => {
      const { evaluate } = await import('./commands/extract.js');
      await evaluate(await getContext(), options);
    });

  /** `realnews build|verify`: the local copy of the real-news set, outside the repository, checked against the manifest. */
  const realnews = program
    .command('realnews')
    .description('the real-news set: verify the local copy against the manifest, import texts handed over, build article files');
  const withRealnewsOptions = (command: Command): Command =>
    command
      .option('--dir <dir>', 'the local copy: raw/<id>.txt in, articles/<id>.txt out', '../pledgewatch-realnews')
      .option('--manifest <file>', 'the manifest with sha256 and length per article', 'data/realnews/manifest.jsonl')
      .option('--batch <names>', 'only these batches, comma-separated (B1,B2)');
  withRealnewsOptions(
    realnews.command('verify').description('check every raw text (and built article file) against the manifest; lists each mismatch or missing file'),
  ).action(async (options: RealnewsOptions) => {
    const { verifyRealnews } = await import('./commands/realnews.js');
    await verifyRealnews(await getContext(), options);
  });
  withRealnewsOptions(
    realnews
      .command('import')
      .argument('<folder>', 'texts handed over another way: raw texts or built article files, any names, in any subfolders')
      .description("copy into <dir>/raw every text of the folder whose sha256 is a manifest entry's, and count the copy per batch"),
  ).action(async (folder: string, options: RealnewsOptions) => {
    const { importRealnews } = await import('./commands/realnews.js');
    await importRealnews(await getContext(), folder, options);
  });
  withRealnewsOptions(
    realnews.command('build').description('write <dir>/articles/<id>.txt (SCHEMA.md article files) from <dir>/raw/<id>.txt after checking each one'),
  ).action(async (options: RealnewsOptions) => {
    const { buildRealnews } = await import('./commands/realnews.js');
    await buildRealnews(await getContext(), options);
  });
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isInteger(seconds)) throw new PledgewatchError(ErrorCode.CommandInput, `--interval must be whole seconds, got "${quoteInput(value)}"`);
  return seconds;
}

function parseLimit(text: string): number {
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw new PledgewatchError(ErrorCode.CommandInput, `--limit must be a whole number from 1 to 10000, not "${quoteInput(text)}"`);
  }
  return limit;
}
