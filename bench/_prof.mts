import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../src/extract/article-file.js';
import { extractClaims } from '../src/extract/index.js';
const SOURCES = ['data/demo/articles', 'test/fixtures/articles/articles'];
const src = SOURCES.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => parseArticleFile(readFileSync(join(dir, f), 'utf8'), f)));
const words = (l: string[]) => l.join(' ').split(/\s+/).filter(Boolean).length;
const arts = src.map((s, i) => { const lines = s.body.split('\n'); for (let k = 1; words(lines) < 500; k++) lines.push(...src[(i + k) % src.length]!.body.split('\n'));
  const kept: string[] = []; let c = 0; for (const l of lines) { if (c >= 500) break; kept.push(l); c += l.split(/\s+/).filter(Boolean).length; }
  return { ...s, id: `b${i}`, body: kept.join('\n') }; });
const N = Number(process.env.N ?? 3000);
for (let i = 0; i < 200; i++) extractClaims(arts[i % arts.length]!);
let c = 0; const t0 = performance.now();
for (let i = 0; i < N; i++) c += extractClaims(arts[i % arts.length]!).length;
const dt = performance.now() - t0;
console.log(N, 'runs', Math.round(N / (dt / 1000)), 'per s', c);
