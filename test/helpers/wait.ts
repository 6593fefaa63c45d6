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
