// Bounded: past this many clients the least recently seen are forgotten, so a flood of addresses costs no memory.
const MAX_CLIENTS = 10_000;

/** A token bucket per client: `perSecond` requests on average, `burst` at once. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now() / 1000,
  ) {}

  /** Takes a token for `client`: 0 when it may go ahead, else the seconds until it may try again. */
  take(client: string): number {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    this.buckets.delete(client);
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.at) * this.perSecond);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > MAX_CLIENTS) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return (1 - bucket.tokens) / this.perSecond;
  }
}
