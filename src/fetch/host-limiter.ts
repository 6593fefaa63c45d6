/**
 * At most `perHost` requests in flight to one origin; the rest wait their turn.
 * Idle hosts are forgotten so the map stays as small as the set of busy hosts.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, { active: number; waiting: Array<() => void> }>();

  constructor(private readonly perHost: number) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  get busyHosts(): number {
    return this.hosts.size;
  }

  private acquire(host: string): Promise<void> {
    const slot = this.hosts.get(host) ?? { active: 0, waiting: [] };
    this.hosts.set(host, slot);
    if (slot.active < this.perHost) {
      slot.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => slot.waiting.push(resolve));
  }

  private release(host: string): void {
    const slot = this.hosts.get(host);
    if (!slot) return;
    const next = slot.waiting.shift();
    if (next) return next(); // the slot passes straight to the next waiter
    slot.active -= 1;
    if (slot.active === 0) this.hosts.delete(host);
  }
}
