import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramPlatform } from '../../../adapters/telegram/telegram-platform.js';
import { type RunningBot, startBot } from '../../../src/app/composition-root.js';
import { DEFAULT_CONFIG_DIR } from '../../../src/app/paths.js';
import { FakeTelegram } from './fake-telegram.js';

// `npm start` with TELEGRAM_BOT_TOKEN: the real brain (composition root, SQLite store,
// real engine) driving the real grammY client against the fake Bot API.

const GROUP = -1001234567890;
const FAST = { global: {}, group: { maxConcurrent: 1 }, out: { maxConcurrent: 1 } };
let dir: string;
let fake: FakeTelegram;
let bots: RunningBot[];
let logs: string;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'klaswacht-telegram-'));
  fake = await FakeTelegram.start();
  const c = fake.chats;
  c.user(222, 'Juf Anne');
  c.user(111, 'Bram');
  c.group(GROUP, 'Groep 7B');
  c.setMember(GROUP, 222, { status: 'creator' });
  c.setMember(GROUP, 111, { status: 'member' });
  c.privateOpen.add(222);
  c.privateOpen.add(111);
  bots = [];
  logs = '';
});

afterEach(async () => {
  for (const bot of bots) await bot.stop().catch(() => undefined);
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<RunningBot> {
  const stderr = new PassThrough();
  stderr.on('data', (chunk: Buffer) => {
    logs += chunk.toString('utf8');
  });
  const bot = await startBot({
    env: {
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      KLASWACHT_SECRET: 'telegram-e2e-secret-0123456789abcdef',
    },
    cwd: dir,
    configDir: DEFAULT_CONFIG_DIR,
    dbPath: join(dir, 'klaswacht.sqlite'),
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stderr,
    // Telegram's real per-chat send limits (one a second) would only make this test slow.
    registry: [
      createTelegramPlatform({ rateLimits: { maxRetryAfterSeconds: 1, maxRetries: 1, throttle: FAST } }),
    ],
  });
  bots.push(bot);
  return bot;
}

const user = (id: number) => fake.chats.users.get(id) ?? fake.chats.bot;
const say = (from: number, fields: Record<string, unknown>, chat = GROUP) =>
  fake.pushUpdate({ message: fake.chats.message(chat, user(from), fields) });
const command = (from: number, line: string, chat = GROUP) =>
  say(
    from,
    { text: line, entities: [{ type: 'bot_command', offset: 0, length: line.split(' ')[0]?.length }] },
    chat,
  );
const sentTo = (chatId: number) => fake.chats.sent.filter((s) => s.chatId === chatId);
const waitForSent = (chatId: number, pred: (text: string) => boolean, what: string) =>
  fake.waitUntil(() => sentTo(chatId).find((s) => s.text !== undefined && pred(s.text)), what);

/** The bot is added to the group (as admin unless told otherwise), and the teacher runs /setup. */
async function addAndSetUp(asAdmin = true): Promise<void> {
  fake.chats.setMember(
    GROUP,
    fake.chats.bot.id,
    asAdmin
      ? { status: 'administrator', rights: { can_delete_messages: true, can_restrict_members: true } }
      : { status: 'member' },
  );
  fake.pushUpdate({
    my_chat_member: {
      chat: fake.chats.chatObject(GROUP),
      from: user(222),
      date: fake.chats.now(),
      old_chat_member: { status: 'left', user: fake.chats.bot },
      new_chat_member: fake.chats.chatMember(GROUP, fake.chats.bot.id),
    },
  });
  await waitForSent(GROUP, (t) => t.includes('klaswacht'), 'the introduction');
  command(222, '/setup@KlasWachtBot ouders nl Groep 7B');
  await waitForSent(GROUP, (t) => t.includes('is ingesteld'), 'the set-up confirmation');
}

describe('Telegram with the brain', () => {
  it('a teacher adds the bot, sets the group up, and personal data is handled', async () => {
    const bot = await start();
    await addAndSetUp();

    say(111, { text: 'Hoi! Mijn nummer is 06-12345678, app me voor de carpool.' });
    const alert = await waitForSent(222, (t) => t.includes('Melding #'), 'the teacher alert');
    expect(alert.text).toContain('[telefoonnummer]');
    expect(alert.text).not.toContain('06-12345678');
    await fake.waitUntil(() => fake.chats.deleted[0], 'the deletion');
    await waitForSent(111, (t) => t.includes('verwijderd'), 'the private word to the poster');

    // The alert's buttons carry command lines; a press comes back as a command.
    const buttons = (
      alert.params.reply_markup as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }
    ).inline_keyboard.flat();
    expect(buttons.map((b) => b.text)).toEqual(['Gezien', 'Opgelost', 'Vals alarm', 'Naar leidinggevende']);
    const seen = buttons.find((b) => b.text === 'Gezien');
    const message = {
      message_id: alert.messageId,
      date: fake.chats.now(),
      chat: fake.chats.chatObject(222),
      text: alert.text,
    };
    fake.pushUpdate({
      callback_query: {
        id: 'cq-1',
        from: user(222),
        chat_instance: 'ci',
        data: seen?.callback_data,
        message,
      },
    });
    await fake.waitUntil(() => fake.chats.answeredCallbacks[0], 'the callback answer');
    await waitForSent(222, (t) => /#\d+.*gezien/i.test(t), 'the answer to the press');
    expect(bot.store.incidents.list().map((i) => i.status)).toEqual(['seen']);
    expect(logs).not.toContain('06-12345678');
    expect(logs).not.toContain('carpool');
  });

  it('keeps an alert for a teacher who never opened a private chat, and sends it after /start', async () => {
    fake.chats.privateOpen.delete(222);
    await start();
    await addAndSetUp();
    say(111, { text: 'Mijn nummer is 06-12345678' });
    const note = await waitForSent(GROUP, (t) => t.includes('/start'), 'the note in the group');
    expect(note.text).toContain('leerkracht');
    // How to open the chat is Telegram's own: the bot's username and /start.
    expect(note.text).toContain('privégesprek met mij (@KlasWachtBot) en stuur /start');
    expect(note.text).not.toContain('06-12345678');
    expect(sentTo(222)).toEqual([]);

    fake.chats.privateOpen.add(222);
    command(222, '/start', 222);
    const alert = await waitForSent(222, (t) => t.includes('Melding #'), 'the alert after /start');
    expect(alert.text).toContain('[telefoonnummer]');
  });

  it('welcomes parents added to the group once, and knows them for /consent before they post', async () => {
    const bot = await start();
    await addAndSetUp();
    const fleur = fake.chats.user(333, 'Fleur');
    const gijs = fake.chats.user(444, 'Gijs');
    say(222, { new_chat_members: [fleur, gijs] });
    const welcome = await waitForSent(GROUP, (t) => t.startsWith('Welkom in Groep 7B'), 'the welcome');
    expect(welcome.text).not.toMatch(/Fleur|Gijs/);
    command(222, '/consent Fleur foto');
    await waitForSent(222, (t) => t.includes('Toestemming geregistreerd voor Fleur: foto.'), 'the consent');
    await bot.brain.drain();
    expect(sentTo(GROUP).filter((s) => s.text?.startsWith('Welkom in'))).toHaveLength(1);
  });

  it('/status tells the teacher privately that the bot is in privacy mode and no admin, and what to do', async () => {
    fake.chats.canReadAllGroupMessages = false;
    await start();
    await addAndSetUp(false);
    command(222, '/status');
    const status = await waitForSent(222, (t) => t.includes('Wat ik in deze groep kan'), 'the status');
    expect(status.text).toContain(
      "✗ Ik zie alleen commando's en berichten aan mij, dus ik kan de groep nu niet modereren. Maak mij beheerder van de groep, of zet bij @BotFather de privacymodus uit",
    );
    expect(status.text).toContain('✗ Ik kan geen berichten verwijderen');
    expect(status.text).toContain('Rechten die ik hier mis: Delete messages, Ban users. Maak mij beheerder');
    // Staff get it privately, never in the group.
    const inGroup = sentTo(GROUP).find((s) => s.text?.includes('Leerkracht: Juf Anne'));
    expect(inGroup).toBeUndefined();
  });

  it('a redelivered update after a restart makes no second incident and no second alert', async () => {
    const first = await start();
    await addAndSetUp();
    const updateId = say(111, { text: 'Bel me: 06-12345678' });
    await waitForSent(222, (t) => t.includes('Melding #'), 'the teacher alert');
    await first.brain.drain();
    await first.stop();

    // The process died before Telegram heard the batch was handled: it comes again.
    fake.redeliver(updateId);
    const callsBefore = fake.calls.length;
    const second = await start();
    // The new process starts at offset 0; it asks for updateId + 1 only after receiving the update again.
    await fake.waitUntil(
      () =>
        fake.calls
          .slice(callsBefore)
          .some((c) => c.method === 'getUpdates' && Number(c.params.offset) === updateId + 1)
          ? true
          : undefined,
      'the redelivered update received and confirmed',
    );
    await second.brain.drain();
    expect(second.store.incidents.list()).toHaveLength(1);
    const alerts = sentTo(222).filter((s) => s.text?.startsWith('Melding voor de leerkracht'));
    expect(alerts).toHaveLength(1);
    expect(sentTo(111).filter((s) => s.text?.includes('verwijderd'))).toHaveLength(1);
    // The repeated delete finds the message gone: the teacher is not asked to delete it.
    expect(fake.calls.filter((c) => c.method === 'deleteMessage').length).toBeGreaterThanOrEqual(2);
    expect(sentTo(222).filter((s) => s.text?.includes('zelf verwijderen'))).toEqual([]);
  });
});
