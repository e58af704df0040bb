import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { discordPlatform } from '../../../adapters/discord/discord-platform.js';
import { createMemoryLogger } from '../../../src/app/log.js';
import { choosePlatforms } from '../../../src/app/platforms/choose-platforms.js';
import type { PlatformFactory } from '../../../src/app/platforms/platform-factory.js';
import { PLATFORMS } from '../../../src/app/platforms/platforms.js';
import { EventSink } from './event-sink.js';
import { FakeDiscord } from './fake-discord.js';
import { FAKE_TOKEN } from './fake-request.js';

const consoleFallback: PlatformFactory = {
  platform: 'console',
  enabledBy: 'KLASWACHT_CONSOLE',
  description: 'console',
  create: () => Promise.reject(new Error('not started here')),
};

describe('Discord in the platform registry', () => {
  it('is chosen by DISCORD_TOKEN', () => {
    expect(PLATFORMS).toContain(discordPlatform);
    const choice = choosePlatforms({ DISCORD_TOKEN: FAKE_TOKEN }, PLATFORMS, consoleFallback);
    expect(choice.platforms).toEqual([discordPlatform]);
  });

  it('starts from .env settings and drops chats the store does not know as groups', async () => {
    const fake = await FakeDiscord.start();
    const { school } = fake;
    const asked: Array<[string, string]> = [];
    const { adapter } = await discordPlatform.create({
      env: { DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_ROOT: fake.api },
      configDir: 'config',
      log: createMemoryLogger(),
      stdin: new PassThrough(),
      stdout: new PassThrough(),
      clock: () => new Date(),
      isGroupChat: (platform, chatId) => {
        asked.push([platform, chatId]);
        return chatId === school.classChannel;
      },
    });
    const sink = new EventSink();
    try {
      await adapter.start(sink.handle);
      fake.post(school.parent.id, school.generalChannel, 'niet voor de bot');
      fake.post(school.parent.id, school.classChannel, 'wel voor de bot');
      const m = await sink.waitFor((s) => s.messages()[0], 'the class message');
      expect(m).toMatchObject({
        ref: { platform: 'discord', chatId: school.classChannel },
        text: 'wel voor de bot',
      });
      expect(asked).toEqual([
        ['discord', school.generalChannel],
        ['discord', school.classChannel],
      ]);
      expect(sink.messages()).toHaveLength(1);
    } finally {
      await adapter.stop();
      await fake.stop();
    }
  });
});
