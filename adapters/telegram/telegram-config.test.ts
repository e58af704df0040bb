import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/config-error.js';
import { telegramSettingsFromEnv } from './telegram-config.js';

const TOKEN = '123456789:AAE-abcdefghijklmnopqrstuvwxyz_12345';

describe('telegramSettingsFromEnv', () => {
  it('runs long polling with only a token', () => {
    expect(telegramSettingsFromEnv({ TELEGRAM_BOT_TOKEN: ` ${TOKEN} ` })).toEqual({ token: TOKEN });
  });

  it('treats blank lines copied from .env.example as unset', () => {
    const env = { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_URL: '', TELEGRAM_WEBHOOK_SECRET: ' ' };
    expect(telegramSettingsFromEnv(env)).toEqual({ token: TOKEN });
  });

  it('runs a webhook when a URL is set, on 127.0.0.1:8080 behind the TLS proxy by default', () => {
    const settings = telegramSettingsFromEnv({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_URL: 'https://bot.school.nl/telegram',
      TELEGRAM_WEBHOOK_SECRET: 'geheim_123-ABC',
    });
    expect(settings.webhook).toEqual({
      url: 'https://bot.school.nl/telegram',
      secret: 'geheim_123-ABC',
      host: '127.0.0.1',
      port: 8080,
    });
  });

  it('makes up a strong secret when none is set, a new one every start', () => {
    const env = {
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_WEBHOOK_URL: 'https://bot.school.nl/tg',
      TELEGRAM_WEBHOOK_PORT: '9000',
    };
    const a = telegramSettingsFromEnv(env).webhook;
    const b = telegramSettingsFromEnv(env).webhook;
    expect(a?.secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(a?.secret).not.toBe(b?.secret);
    expect(a?.port).toBe(9000);
  });

  it('accepts another Bot API server', () => {
    const env = { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' };
    expect(telegramSettingsFromEnv(env).apiRoot).toBe('http://127.0.0.1:8081');
  });

  it.each([
    ['a token that is no bot token', { TELEGRAM_BOT_TOKEN: 'my-token' }, 'TELEGRAM_BOT_TOKEN'],
    ['a plain-http webhook', { TELEGRAM_WEBHOOK_URL: 'http://bot.school.nl/tg' }, 'TELEGRAM_WEBHOOK_URL'],
    [
      'a secret with spaces',
      { TELEGRAM_WEBHOOK_URL: 'https://a.nl/tg', TELEGRAM_WEBHOOK_SECRET: 'a b' },
      'TELEGRAM_WEBHOOK_SECRET',
    ],
    [
      'a port out of range',
      { TELEGRAM_WEBHOOK_URL: 'https://a.nl/tg', TELEGRAM_WEBHOOK_PORT: '70000' },
      'TELEGRAM_WEBHOOK_PORT',
    ],
  ])('stops start-up on %s, naming the variable', (_what, extra, variable) => {
    const env = { TELEGRAM_BOT_TOKEN: TOKEN, ...extra };
    expect(() => telegramSettingsFromEnv(env)).toThrow(ConfigError);
    expect(() => telegramSettingsFromEnv(env)).toThrow(variable);
  });

  it('never repeats the token in its complaint', () => {
    const env = { TELEGRAM_BOT_TOKEN: 'secret-but-malformed' };
    expect(() => telegramSettingsFromEnv(env)).toThrow(/^(?!.*secret-but-malformed)/s);
  });
});
