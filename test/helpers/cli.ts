import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const CLI_PATH = fileURLToPath(new URL('../../bin/pledgewatch.mjs', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** What every test run of the CLI starts from: no embedded redis-server, only warnings logged. */
const TEST_ENV = { LOG_LEVEL: 'warn', EMBEDDED_REDIS: 'false' };

/**
 * Runs `pledgewatch <args>` in this process, as main() runs it for the real command line,
 * with env added to this process's environment. Output and logs are captured, the exit
 * status is taken from main(): no process to start, so a busy machine only makes it slower.
 */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  let code: number | null = null;
  await main(['node', 'pledgewatch', ...args], {
    env: { ...process.env, ...TEST_ENV, ...env },
    io: {
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      exit: (status) => void (code = status),
      stdoutIsTTY: false,
      logDestination: { write: (line) => void (stderr += line) },
    },
  });
  return { code, stdout, stderr };
}

/** A process started by a test, with what it has printed so far and how it ended. */
export interface LaunchedProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves when the process has exited, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `node <args>` with env added to this process's environment: the one place tests
 * start processes, for what needs a real one (start-up, signals, exit codes, a crash).
 */
export function launch(args: string[], env: Record<string, string> = {}): LaunchedProcess {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // 'close', not 'exit': by then the output streams have been read to the end.
  const exited = once(child, 'close').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/**
 * Runs `pledgewatch <args>` as a separate process, as a user would. The default time
 * bound is generous: a loaded two-core machine may take many seconds to start one.
 */
export async function runCliProcess(args: string[], env: Record<string, string> = {}, timeoutMs = 120_000): Promise<CliResult> {
  const run = launch([CLI_PATH, ...args], { ...TEST_ENV, ...env });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      run.child.kill('SIGKILL');
      reject(new Error(`pledgewatch ${args.join(' ')} did not finish within ${timeoutMs} ms\n${run.stderr()}`));
    }, timeoutMs);
  });
  try {
    const { code } = await Promise.race([run.exited, timedOut]);
    return { code, stdout: run.stdout(), stderr: run.stderr() };
  } finally {
    clearTimeout(timer);
  }
}
