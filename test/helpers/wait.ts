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
    // A check that never answers (a command stuck on a dead connection) fails the wait at its deadline, not the file's.
    const value = await withDeadline(Promise.resolve(check()), deadline, description);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function withDeadline<T>(promise: Promise<T>, deadline: number, description: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for: ${description} (a check did not answer)`)), Math.max(0, deadline - Date.now()) + 1_000);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Jobs a queue still has to run (waiting, active or delayed). */
export async function pendingJobs(queue: { getJobCounts(...types: string[]): Promise<Record<string, number>> }): Promise<number> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}
