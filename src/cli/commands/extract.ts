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

/** `eval --gold <path>`: P/R/F1 per SCHEMA.md of the extractor, or of a claims file; the last line is JSON. */
export async function evaluate(cli: CommandContext, options: EvalOptions): Promise<void> {
  const { gold, errors, json, ...rest } = options;
  const result = await runEval(gold, createExtractor(cli.config, cli.logger), rest);
  if (!json) cli.io.stdout(`${formatEval(result, Boolean(errors))}\n`);
  printJson(cli.io, result.summary);
}

export interface EvalOptions {
  gold: string;
  texts?: string;
  batch?: string;
  manifest?: string;
  predicted?: string;
  available?: boolean;
  errors?: boolean;
  json?: boolean;
}
