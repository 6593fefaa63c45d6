/**
 * Extractor speed and memory: 500-word articles built from the dev and test-set articles,
 * measured on one core (process CPU time as well as wall time, median and best of seven
 * rounds), and the heap after a forced GC at checkpoints over 100,000 articles
 * (BENCH_EXTRACT_ARTICLES to change).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parseArticleFile } from '../src/extract/article-file.js';
import { extractClaims } from '../src/extract/index.js';
import type { Article } from '../src/model/article.js';

const SOURCES = ['data/demo/articles', 'test/fixtures/articles/articles'];
const WORDS_PER_ARTICLE = 500;

function sourceArticles(): Article[] {
  return SOURCES.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => parseArticleFile(readFileSync(join(dir, f), 'utf8'), f)),
  );
}

/** Articles of about 500 words: each source body, topped up with the next ones' paragraphs. */
function buildArticles(sources: Article[]): Article[] {
  return sources.map((source, i) => {
    const lines = source.body.split('\n');
    for (let k = 1; words(lines) < WORDS_PER_ARTICLE; k++) lines.push(...sources[(i + k) % sources.length]!.body.split('\n'));
    const body = trimToWords(lines, WORDS_PER_ARTICLE);
    return { ...source, id: `bench-${i}`, body };
  });
}

function words(lines: string[]): number {
  return lines.join(' ').split(/\s+/).filter(Boolean).length;
}

function trimToWords(lines: string[], limit: number): string {
  const kept: string[] = [];
  let count = 0;
  for (const line of lines) {
    if (count >= limit) break;
    kept.push(line);
    count += line.split(/\s+/).filter(Boolean).length;
  }
  return kept.join('\n');
}

function exposeGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

function heapMb(gc: () => void): number {
  gc();
  return Math.round((process.memoryUsage().heapUsed / 1e6) * 10) / 10;
}

function throughput(articles: Article[], rounds: number): { cpu: number; wall: number; claims: number } {
  let claims = 0;
  const cpu0 = process.cpuUsage();
  const wall0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const article of articles) claims += extractClaims(article).length;
  const cpu = process.cpuUsage(cpu0);
  const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
  const n = rounds * articles.length;
  return { cpu: Math.round(n / ((cpu.user + cpu.system) / 1e6)), wall: Math.round(n / wall), claims };
}

export async function run(): Promise<Record<string, unknown>> {
  const gc = exposeGc();
  const articles = buildArticles(sourceArticles());
  const total = Number(process.env.BENCH_EXTRACT_ARTICLES ?? 100_000);
  throughput(articles, 50); // warm-up: let the JIT settle
  // Seven rounds of ~1,000 articles: the median is the typical figure, the best one is the least disturbed by other load.
  const rounds = Array.from({ length: 7 }, () => throughput(articles, Math.max(1, Math.round(1_000 / articles.length))));
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const heap: Array<{ articles: number; heapMb: number }> = [{ articles: 0, heapMb: heapMb(gc) }];
  const step = Math.max(articles.length, Math.round(total / 4));
  for (let done = 0; done < total;) {
    const rounds = Math.ceil(Math.min(step, total - done) / articles.length);
    throughput(articles, rounds);
    done += rounds * articles.length;
    heap.push({ articles: done, heapMb: heapMb(gc) });
  }
  return {
    words_per_article: WORDS_PER_ARTICLE,
    distinct_articles: articles.length,
    articles_per_second_cpu_median: median(rounds.map((r) => r.cpu)),
    articles_per_second_cpu_best: Math.max(...rounds.map((r) => r.cpu)),
    articles_per_second_wall_median: median(rounds.map((r) => r.wall)),
    heap_before_mb: heap[0]!.heapMb,
    heap_after_mb: heap.at(-1)!.heapMb,
    heap_checkpoints: heap,
  };
}
