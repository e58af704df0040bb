import { GrammyError, HttpError } from 'grammy';
import { StartupError } from '../../src/app/startup-error.js';

/**
 * Telegram could not be reached or refused the bot at start-up: the bot does not start
 * half-connected. A StartupError (`E_PLATFORM`), so `klaswacht start` prints the message
 * without a stack trace and exits with code 2. The message says which step failed and
 * what usually fixes it; the token never appears in it.
 */
export class TelegramStartError extends StartupError {
  constructor(
    /** The start-up step: `getMe`, `deleteWebhook`, `setWebhook`, `listen`. */
    readonly step: string,
    cause: unknown,
  ) {
    super('E_PLATFORM', `telegram: ${step} failed: ${describe(cause)}${hint(cause)}`, { cause });
  }
}

function describe(cause: unknown): string {
  if (cause instanceof GrammyError) return `${cause.error_code} ${cause.description}`;
  if (cause instanceof HttpError)
    return `network error (${String((cause.error as Error)?.message ?? cause.error)})`;
  return cause instanceof Error ? cause.message : String(cause);
}

function hint(cause: unknown): string {
  if (cause instanceof GrammyError && cause.error_code === 401) {
    return ' (check TELEGRAM_BOT_TOKEN: copy it again from BotFather)';
  }
  if (cause instanceof GrammyError && /HTTPS|webhook/i.test(cause.description)) {
    return ' (check TELEGRAM_WEBHOOK_URL: it must be a public https:// address)';
  }
  if (cause instanceof HttpError) return ' (is this computer online?)';
  if ((cause as { code?: unknown } | null)?.code === 'EADDRINUSE') {
    return ' (TELEGRAM_WEBHOOK_PORT is taken by another program)';
  }
  return '';
}
