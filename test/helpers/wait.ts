/**
 * Polls a condition until it holds, failing with the description after timeoutMs.
 * For waiting on asynchronous pipelines; never a speed assertion.
 */
export async function waitFor<T>(
  description: string,
  check: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Jobs a queue still has to run (waiting, active or delayed). */
export async function pendingJobs(queue: { getJobCounts(...types: string[]): Promise<Record<string, number>> }): Promise<number> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
