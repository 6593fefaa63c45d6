/**
 * Where a command line writes and how it ends. The process's own streams by default;
 * tests pass their own, so they can run a command line in-process and read what it printed.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Called once with the exit status when the command line is done. */
  exit(code: number): void;
  /** True when standard output is a terminal, where a person reads it. */
  readonly stdoutIsTTY: boolean;
  /** Logs go here as JSON lines; unset, the logger writes to file descriptor 2 (pretty on a terminal). */
  readonly logDestination?: { write(line: string): void };
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  // Not process.exit(): connections are closed by now and pending output must still drain.
  exit: (code) => void (process.exitCode = code),
  get stdoutIsTTY() {
    return Boolean(process.stdout.isTTY);
  },
};

/** `--json` prints JSON on standard output and nothing else; people get text. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value)}\n`);
}
