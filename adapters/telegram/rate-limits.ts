import { autoRetry } from '@grammyjs/auto-retry';
import { type APIThrottlerOptions, apiThrottler } from '@grammyjs/transformer-throttler';
import type { Api, Transformer } from 'grammy';

/** How hard the bot pushes against Telegram's limits. */
export interface RateLimitOptions {
  /**
   * Longest `retry_after` (seconds) waited out inside `perform`; a longer one comes back
   * as `rate_limited` so the brain can queue instead of blocking a chat.
   */
  readonly maxRetryAfterSeconds: number;
  /** Retries of one call on 429 or a 5xx before it is reported. */
  readonly maxRetries: number;
  /**
   * Bottleneck settings for sending (Telegram: about 30 messages a second overall, 20 a
   * minute per group, 1 a second per private chat); the throttler's defaults when absent.
   */
  readonly throttle?: APIThrottlerOptions;
}

export const DEFAULT_RATE_LIMITS: RateLimitOptions = { maxRetryAfterSeconds: 60, maxRetries: 3 };

/** Only sending counts towards Telegram's message limits; deletes and look-ups go straight through. */
const SENDS = /^(send|copy|forward)/;

/**
 * Installs the throttler (sends only) and auto-retry (everything but `getUpdates`, whose
 * errors the long poller handles itself). Auto-retry is outermost, so a retried call
 * queues in the throttler again. Network errors are retried with back-off until the
 * connection returns, so no action is lost to a short outage.
 */
export function installRateLimits(api: Api, options: RateLimitOptions): void {
  const throttle = apiThrottler(options.throttle);
  const retry = autoRetry({
    maxDelaySeconds: options.maxRetryAfterSeconds,
    maxRetryAttempts: options.maxRetries,
  });
  const throttled: Transformer = (prev, method, payload, signal) =>
    SENDS.test(method) ? throttle(prev, method, payload, signal) : prev(method, payload, signal);
  const retried: Transformer = (prev, method, payload, signal) =>
    method === 'getUpdates' ? prev(method, payload, signal) : retry(prev, method, payload, signal);
  api.config.use(throttled, retried);
}
