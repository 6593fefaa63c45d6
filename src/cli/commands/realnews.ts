import { ErrorCode, namedBriefly, PledgewatchError } from '../../errors/index.js';
import {
  buildArticles,
  coverageByBatch,
  formatCoverage,
  formatProblems,
  importTexts,
  problemsToList,
  readManifest,
  selectBatches,
  verifyCopy,
  type CopyProblem,
  type ManifestEntry,
} from '../../extract/eval/realnews.js';
import type { CommandContext } from '../command-context.js';

export interface RealnewsOptions {
  dir: string;
  manifest: string;
  batch?: string;
}

function fail(problems: CopyProblem[], summary: string): never {
  const listed = problemsToList(problems);
  const unlisted = problems.length - listed.length;
  const lines = [formatProblems(listed), unlisted > 0 ? `(${unlisted} missing text(s) not listed one by one: the table above counts them per batch)` : '']
    .filter(Boolean)
    .join('\n');
  throw new PledgewatchError(ErrorCode.CommandInput, `${summary}:\n${lines}\n(rebuild the raw texts as data/realnews/RECIPE.md says)`);
}

async function selected(options: RealnewsOptions): Promise<ManifestEntry[]> {
  return selectBatches(await readManifest(options.manifest), options.batch);
}

/** `realnews verify`: every raw text (and built article file) checked against the manifest, with a count per batch. */
export async function verifyRealnews(cli: CommandContext, options: RealnewsOptions): Promise<void> {
  const entries = await selected(options);
  const problems = await verifyCopy(options.dir, entries);
  cli.io.stdout(`${formatCoverage(coverageByBatch(entries, problems))}\n`);
  if (problems.length > 0) fail(problems, `${problems.length} problem(s) in ${options.dir}`);
  cli.io.stdout(`verified ${entries.length} article(s) in ${options.dir}\n`);
}

/** `realnews build`: SCHEMA.md article files from the raw texts, each checked first. */
export async function buildRealnews(cli: CommandContext, options: RealnewsOptions): Promise<void> {
  const entries = await selected(options);
  const { built, problems } = await buildArticles(options.dir, entries);
  cli.io.stdout(`built ${built} article file(s) in ${options.dir}/articles\n`);
  if (problems.length > 0) fail(problems, `${problems.length} problem(s); those articles were not built`);
}

/** How many unmatched files `import` names before it only counts them. */
const UNMATCHED_SHOWN = 10;

/** `realnews import <folder>`: texts handed over another way, taken into the local copy when their hash is the manifest's. */
export async function importRealnews(cli: CommandContext, folder: string, options: RealnewsOptions): Promise<void> {
  const entries = await selected(options);
  const { imported, present, unmatched } = await importTexts(options.dir, entries, folder);
  cli.io.stdout(`imported ${imported.length} text(s) into ${options.dir}/raw; ${present.length} were already there\n`);
  if (unmatched.length > 0)
    cli.io.stdout(`${unmatched.length} file(s) hold no text of the manifest and were left out: ${namedBriefly(unmatched, UNMATCHED_SHOWN)}\n`);
  cli.io.stdout(`${formatCoverage(coverageByBatch(entries, await verifyCopy(options.dir, entries)))}\n`);
}
