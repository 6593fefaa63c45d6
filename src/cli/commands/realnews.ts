import { ErrorCode, PledgewatchError } from '../../errors/index.js';
import { buildArticles, formatProblems, readManifest, selectBatches, verifyCopy } from '../../extract/eval/realnews.js';
import type { CommandContext } from '../command-context.js';

export interface RealnewsOptions {
  dir: string;
  manifest: string;
  batch?: string;
}

function fail(problems: string, summary: string): never {
  throw new PledgewatchError(ErrorCode.CommandInput, `${summary}:\n${problems}\n(rebuild the raw texts as data/realnews/RECIPE.md says)`);
}

/** `realnews verify`: every raw text (and built article file) checked against the manifest. */
export async function verifyRealnews(cli: CommandContext, options: RealnewsOptions): Promise<void> {
  const entries = selectBatches(await readManifest(options.manifest), options.batch);
  const problems = await verifyCopy(options.dir, entries);
  if (problems.length > 0) fail(formatProblems(problems), `${problems.length} problem(s) in ${options.dir}`);
  cli.io.stdout(`verified ${entries.length} article(s) in ${options.dir}\n`);
}

/** `realnews build`: SCHEMA.md article files from the raw texts, each checked first. */
export async function buildRealnews(cli: CommandContext, options: RealnewsOptions): Promise<void> {
  const entries = selectBatches(await readManifest(options.manifest), options.batch);
  const { built, problems } = await buildArticles(options.dir, entries);
  cli.io.stdout(`built ${built} article file(s) in ${options.dir}/articles\n`);
  if (problems.length > 0) fail(formatProblems(problems), `${problems.length} problem(s); those articles were not built`);
}
