/**
 * Work to try again later (a platform's rate limit said when). Timers do not keep the
 * process alive, and at shutdown whatever is still waiting is tried once at once
 * rather than dropped.
 */
export class RetryTimers {
  private readonly waiting = new Map<ReturnType<typeof setTimeout>, () => Promise<void>>();

  schedule(delayMs: number, task: () => Promise<void>): void {
    const timer = setTimeout(
      () => {
        this.waiting.delete(timer);
        void task();
      },
      Math.max(0, delayMs),
    );
    timer.unref?.();
    this.waiting.set(timer, task);
  }

  get size(): number {
    return this.waiting.size;
  }

  /** Runs every waiting task now (graceful shutdown). */
  async flushNow(): Promise<void> {
    const tasks = [...this.waiting.entries()];
    this.waiting.clear();
    for (const [timer] of tasks) clearTimeout(timer);
    for (const [, task] of tasks) await task();
  }
}
