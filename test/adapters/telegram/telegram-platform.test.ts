import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../src/app/log.js';
import { choosePlatforms } from '../../../src/app/platforms/choose-platforms.js';
import type { PlatformFactory, PlatformInstance } from '../../../src/app/platforms/platform-factory.js';
import { PLATFORMS } from '../../../src/app/platforms/platforms.js';
import { EventSink } from './event-sink.js';
import { FakeTelegram } from './fake-telegram.js';

// `npm start` with TELEGRAM_BOT_TOKEN in .env: the registry entry builds the adapter from the environment.

const consoleGroup: PlatformFactory = {
  platform: 'console',
  enabledBy: 'KLASWACHT_CONSOLE',
  description: 'console',
  create: () => Promise.reject(new Error('not in this test')),
};

let fake: FakeTelegram | undefined;
let instance: PlatformInstance | undefined;

afterEach(async () => {
  await instance?.adapter.stop();
  await fake?.close();
});

function telegram(): PlatformFactory {
  const entry = PLATFORMS.find((p) => p.platform === 'telegram');
  if (!entry) throw new Error('telegram is not in the platform registry');
  return entry;
}

describe('Telegram in the platform registry', () => {
  it('is chosen when TELEGRAM_BOT_TOKEN is set', () => {
    expect(telegram().enabledBy).toBe('TELEGRAM_BOT_TOKEN');
    const choice = choosePlatforms({ TELEGRAM_BOT_TOKEN: '1:abc' }, PLATFORMS, consoleGroup);
    expect(choice.platforms.map((p) => p.platform)).toContain('telegram');
  });

  it('builds a working adapter from the environment alone', async () => {
    fake = await FakeTelegram.start();
    fake.chats.group(-1001, 'Groep 5');
    fake.chats.setMember(-1001, fake.chats.bot.id, { status: 'member' });
    const piet = fake.chats.user(111, 'Piet');
    const log = createMemoryLogger();
    instance = await telegram().create({
      env: { TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot },
      configDir: 'config',
      log,
      stdin: new PassThrough(),
      stdout: new PassThrough(),
      clock: () => new Date(),
    });
    expect(instance.adapter.platform).toBe('telegram');
    const sink = new EventSink();
    await instance.adapter.start(sink.handle);
    fake.pushUpdate({ message: fake.chats.message(-1001, piet, { text: 'hallo klas' }) });
    expect((await sink.waitFor('message'))[0]?.message.ref.chatId).toBe('-1001');
    expect(log.lines.find((l) => l.includes('telegram.started'))).toMatch(
      /bot=KlasWachtBot mode=polling canReadAllGroupMessages=false/,
    );
    expect(log.lines.join('\n')).not.toContain(fake.token);
  });

  it('refuses a malformed token before touching the network', async () => {
    const create = telegram().create({
      env: { TELEGRAM_BOT_TOKEN: 'not-a-token' },
      configDir: 'config',
      log: createMemoryLogger(),
      stdin: new PassThrough(),
      stdout: new PassThrough(),
      clock: () => new Date(),
    });
    await expect(create).rejects.toThrow(/TELEGRAM_BOT_TOKEN/);
  });
});
