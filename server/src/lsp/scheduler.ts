/**
 * Adaptive debounce per key (a document URI). A check is scheduled on a zero timer that every new
 * request resets, so a burst of changes read together is checked once; when the last check of that
 * key took long, the wait grows with it (capped), and a wait is never pushed back past the cap.
 * Each request bumps the key's generation: a run that is no longer current must not publish.
 */
const SLOW_MS = 20;
const MAX_WAIT_MS = 300;

export type Job = (key: string, isCurrent: () => boolean) => Promise<void>;

export class Scheduler {
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; since: number }>();
  private readonly cost = new Map<string, number>();
  private readonly generation = new Map<string, number>();

  constructor(private readonly job: Job) {}

  schedule(key: string): void {
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    const now = Date.now();
    const prev = this.pending.get(key);
    if (prev && now - prev.since >= MAX_WAIT_MS) return; // already due; it will read the newest state
    if (prev) clearTimeout(prev.timer);
    const cost = this.cost.get(key) ?? 0;
    const wait = cost > SLOW_MS ? Math.min(MAX_WAIT_MS, 2 * cost) : 0;
    const timer = setTimeout(() => {
      this.pending.delete(key);
      const current = this.generation.get(key);
      void this.job(key, () => this.generation.get(key) === current);
    }, wait);
    this.pending.set(key, { timer, since: prev?.since ?? now });
  }

  /** How long the last run for `key` took, in milliseconds. */
  record(key: string, ms: number): void { this.cost.set(key, ms); }

  cancel(key: string): void {
    const prev = this.pending.get(key);
    if (prev) clearTimeout(prev.timer);
    this.pending.delete(key);
    this.cost.delete(key);
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
  }
}
