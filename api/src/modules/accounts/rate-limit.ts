/**
 * A fixed-window counter per key, in this process. Keys are hashes of the normalized address, so known and unknown
 * addresses are limited alike and the answer says nothing about whether an account exists.
 */
export class WindowLimiter {
  private readonly hits = new Map<string, { windowStart: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    const entry = this.hits.get(key);
    if (!entry || now - entry.windowStart >= this.windowMs) {
      if (this.hits.size > 50_000) this.prune(now);
      this.hits.set(key, { windowStart: now, count: 1 });
      return 0;
    }
    entry.count += 1;
    if (entry.count <= this.limit) return 0;
    return Math.ceil((entry.windowStart + this.windowMs - now) / 1000);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.hits) {
      if (now - entry.windowStart >= this.windowMs) this.hits.delete(key);
    }
  }
}
