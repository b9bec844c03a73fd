/**
 * Debounced, per-document analysis: a burst of keystrokes costs one analysis of the last
 * version. Callers that need the result (pull diagnostics, code actions) wait for it.
 */
export class AnalysisScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly waiters = new Map<string, (() => void)[]>();
  private running = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly run: (uri: string) => Promise<void>) {}

  schedule(uri: string, delayMs: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => void this.fire(uri), delayMs));
  }

  /** Runs now what is scheduled (or runs it at once when nothing is). */
  async flush(uri: string): Promise<void> {
    clearTimeout(this.timers.get(uri));
    await this.fire(uri);
  }

  /** Resolves after the next completed analysis of `uri`. */
  next(uri: string): Promise<void> {
    return new Promise((resolve) => {
      const list = this.waiters.get(uri) ?? [];
      list.push(resolve);
      this.waiters.set(uri, list);
    });
  }

  /**
   * Resolves once nothing is scheduled or running: background work (query warm-up) waits
   * for it so that it never delays a document's diagnostics.
   */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  isScheduled(uri: string): boolean {
    return this.timers.has(uri);
  }

  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.release(uri);
    this.wakeIfIdle();
  }

  private async fire(uri: string): Promise<void> {
    this.timers.delete(uri);
    this.running++;
    try {
      await this.run(uri);
    } finally {
      this.running--;
      this.release(uri);
      this.wakeIfIdle();
    }
  }

  isIdle(): boolean {
    return this.running === 0 && this.timers.size === 0;
  }

  private wakeIfIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private release(uri: string): void {
    const list = this.waiters.get(uri);
    this.waiters.delete(uri);
    for (const resolve of list ?? []) resolve();
  }
}
