// tsc emits only what the sources compile to: the data files the code reads at run time
// (src/**/data/*.json and the like) are copied beside the compiled modules.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = 'src';
const OUT = 'dist';
const COMPILED = /\.(ts|mts|cts)$/;

for (const entry of readdirSync(SOURCE, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || COMPILED.test(entry.name)) continue;
  const from = join(entry.parentPath, entry.name);
  cpSync(from, join(OUT, from.slice(SOURCE.length + 1)));
}
