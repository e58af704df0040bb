import { describe, expect, it } from 'vitest';
import { choosePlatforms } from '../../../src/app/platforms/choose-platforms.js';
import type { PlatformFactory } from '../../../src/app/platforms/platform-factory.js';

const platform = (name: string, enabledBy: string): PlatformFactory => ({
  platform: name,
  enabledBy,
  description: name,
  create: () => Promise.reject(new Error('not started in this test')),
});

const telegram = platform('telegram', 'TELEGRAM_BOT_TOKEN');
const discord = platform('discord', 'DISCORD_TOKEN');
const consoleGroup = platform('console', 'KLASWACHT_CONSOLE');
const registry = [telegram, discord];

describe('choosePlatforms', () => {
  it.each([
    ['no token', {}, ['console']],
    ['a blank token', { TELEGRAM_BOT_TOKEN: '  ' }, ['console']],
    ['the Telegram token', { TELEGRAM_BOT_TOKEN: '123:abc' }, ['telegram']],
    ['the Discord token', { DISCORD_TOKEN: 'x' }, ['discord']],
    ['both tokens', { TELEGRAM_BOT_TOKEN: '1:a', DISCORD_TOKEN: 'x' }, ['telegram', 'discord']],
  ])('with %s runs %j', (_what, env, expected) => {
    const choice = choosePlatforms(env, registry, consoleGroup);
    expect(choice.platforms.map((p) => p.platform)).toEqual(expected);
  });

  it('says why it fell back to the console, naming the variables it looked for', () => {
    const choice = choosePlatforms({}, registry, consoleGroup);
    expect(choice.reason).toContain('TELEGRAM_BOT_TOKEN, DISCORD_TOKEN');
  });

  it('refuses a platform registered twice', () => {
    expect(() => choosePlatforms({}, [telegram, telegram], consoleGroup)).toThrow(/registered twice/);
  });
});
