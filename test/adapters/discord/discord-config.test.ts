import { describe, expect, it } from 'vitest';
import { discordSettingsFromEnv } from '../../../adapters/discord/discord-config.js';
import { ConfigError } from '../../../src/core/config-error.js';
import { FAKE_TOKEN } from './fake-request.js';

describe('Discord settings from .env', () => {
  it('reads the token (with or without "Bot "), the staff channel and the default', () => {
    expect(
      discordSettingsFromEnv({ DISCORD_TOKEN: ` Bot ${FAKE_TOKEN} `, DISCORD_STAFF_CHANNEL: '' }),
    ).toEqual({
      token: FAKE_TOKEN,
      staffChannelName: 'klaswacht-staf',
    });
    expect(
      discordSettingsFromEnv({
        DISCORD_TOKEN: FAKE_TOKEN,
        DISCORD_STAFF_CHANNEL: 'leerkrachten',
        DISCORD_API_ROOT: 'http://127.0.0.1:9/api/',
      }),
    ).toEqual({ token: FAKE_TOKEN, staffChannelName: 'leerkrachten', api: 'http://127.0.0.1:9/api' });
  });

  it.each([
    [{ DISCORD_TOKEN: 'geheim-maar-fout' }, 'DISCORD_TOKEN is not a bot token'],
    [{ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_STAFF_CHANNEL: '#Staf Kamer' }, 'DISCORD_STAFF_CHANNEL must be'],
  ])('stops start-up on %j naming the variable, never the token', (env, message) => {
    expect(() => discordSettingsFromEnv(env)).toThrow(ConfigError);
    expect(() => discordSettingsFromEnv(env)).toThrow(message);
    expect(() => discordSettingsFromEnv(env)).not.toThrow(/geheim-maar-fout/);
  });
});
