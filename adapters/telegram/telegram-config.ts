import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '../../src/core/config-error.js';
import type { WebhookOptions } from './webhook.js';

/** The Telegram settings `npm start` reads from the environment (`.env`). */
export interface TelegramSettings {
  readonly token: string;
  readonly apiRoot?: string;
  readonly webhook?: WebhookOptions;
}

const SECRET = /^[A-Za-z0-9_-]{1,256}$/;

const schema = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string()
    .trim()
    .regex(
      /^\d+:[\w-]{20,}$/,
      'is not a bot token (it looks like 123456789:AAE...; copy it again from BotFather)',
    ),
  TELEGRAM_WEBHOOK_URL: z
    .string()
    .trim()
    .url('is not a URL')
    .refine(
      (u) => u.startsWith('https://'),
      'must be a public https:// address (Telegram only posts to HTTPS)',
    )
    .optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .trim()
    .regex(SECRET, 'may hold only letters, digits, _ and - (1 to 256 characters)')
    .optional(),
  TELEGRAM_WEBHOOK_HOST: z.string().trim().min(1).default('127.0.0.1'),
  TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  TELEGRAM_API_ROOT: z.string().trim().url('is not a URL').optional(),
});

/** Blank variables (`TELEGRAM_WEBHOOK_URL=` in a copied `.env.example`) count as unset. */
function withoutBlanks(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (e): e is [string, string] => e[0].startsWith('TELEGRAM_') && (e[1] ?? '').trim() !== '',
    ),
  );
}

/**
 * Reads and checks the Telegram settings; a bad value stops start-up naming the
 * variable, never echoing the token. Webhook mode when `TELEGRAM_WEBHOOK_URL` is set;
 * without `TELEGRAM_WEBHOOK_SECRET` a fresh random secret is registered at every start
 * (Telegram then sends that one), so a webhook is never left unprotected.
 */
export function telegramSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): TelegramSettings {
  const parsed = schema.safeParse(withoutBlanks(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    throw new ConfigError(problems.join('; '), '.env');
  }
  const s = parsed.data;
  return {
    token: s.TELEGRAM_BOT_TOKEN,
    ...(s.TELEGRAM_API_ROOT ? { apiRoot: s.TELEGRAM_API_ROOT.replace(/\/+$/, '') } : {}),
    ...(s.TELEGRAM_WEBHOOK_URL
      ? {
          webhook: {
            url: s.TELEGRAM_WEBHOOK_URL,
            secret: s.TELEGRAM_WEBHOOK_SECRET ?? randomBytes(32).toString('base64url'),
            host: s.TELEGRAM_WEBHOOK_HOST,
            port: s.TELEGRAM_WEBHOOK_PORT,
          },
        }
      : {}),
  };
}
