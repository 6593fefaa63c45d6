#!/usr/bin/env node
// Runs the TypeScript sources directly (tsx), so a checkout needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
// Everything is closed by now; a client library's stray handle must not keep the process alive.
setTimeout(() => process.exit(), 3000).unref();
