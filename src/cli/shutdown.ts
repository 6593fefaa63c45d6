import type { Logger } from '../log/logger.js';

/**
 * Resolves on the first SIGINT or SIGTERM so the caller can close queues and connections
 * in order. A second signal while shutting down exits at once.
 */
export function waitForShutdownSignal(logger: Logger): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (received) {
        logger.warn({ signal }, 'second signal: exiting without waiting');
        process.exit(130);
      }
      received = true;
      logger.info({ signal }, 'shutting down: finishing the jobs in hand');
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** Closes a BullMQ worker, waiting for its jobs up to timeoutMs, then forcing it (the jobs go back to the queue). */
export async function closeWorkerGracefully(worker: { close(force?: boolean): Promise<void> }, timeoutMs = 10_000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const outcome = await Promise.race([worker.close().then(() => 'closed' as const), timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') await worker.close(true);
}
