import { Redis } from 'ioredis';

/** What the injector threw: the simulated death of the process. */
export class SimulatedCrash extends Error {
  constructor(afterCalls: number) {
    super(`simulated crash after Redis call ${afterCalls}`);
    this.name = 'SimulatedCrash';
  }
}

interface IoredisCommand {
  name: string;
  promise: Promise<unknown>;
  reject(error: Error): void;
}

type SendCommand = (this: Redis, command: IoredisCommand, stream?: unknown) => unknown;

/**
 * Simulates a process killed right after its k-th Redis call, for every ioredis client in
 * this process (ours and BullMQ's, which share the ioredis module).
 *
 * A "call" is what reaches Redis as one unit: a single command, or a whole pipeline or
 * MULTI (ioredis writes those in one go only after every command of the batch passed
 * through, so a batch is never half sent). From the moment the k-th call's reply arrives,
 * `crashed` is true: every later command is refused before it is written, and the
 * test's own side effects (chat posts, console lines) must check `crashed` and refuse
 * too, because a killed process does nothing more.
 *
 * Counting is deterministic as long as the code under test is the only thing using
 * Redis while armed: connect every client before arming.
 */
export class CrashInjector {
  private original?: SendCommand;
  private limit = Infinity;
  private calls = 0;
  private batches = new WeakSet<object>();
  private refusedBatches = new WeakSet<object>();
  crashed = false;

  /** Starts counting; with a limit, crashes once that many calls have completed. */
  arm(limit = Infinity): void {
    this.disarm();
    this.limit = limit;
    this.calls = 0;
    this.crashed = limit === 0;
    this.batches = new WeakSet();
    this.refusedBatches = new WeakSet();
    const original = Redis.prototype.sendCommand as unknown as SendCommand;
    this.original = original;
    const intercept = this.intercept.bind(this);
    (Redis.prototype as unknown as { sendCommand: SendCommand }).sendCommand = function (command, stream) {
      return intercept(this, original, command, stream);
    };
  }

  /** Stops intercepting; returns how many calls were made while armed. */
  disarm(): number {
    if (this.original) {
      (Redis.prototype as unknown as { sendCommand: SendCommand }).sendCommand = this.original;
      this.original = undefined;
    }
    return this.calls;
  }

  /** Throws when the process is "dead": for the test's fake chat platforms and sinks. */
  assertAlive(): void {
    if (this.crashed) throw new SimulatedCrash(this.limit);
  }

  private intercept(client: Redis, original: SendCommand, command: IoredisCommand, stream?: unknown): unknown {
    const batch = typeof stream === 'object' && stream !== null && 'isPipeline' in stream ? stream : null;
    if (batch && this.refusedBatches.has(batch)) return this.refuse(command);
    if (this.crashed) return this.refuse(command, batch);
    const firstOfCall = batch === null || !this.batches.has(batch);
    if (firstOfCall) {
      // Calls past the limit are refused even when sent before the limit's reply arrived.
      if (this.calls >= this.limit) return this.refuse(command, batch);
      const number = ++this.calls;
      if (batch) this.batches.add(batch);
      const result = original.call(client, command, stream);
      // Runs before the caller's own continuation: the reply arrives, then the process dies.
      if (number === this.limit) command.promise.then(this.die, this.die);
      return result;
    }
    return original.call(client, command, stream);
  }

  private readonly die = (): void => {
    this.crashed = true;
  };

  private refuse(command: IoredisCommand, batch?: object | null): Promise<unknown> {
    this.crashed = true;
    if (batch) this.refusedBatches.add(batch);
    command.reject(new SimulatedCrash(this.limit));
    return command.promise;
  }
}
