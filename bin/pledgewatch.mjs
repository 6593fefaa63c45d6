#!/usr/bin/env node
// Runs the compiled JavaScript in dist/: `npm run build` makes it, and `npm ci` runs that build.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('pledgewatch: dist/ is missing: run `npm run build` (or `npm ci`) in the checkout first\n');
  process.exit(1);
}
const { main } = await import(entry.href);
await main(process.argv);
// Everything is closed by now; a client library's stray handle must not keep the process alive.
setTimeout(() => process.exit(), 3000).unref();
