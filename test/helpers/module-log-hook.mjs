// Module hook for test/cli/lazy-loading.test.ts: appends the URL of every module loaded to MODULE_LOG.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  appendFileSync(process.env.MODULE_LOG, `${url}\n`);
  return nextLoad(url, context);
}
