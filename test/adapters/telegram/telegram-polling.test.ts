import { afterEach, describe, expect, it } from 'vitest';
import { EventSink } from './event-sink.js';
import { GROUP_ID, TelegramHarness } from './telegram-harness.js';

// Long polling: start-up calls, lost connections, redelivery, and stopping cleanly.

let h: TelegramHarness;
let sink: EventSink;

async function start(): Promise<void> {
  h = await TelegramHarness.create();
  sink = new EventSink();
  await h.adapter.start(sink.handle);
}

afterEach(async () => {
  await h.close();
});

const texts = () => sink.of('message').map((e) => e.message.text);

describe('Telegram adapter: long polling', () => {
  it('starts by asking who it is, removing any webhook (keeping pending updates) and polling what it reads', async () => {
    await start();
    expect(h.fake.callsOf('getMe')).toHaveLength(1);
    expect((await h.fake.waitForCall('deleteWebhook')).params).toEqual({ drop_pending_updates: false });
    const poll = await h.fake.waitForCall('getUpdates');
    expect(poll.params).toMatchObject({
      offset: 0,
      timeout: 30,
      allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'],
    });
  });

  it('registers the command menu in Dutch (also the default) and English', async () => {
    await start();
    const menus = h.fake.chats.commandMenus;
    expect([...menus.keys()].sort()).toEqual(['', 'en', 'nl']);
    expect(menus.get('nl')?.find((c) => c.command === 'setup')?.description).toBe(
      'Deze groep instellen (leerkracht)',
    );
    expect(menus.get('en')?.find((c) => c.command === 'setup')?.description).toBe(
      'Set up this group (teacher)',
    );
    expect(menus.get('nl')?.find((c) => c.command === 'role')?.description).toBe(
      'Iemand als medewerker, ouder of leerling zetten',
    );
    expect(menus.get('en')?.find((c) => c.command === 'role')?.description).toBe(
      'Mark someone as staff, parent or pupil',
    );
    expect(menus.get('')).toEqual(menus.get('nl'));
  });

  it('asks again with the same offset after a lost connection: nothing lost, nothing twice', async () => {
    h = await TelegramHarness.create();
    sink = new EventSink();
    const say = (text: string) =>
      h.fake.pushUpdate({ message: h.fake.chats.message(GROUP_ID, h.parentUser, { text }) });
    say('een');
    const last = say('twee');
    // The first poll is cut off, the next fails on Telegram's side.
    h.fake.override('getUpdates', 'drop', { ok: false, error_code: 502, description: 'Bad Gateway' });
    await h.adapter.start(sink.handle);
    await sink.waitFor('message', 2);
    await h.fake.waitUntil(
      () => (h.fake.callsOf('getUpdates').length >= 4 ? true : undefined),
      'the poll after the batch',
    );
    expect(texts()).toEqual(['een', 'twee']);
    const [cut, failed, fetched, next] = h.fake.callsOf('getUpdates').map((c) => c.params.offset);
    expect([cut, failed, fetched]).toEqual([0, 0, 0]);
    expect(next).toBe(last + 1);
    expect(h.log.lines.filter((l) => l.includes('telegram.poll.failed'))).toHaveLength(2);
  });

  it('keeps going when the brain fails on one update, and logs no message text', async () => {
    h = await TelegramHarness.create();
    sink = new EventSink();
    let calls = 0;
    await h.adapter.start(async (event) => {
      calls++;
      if (calls === 1 && event.type === 'message') throw new Error(`cannot judge "${event.message.text}"`);
      await sink.handle(event);
    });
    await h.postText(h.parent, 'geheim bericht 06-12345678');
    await h.postText(h.parent, 'volgende');
    await sink.waitFor('message');
    expect(texts()).toEqual(['volgende']);
    const log = h.log.lines.join('\n');
    expect(log).toContain('telegram.sink.failed');
    expect(log).not.toContain('geheim');
    expect(log).not.toContain('06-12345678');
  });

  it('stops: the pending poll is ended, the last batch confirmed, nothing delivered after', async () => {
    await start();
    const id = h.fake.pushUpdate({ message: h.fake.chats.message(GROUP_ID, h.parentUser, { text: 'een' }) });
    await sink.waitFor('message');
    await h.adapter.stop();
    expect(h.fake.callsOf('getUpdates').at(-1)?.params).toEqual({ offset: id + 1, limit: 1, timeout: 0 });
    await h.postText(h.parent, 'na het stoppen');
    await h.settle();
    expect(texts()).toEqual(['een']);
  });

  it('refuses to start with a wrong token, saying what to fix and never echoing the token', async () => {
    h = await TelegramHarness.create({ adapter: { token: '42:wrong-token-that-must-not-be-printed' } });
    const started = h.adapter.start(async () => {});
    await expect(started).rejects.toMatchObject({ name: 'StartupError', code: 'E_PLATFORM', step: 'getMe' });
    const message = await started.catch((e: Error) => e.message);
    expect(message).toMatch(/401.*TELEGRAM_BOT_TOKEN/);
    expect(message).not.toContain('wrong-token');
  });
});
