/**
 * `npm run bench`: runs every benchmark, prints each one's figures for people and,
 * as the last line, one JSON object with all of them. Benchmarks only talk to
 * loopback servers and stop by themselves.
 */
type Bench = () => Promise<Record<string, unknown>>;

const BENCHES: Record<string, () => Promise<{ run: Bench }>> = {
  extract: () => import('./extract.js'),
  feeds: () => import('./feeds.js'),
  corpus: () => import('./feed-corpus.js'),
  state: () => import('./state.js'),
  pipeline: () => import('./pipeline.js'),
  cli: () => import('./cli.js'),
  'redis-costs': () => import('./redis-costs.js'),
  'poller-kill': () => import('./poller-kill.js'),
  'outage-budget': () => import('./outage-budget.js'),
};

const only = process.argv.slice(2);
const results: Record<string, unknown> = {};
for (const [name, load] of Object.entries(BENCHES)) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stderr.write(`bench ${name}...\n`);
  const figures = await (await load()).run();
  results[name] = figures;
  process.stderr.write(`${name}: ${JSON.stringify(figures, null, 2)}\n`);
}
process.stdout.write(`${JSON.stringify(results)}\n`);
process.exit(0);
