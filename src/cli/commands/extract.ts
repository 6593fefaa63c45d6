import { ErrorCode, PledgewatchError } from '../../errors/index.js';
import { readArticleFile } from '../../extract/article-file.js';
import { formatEval, runEval } from '../../extract/eval/run-eval.js';
import { createExtractor, MIN_CONFIDENCE } from '../../extract/index.js';
import type { CommandContext } from '../command-context.js';
import { printJson } from '../io.js';

/** `extract <file>`: one article's claims as one JSON array, with the fields of SCHEMA.md. */
export async function extract(cli: CommandContext, file: string, options: { all?: boolean }): Promise<void> {
  const article = await readArticleFile(file);
  const claims = await createExtractor(cli.config, cli.logger).extract(article);
  const shown = options.all ? claims : claims.filter((c) => c.confidence >= MIN_CONFIDENCE);
  printJson(
    cli.io,
    shown.map(({ country, commitment, stance, evidence, speaker, confidence }) => ({ country, commitment, stance, evidence, speaker, confidence })),
  );
}

/** `eval --gold <dir>`: P/R/F1 per SCHEMA.md; the last line is JSON. */
export async function evaluate(cli: CommandContext, options: { gold: string; errors?: boolean; json?: boolean }): Promise<void> {
  const result = await runEval(options.gold, createExtractor(cli.config, cli.logger));
  if (result.summary.articles === 0) {
    throw new PledgewatchError(ErrorCode.CommandInput, `${options.gold}/gold.jsonl lists no articles`);
  }
  if (!options.json) cli.io.stdout(`${formatEval(result, Boolean(options.errors))}\n`);
  printJson(cli.io, result.summary);
}
