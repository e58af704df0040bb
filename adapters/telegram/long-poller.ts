import { type Api, GrammyError, HttpError } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from '../../src/app/log.js';

/** Tuning for long polling; production uses the defaults. */
export interface PollOptions {
  /** Seconds Telegram may hold one `getUpdates` open. */
  readonly timeoutSeconds: number;
  /** First wait after a failed `getUpdates`; doubles up to `maxBackoffMs`. */
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
  readonly allowedUpdates: ReadonlyArray<Exclude<keyof Update, 'update_id'>>;
}

export const DEFAULT_POLL: Omit<PollOptions, 'allowedUpdates'> = {
  timeoutSeconds: 30,
  backoffMs: 500,
  maxBackoffMs: 30_000,
};

/**
 * Long polling that loses nothing and repeats nothing. Telegram forgets updates only
 * when a later `getUpdates` confirms them (`offset`), so a batch is confirmed only after
 * `handle` has finished with all of it: if the connection drops, the same offset is
 * asked again and Telegram hands back what was not yet confirmed; if the process dies
 * mid-batch, the batch comes back after the restart (the adapter and the brain
 * de-duplicate). `stop()` waits for the batch in hand and confirms it.
 *
 * Why not `@grammyjs/runner`'s `run()`: it confirms a batch as soon as it is fetched,
 * before its updates are handled, and does not confirm the last batch on stop.
 * Why not `bot.start()`: it handles one update at a time across all groups and sleeps a
 * fixed 3 s after an error. Here the batch is handed over whole, so the adapter can
 * work on several groups at once while keeping each group's order.
 */
export class LongPoller {
  private offset = 0;
  private confirmed = 0;
  private running = false;
  private abort = new AbortController();
  private loop: Promise<void> = Promise.resolve();

  constructor(
    private readonly api: Api,
    private readonly handle: (updates: readonly Update[]) => Promise<void>,
    private readonly options: PollOptions,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.abort = new AbortController();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    if (!this.running) return this.loop;
    this.running = false;
    this.abort.abort();
    await this.loop;
    if (this.offset > this.confirmed) {
      await this.api
        .getUpdates({ offset: this.offset, limit: 1, timeout: 0 })
        .then(() => {
          this.confirmed = this.offset;
        })
        .catch((error: unknown) => this.log.warn('telegram.poll.confirm_failed', errorFields(error)));
    }
  }

  private async run(): Promise<void> {
    let backoff = this.options.backoffMs;
    let allowed: PollOptions['allowedUpdates'] | undefined = this.options.allowedUpdates;
    while (this.running) {
      let updates: Update[];
      try {
        const offset = this.offset;
        updates = await this.api.getUpdates(
          {
            offset,
            timeout: this.options.timeoutSeconds,
            limit: 100,
            ...(allowed ? { allowed_updates: allowed } : {}),
          },
          this.abort.signal as Parameters<Api['getUpdates']>[1],
        );
        this.confirmed = offset;
        allowed = undefined; // Telegram keeps the last setting
      } catch (error) {
        if (!this.running) break;
        const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
        const waitMs = retryAfter !== undefined ? retryAfter * 1000 : backoff;
        this.log.warn('telegram.poll.failed', { ...errorFields(error), retryInMs: waitMs });
        await this.sleep(waitMs);
        backoff = Math.min(backoff * 2, this.options.maxBackoffMs);
        continue;
      }
      backoff = this.options.backoffMs;
      const last = updates.at(-1);
      if (!last) continue;
      // `handle` contains its own failures; should one escape anyway, the batch still counts
      // as handled, or the same update would come back for ever.
      await this.handle(updates).catch((error: unknown) =>
        this.log.error('telegram.poll.handle_failed', errorFields(error)),
      );
      this.offset = last.update_id + 1;
    }
  }

  /** Waits, but wakes at once when stopped. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.abort.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.abort.signal.addEventListener('abort', done);
    });
  }
}

/**
 * What a failure says, for the log. Telegram's descriptions and grammY's network errors
 * name methods and rights, never content; any other error (the brain's) is logged by
 * name and code only, since its message might quote what a member wrote.
 */
export function errorFields(error: unknown): Record<string, string | number> {
  if (error instanceof GrammyError) return { code: error.error_code, error: error.description };
  if (error instanceof HttpError) return { error: error.message };
  const code = (error as { code?: unknown } | null)?.code;
  return {
    error: error instanceof Error ? error.name : typeof error,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
  };
}
