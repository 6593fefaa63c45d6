/**
 * `npm run bench -- corpus`: how closely our feed path (decodeBody then parseFeed) agrees
 * with feedparser 6.0.14 on its 609 public test feeds in ../shared, and how many of the
 * date forms its date tests cover we read right. Prints each disagreement on stderr.
 */
import { measureCorpus, measureDateForms } from '../test/feeds/corpus-agreement.js';

export async function run(): Promise<Record<string, unknown>> {
  const started = performance.now();
  const { disagreements, ...figures } = measureCorpus();
  const { disagreements: raw, ...rawFigures } = measureCorpus({});
  const parseMs = Math.round(performance.now() - started) / 2;
  for (const d of disagreements)
    process.stderr.write(
      `  differs (${d.field}) ${d.path}: ours ${JSON.stringify(d.ours).slice(0, 120)}, feedparser ${JSON.stringify(d.feedparser).slice(0, 120)}\n`,
    );
  const { wrong, ...dates } = measureDateForms();
  for (const line of wrong) process.stderr.write(`  date ${line}\n`);
  return {
    ...figures,
    disagreements: disagreements.length,
    withoutExceptions: {
      countAgreement: rawFigures.countAgreement,
      titleAgreement: rawFigures.titleAgreement,
      linkAgreement: rawFigures.linkAgreement,
      rejectedWithEntries: rawFigures.rejectedWithEntries,
      disagreements: raw.length,
    },
    dateForms: dates,
    corpusParseMs: parseMs,
  };
}
