// `node record-loads.mjs '<json list of argv lists>'`: runs each command line with the compiled
// CLI in this one process, with every module load logged to MODULE_LOG, output discarded.
import { register } from 'node:module';

register('./module-log-hook.mjs', import.meta.url);
const { main } = await import('../../dist/cli/main.js');
const quiet = { stdout: () => {}, stderr: (text) => process.stderr.write(text), exit: () => {}, stdoutIsTTY: false };
for (const args of JSON.parse(process.argv[2])) {
  const code = await main(['node', 'pledgewatch', ...args], { io: quiet });
  if (code !== 0) process.stderr.write(`pledgewatch ${args.join(' ')} exited ${code}\n`);
}
