import { Redis } from 'ioredis';

interface IoredisCommand {
  name: string;
  args: unknown[];
  promise: Promise<unknown>;
}

/**
 * For a child process in a kill -9 test: SIGKILLs this process the moment Redis answers the
 * first command that `matches` (e.g. the first SET of a "seen" key). Nothing after that
 * reply runs: no clean-up, no later write, exactly like a crash at that point.
 */
export function killOnFirstReply(matches: (name: string, firstArg: string) => boolean): void {
  const original = Redis.prototype.sendCommand as unknown as (this: Redis, command: IoredisCommand, stream?: unknown) => unknown;
  let armed = true;
  (Redis.prototype as unknown as { sendCommand: typeof original }).sendCommand = function (command, stream) {
    const result = original.call(this, command, stream);
    if (armed && matches(command.name, String(command.args[0] ?? ''))) {
      armed = false;
      const die = () => process.kill(process.pid, 'SIGKILL');
      command.promise.then(die, die);
    }
    return result;
  };
}
