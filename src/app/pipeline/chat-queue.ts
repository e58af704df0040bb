import type { Logger } from '../log.js';

/**
 * Runs tasks one after another per key (a chat), and different keys side by side: the
 * messages of one chat are judged in the order they were written (strikes and
 * derailing depend on it), while a busy group never holds up another. A task that
 * throws is logged and the next one goes on: one bad message never stops a chat.
 */
export class ChatQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private pending = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly log: Logger) {}

  /** Queues `task` behind the key's earlier tasks; resolves when it has run (never rejects). */
  run(key: string, what: string, task: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    this.pending += 1;
    const next = previous.then(task).then(
      () => undefined,
      (error: unknown) => {
        this.log.error('event.failed', { what, error: describe(error) });
      },
    );
    const tail = next.finally(() => {
      this.pending -= 1;
      if (this.tails.get(key) === tail) this.tails.delete(key);
      if (this.pending === 0) for (const w of this.idleWaiters.splice(0)) w();
    });
    this.tails.set(key, tail);
    return tail;
  }

  /** Tasks queued or running. */
  get size(): number {
    return this.pending;
  }

  /** Resolves once every queued task has run (graceful shutdown). */
  drain(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}

/**
 * An error for a log line: its name, code and the first line of its message. Errors
 * from our own code carry ids, never message text (StoreError, ConfigError); a
 * platform SDK's message is cut to one line and 200 characters.
 */
export function describe(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  const first = error.message.split('\n')[0]?.slice(0, 200) ?? '';
  return `${error.name}${typeof code === 'string' ? `(${code})` : ''}: ${first}`;
}
