import type { Command } from 'commander';
import { ErrorCode, PledgewatchError } from '../../errors/index.js';
import { buildArticles, formatProblems, readManifest, selectBatches, verifyCopy } from '../../extract/eval/realnews.js';
import type { RegisterCommands } from '../command-context.js';

interface RealnewsOptions {
  dir: string;
  manifest: string;
  batch?: string;
}

function fail(problems: string, summary: string): never {
  throw new PledgewatchError(ErrorCode.CommandInput, `${summary}:\n${problems}\n(rebuild the raw texts as data/realnews/RECIPE.md says)`);
}

/** `realnews build|verify`: the local copy of the real-news set, outside the repository, checked against the manifest. */
export const register: RegisterCommands = (program: Command) => {
  const realnews = program.command('realnews').description('the real-news set: build article files from the raw texts, or verify them against the manifest');
  const withOptions = (command: Command): Command =>
    command
      .option('--dir <dir>', 'the local copy: raw/<id>.txt in, articles/<id>.txt out', '../pledgewatch-realnews')
      .option('--manifest <file>', 'the manifest with sha256 and length per article', 'data/realnews/manifest.jsonl')
      .option('--batch <names>', 'only these batches, comma-separated (B1,B2)');

  withOptions(realnews.command('verify').description('check every raw text (and built article file) against the manifest; lists each mismatch or missing file')).action(
    async (options: RealnewsOptions) => {
      const entries = selectBatches(await readManifest(options.manifest), options.batch);
      const problems = await verifyCopy(options.dir, entries);
      if (problems.length > 0) fail(formatProblems(problems), `${problems.length} problem(s) in ${options.dir}`);
      process.stdout.write(`verified ${entries.length} article(s) in ${options.dir}\n`);
    },
  );

  withOptions(realnews.command('build').description('write <dir>/articles/<id>.txt (SCHEMA.md article files) from <dir>/raw/<id>.txt after checking each one')).action(
    async (options: RealnewsOptions) => {
      const entries = selectBatches(await readManifest(options.manifest), options.batch);
      const { built, problems } = await buildArticles(options.dir, entries);
      process.stdout.write(`built ${built} article file(s) in ${options.dir}/articles\n`);
      if (problems.length > 0) fail(formatProblems(problems), `${problems.length} problem(s); those articles were not built`);
    },
  );
};
