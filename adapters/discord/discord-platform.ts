import type { PlatformFactory } from '../../src/app/platforms/platform-factory.js';
import { DiscordAdapter } from './discord-adapter.js';
import { discordSettingsFromEnv } from './discord-config.js';
import { PLATFORM } from './to-chat-event.js';

/**
 * The registry entry `npm start` uses when `DISCORD_TOKEN` is set: klaswacht then runs
 * on every server the bot is invited to, in the channels and threads where a teacher
 * ran `/setup`. Messages of other channels are dropped in the adapter when the
 * composition root says which chats are groups (`isGroupChat`).
 */
export const discordPlatform: PlatformFactory = {
  platform: PLATFORM,
  enabledBy: 'DISCORD_TOKEN',
  description: 'Discord class channels (gateway; one process, sharded automatically past 2,500 servers)',
  async create(context) {
    const settings = discordSettingsFromEnv(context.env);
    const isGroupChat = context.isGroupChat;
    const adapter = new DiscordAdapter({
      ...settings,
      log: context.log,
      ...(isGroupChat ? { isClassChannel: (chatId: string) => isGroupChat(PLATFORM, chatId) } : {}),
    });
    return { adapter };
  },
};
