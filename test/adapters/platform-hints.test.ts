import { describe, expect, it } from 'vitest';
import { discordHint } from '../../adapters/discord/discord-hints.js';
import { telegramHint } from '../../adapters/telegram/telegram-hints.js';
import { LANGUAGES } from '../../src/core/categories.js';
import { PLATFORM_HINTS } from '../../src/core/chat/chat-adapter.js';

// The brain's texts are platform-neutral; each platform says how things are done there.

describe('platform hints', () => {
  const every = LANGUAGES.flatMap((lang) => PLATFORM_HINTS.map((topic) => [lang, topic] as const));

  it.each(every)('%s %s: one or two full sentences on both platforms', (lang, topic) => {
    for (const text of [telegramHint(topic, lang, 'klaswacht_bot'), discordHint(topic, lang)]) {
      expect(text.length).toBeGreaterThan(20);
      expect(text).toMatch(/[.!]$/);
    }
  });

  it('Telegram: a private chat opens with /start, at the bot named by its username', () => {
    expect(telegramHint('private_chat', 'nl', 'klaswacht_bot')).toContain('(@klaswacht_bot) en stuur /start');
    expect(telegramHint('private_chat', 'en', 'klaswacht_bot')).toContain('(@klaswacht_bot) and send /start');
    expect(telegramHint('private_chat', 'nl', undefined)).toContain('(klaswacht)');
  });

  it('Telegram: reading every message means admin or privacy mode off at BotFather', () => {
    expect(telegramHint('read_all_messages', 'nl', 'x')).toMatch(/beheerder.*@BotFather.*\/setprivacy/);
    expect(telegramHint('read_all_messages', 'en', 'x')).toMatch(/admin.*@BotFather.*\/setprivacy/);
  });

  it('Discord: no Telegram commands, a direct message and the role rights instead', () => {
    for (const lang of LANGUAGES) {
      for (const topic of PLATFORM_HINTS) expect(discordHint(topic, lang)).not.toMatch(/\/start|BotFather/);
    }
    expect(discordHint('private_chat', 'en')).toContain('direct message');
    expect(discordHint('grant_rights', 'nl')).toContain('klaswacht-rol');
  });
});
