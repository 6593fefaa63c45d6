/**
 * Replays a story through the extractor and the state with confirmation off and on, in
 * published and shuffled order, and checks what reached channels against the story's
 * expectations (docs/timeline.md).
 *
 *   npm run timeline                      the seed story and the synthetic stories in data/stories
 *   npm run timeline -- <dir> <expect>    any story folder with its expectations file
 *   npm run timeline -- --real            the real-news development story, where a local copy exists
 *   npm run timeline -- --gold            the same story on its gold claims (no texts needed): the alert layer alone,
 *                                         read once as the countries' own voice, once as third parties', and once
 *                                         with each claim's speaker and date as read from its page (voices.jsonl),
 *                                         at 0.9 and at the extractor's confidence for that kind of reading;
 *                                         add --with-optional for the claims the annotators allowed but did not require
 *   add --json for one JSON line per story, --seed N for another shuffled order, --details to name the unexpected change
 *   alerts and the missed changes of each run with confirmation on
 *
 * Also `npm run bench timeline`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCommandContext, type CommandContext } from '../src/cli/command-context.js';
import { processIo } from '../src/cli/io.js';
import { confirmationPolicy } from '../src/config/config.js';
import type { RedisContext } from '../src/redis/connection.js';
import { createExtractor } from '../src/extract/index.js';
import { readExpectations } from '../src/timeline/expectations.js';
import { GOLD_READINGS, goldExtractor, readGoldStory } from '../src/timeline/gold-story.js';
import { readGoldVoices } from '../src/timeline/gold-voices.js';
import { readStory } from '../src/timeline/replay-story.js';
import { formatTimeline, runTimeline, type TimelineReport } from '../src/timeline/run-timeline.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Stories that ship with the repository. */
export const OWN_STORIES: Array<{ dir: string; expectations: string }> = [
  { dir: `${ROOT}data/demo/articles`, expectations: `${ROOT}data/demo/expectations.json` },
  { dir: `${ROOT}data/stories/pl-troops/articles`, expectations: `${ROOT}data/stories/pl-troops/expectations.json` },
];

/** The real-news development story: texts stay outside the repository, the expectations inside. */
export const REAL_STORY = {
  dir: process.env.PLEDGEWATCH_REALNEWS_DIR ?? `${ROOT}../pledgewatch-realnews/articles`,
  expectations: `${ROOT}data/realnews/timeline/expectations.json`,
};

/** The real-news story's metadata and gold, which the gold replay reads instead of the texts. */
export const REAL_GOLD = {
  manifest: `${ROOT}data/realnews/manifest.jsonl`,
  gold: `${ROOT}data/realnews/gold.jsonl`,
  voices: `${ROOT}data/realnews/voices.jsonl`,
};

/** The real-news story replayed on its gold claims, once per reading (GOLD_READINGS): as own voice, as third parties', as annotated. */
export async function goldReports(options: { withOptional: boolean; seed?: number }): Promise<Array<{ reading: string; report: TimelineReport }>> {
  return withCommand(async (cli, ctx) => {
    const expectations = await readExpectations(REAL_STORY.expectations);
    const { story, gold, languages } = await readGoldStory(REAL_GOLD.manifest, REAL_GOLD.gold, expectations.order);
    const annotation = { voices: await readGoldVoices(REAL_GOLD.voices), languages };
    const out: Array<{ reading: string; report: TimelineReport }> = [];
    for (const base of Object.values(GOLD_READINGS)) {
      const extractor = goldExtractor(story, gold, { ...base, withOptional: options.withOptional }, annotation);
      const report = await runTimeline(ctx, story, expectations, { extractor, seed: options.seed ?? 14, confirmation: confirmationPolicy(cli.config) });
      out.push({ reading: extractor.name, report });
    }
    return out;
  });
}

export async function timelineReports(stories: Array<{ dir: string; expectations: string }>, seed = 14): Promise<TimelineReport[]> {
  return withCommand(async (cli, ctx) => {
    const extractor = createExtractor(cli.config, cli.logger);
    const reports: TimelineReport[] = [];
    for (const story of stories) {
      // The deployment's own policy (CONFIRM_* variables), so a variant is measured by setting them.
      const confirmation = confirmationPolicy(cli.config);
      const expectations = await readExpectations(story.expectations);
      reports.push(await runTimeline(ctx, await readStory(story.dir, expectations.order), expectations, { extractor, seed, confirmation }));
    }
    return reports;
  });
}

/** Runs `work` with the command's config, logger and Redis, and closes them whatever happens. */
async function withCommand<T>(work: (cli: CommandContext, ctx: RedisContext) => Promise<T>): Promise<T> {
  const cli = createCommandContext(process.env, processIo);
  try {
    return await work(cli, await cli.redis());
  } finally {
    await cli.close();
  }
}

/** For `npm run bench`: the stories that are here, in figures. */
export async function run(): Promise<Record<string, unknown>> {
  const stories = existsSync(REAL_STORY.dir) ? [...OWN_STORIES, REAL_STORY] : OWN_STORIES;
  const reports = await timelineReports(stories);
  for (const report of reports) process.stderr.write(`${formatTimeline(report)}\n\n`);
  // The real story on its gold claims needs no texts: the alert layer's own figures, wherever the code is.
  const gold = await goldReports({ withOptional: false });
  for (const { reading, report } of gold) process.stderr.write(`claims: ${reading}\n${formatTimeline(report)}\n\n`);
  return Object.fromEntries([
    ...reports.map((r) => [r.story, summary(r)]),
    ...gold.map(({ reading, report }) => [`${report.story} on ${reading}`, summary(report)]),
  ]);
}

function summary(report: TimelineReport): Record<string, unknown> {
  return Object.fromEntries(
    report.checks.map((c) => [
      `${c.order}/${c.confirmation}`,
      {
        expectedAlerted: c.expectedAlertedShare,
        precision: c.precision,
        changeAlerts: c.changeAlerts,
        unexpected: c.unexpectedAlerts,
        allowedMoves: c.allowedMoves,
        flipFlops: c.flipFlops,
      },
    ]),
  );
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const details = argv.includes('--details');
  const seedAt = argv.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : 14;
  const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--seed');
  let stories = OWN_STORIES;
  if (argv.includes('--gold')) {
    for (const { reading, report } of await goldReports({ withOptional: argv.includes('--with-optional'), seed })) {
      process.stdout.write(json ? `${JSON.stringify({ reading, ...report })}\n` : `claims: ${reading}\n${formatTimeline(report, { details })}\n\n`);
    }
    return;
  }
  if (argv.includes('--real')) {
    if (!existsSync(REAL_STORY.dir)) {
      process.stderr.write(
        `The real-news development texts are not on this machine (looked in ${REAL_STORY.dir}; set PLEDGEWATCH_REALNEWS_DIR). ` +
          'They stay outside the repository; only their expectations are in data/realnews/timeline/. Nothing to replay.\n',
      );
      process.exitCode = 2;
      return;
    }
    stories = [REAL_STORY];
  } else if (positional.length >= 2) {
    stories = [{ dir: positional[0]!, expectations: positional[1]! }];
  }
  for (const report of await timelineReports(stories, seed)) {
    process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${formatTimeline(report, { details })}\n\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2))
    .catch((error: unknown) => {
      process.stderr.write(`timeline: ${(error as Error).message}\n`);
      process.exitCode = 1;
    })
    .finally(() => setTimeout(() => process.exit(), 500).unref());
}
