import type { Command } from 'commander';
import { readArticleFile } from '../../extract/article-file.js';
import { formatEval, runEval } from '../../extract/eval/run-eval.js';
import { createExtractor, MIN_CONFIDENCE } from '../../extract/index.js';
import { printJson, type RegisterCommands } from '../command-context.js';

/** `extract <file>` (one article's claims as one JSON array) and `eval --gold <dir>` (P/R/F1 per SCHEMA.md). */
export const register: RegisterCommands = (program: Command, getContext) => {
  program
    .command('extract')
    .description('print the claims of one article file as one JSON array (claims the pipeline acts on; --all adds low-confidence ones)')
    .argument('<file>', 'article file: url/outlet/published/title header lines, a blank line, then the body')
    .option('--all', `also print claims below confidence ${MIN_CONFIDENCE} (optional kinds: accusations, dissenters, doubted claims)`)
    .action(async (file: string, options: { all?: boolean }) => {
      const { config, logger } = getContext();
      const article = await readArticleFile(file);
      const claims = await createExtractor(config, logger).extract(article);
      const shown = options.all ? claims : claims.filter((c) => c.confidence >= MIN_CONFIDENCE);
      printJson(shown.map(({ country, commitment, stance, evidence, speaker, confidence }) => ({ country, commitment, stance, evidence, speaker, confidence })));
    });

  program
    .command('eval')
    .description('score the extractor (or a claims file) on a gold set: strict, lenient and slot micro P/R/F1, per commitment, confidence against precision; the last line is JSON')
    .requiredOption('--gold <path>', 'folder with gold.jsonl (and articles/*.txt unless --texts), or a gold .jsonl file')
    .option('--texts <dir>', 'folder with the article files <id>.txt, when they live outside the set (real news kept out of the repository)')
    .option('--batch <names>', 'only these batches of the manifest, comma-separated (B1,B2)')
    .option('--manifest <file>', 'manifest with the batches (default: manifest.jsonl beside the gold)')
    .option('--predicted <file>', 'score this claims file (gold format, one article per line) instead of running the extractor')
    .option('--errors', 'list every false positive and false negative with its sentence')
    .option('--json', 'print only the JSON summary line')
    .action(async (options: { gold: string; texts?: string; batch?: string; manifest?: string; predicted?: string; errors?: boolean; json?: boolean }) => {
      const { config, logger } = getContext();
      const { gold, errors, json, ...rest } = options;
      const result = await runEval(gold, createExtractor(config, logger), rest);
      if (!json) process.stdout.write(`${formatEval(result, Boolean(errors))}\n`);
      printJson(result.summary);
    });
};
