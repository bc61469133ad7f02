/**
 * Adaptive debounce per key (a document URI). An edit that comes after a pause is checked at once
 * (on a zero timer); edits that follow one another while checks are slow are gathered: when the
 * last check of that key took long, the next one waits as long again (twice the cost, capped),
 * counted from the end of the last check, so a burst of changes is read together and checked
 * once, and a wait is never pushed back past the cap. Each request bumps the key's generation: a
 * run that is no longer current must not publish.
 */
const SLOW_MS = 20;
const MAX_WAIT_MS = 300;

export type Job = (key: string, isCurrent: () => boolean) => Promise<void>;

export class Scheduler {
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; since: number }>();
  /** The cost of the last run per key, and when it ended. */
  private readonly last = new Map<string, { cost: number; ended: number }>();
  private readonly generation = new Map<string, number>();

  constructor(private readonly job: Job) {}

  schedule(key: string): void {
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    const now = Date.now();
    const prev = this.pending.get(key);
    if (prev && now - prev.since >= MAX_WAIT_MS) return; // already due; it will read the newest state
    if (prev) clearTimeout(prev.timer);
    const since = prev?.since ?? now;
    const wait = this.waitFor(key, since, now);
    const timer = setTimeout(() => {
      this.pending.delete(key);
      const current = this.generation.get(key);
      void this.job(key, () => this.generation.get(key) === current);
    }, wait);
    this.pending.set(key, { timer, since });
  }

  /**
   * How long a request made now waits: nothing when the last check was quick or ended long enough
   * ago; otherwise until twice its cost has passed since it ended, and never past the cap counted
   * from the first request still waiting.
   */
  private waitFor(key: string, since: number, now: number): number {
    const last = this.last.get(key);
    if (!last || last.cost <= SLOW_MS) return 0;
    const quiet = Math.min(MAX_WAIT_MS, 2 * last.cost);
    const due = Math.min(last.ended + quiet, since + MAX_WAIT_MS);
    return Math.max(0, due - now);
  }

  /** How long the last run for `key` took, in milliseconds (called when it ends). */
  record(key: string, ms: number): void { this.last.set(key, { cost: ms, ended: Date.now() }); }

  cancel(key: string): void {
    const prev = this.pending.get(key);
    if (prev) clearTimeout(prev.timer);
    this.pending.delete(key);
    this.last.delete(key);
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
  }
}
