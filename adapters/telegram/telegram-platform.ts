import type { PlatformFactory } from '../../src/app/platforms/platform-factory.js';
import { TelegramAdapter, type TelegramAdapterOptions } from './telegram-adapter.js';
import { telegramSettingsFromEnv } from './telegram-config.js';
import { TELEGRAM } from './telegram-ids.js';

/** Tuning a test may change (rate limits, polling back-off); settings always come from the environment. */
export type TelegramTuning = Pick<TelegramAdapterOptions, 'rateLimits' | 'poll' | 'adminCacheTtlMs'>;

/**
 * The registry entry `npm start` uses when `TELEGRAM_BOT_TOKEN` is set: klaswacht then
 * runs in every Telegram group the bot is added to.
 */
export function createTelegramPlatform(tuning: TelegramTuning = {}): PlatformFactory {
  return {
    platform: TELEGRAM,
    enabledBy: 'TELEGRAM_BOT_TOKEN',
    description: 'Telegram class groups (long polling; a webhook when TELEGRAM_WEBHOOK_URL is set)',
    async create(context) {
      const settings = telegramSettingsFromEnv(context.env);
      const adapter = new TelegramAdapter({
        ...settings,
        ...tuning,
        log: context.log,
        now: () => context.clock().getTime(),
      });
      return { adapter };
    },
  };
}

export const telegramPlatform: PlatformFactory = createTelegramPlatform();
