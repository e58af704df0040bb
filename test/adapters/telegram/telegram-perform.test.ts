import { afterEach, describe, expect, it } from 'vitest';
import type { TelegramAdapterOptions } from '../../../adapters/telegram/telegram-adapter.js';
import { EventSink } from './event-sink.js';
import { GROUP_ID, TelegramHarness } from './telegram-harness.js';

// What the adapter does, and how Telegram's refusals come back to the brain.

let h: TelegramHarness;
let sink: EventSink;
const GROUP = String(GROUP_ID);
const HOUR_S = 3600;

async function start(adapter: Partial<TelegramAdapterOptions> = {}): Promise<void> {
  h = await TelegramHarness.create({ adapter });
  sink = new EventSink();
  await h.adapter.start(sink.handle);
}

afterEach(async () => {
  await h.close();
});

describe('Telegram adapter: private messages', () => {
  it('reports a teacher who never opened a private chat as no_private_chat, until /start', async () => {
    await start();
    h.fake.chats.privateOpen.delete(222);
    const alert = { kind: 'send_private', userId: '222', text: 'Melding voor juf' } as const;
    expect(await h.adapter.perform(alert)).toMatchObject({
      ok: false,
      reason: 'no_private_chat',
      detail: expect.stringContaining('403'),
    });
    // The teacher opens the chat with the bot: the brain hears it and sends the waiting alert.
    h.fake.chats.privateOpen.add(222);
    h.post(h.teacherUser, { text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] }, 222);
    await sink.waitFor('private_chat_opened');
    expect(await h.adapter.perform(alert)).toMatchObject({ ok: true });
    expect(h.privateTexts(h.teacher)).toEqual(['Melding voor juf']);
  });

  it('reports someone Telegram has no chat with as no_private_chat', async () => {
    await start();
    expect(await h.adapter.perform({ kind: 'send_private', userId: '5555', text: 'x' })).toMatchObject({
      ok: false,
      reason: 'no_private_chat',
      detail: expect.stringContaining('chat not found'),
    });
  });

  it('answers a group command privately, or says the invoker has no private chat', async () => {
    await start();
    h.fake.chats.privateOpen.delete(111);
    await h.invokeCommand(h.parent, 'rules', [], 'group');
    const [cmd] = await sink.waitFor('command');
    const answer = {
      kind: 'reply',
      replyHandle: cmd?.command.replyHandle ?? '',
      chatId: GROUP,
      text: 'De regels',
      private: true,
    } as const;
    expect(await h.adapter.perform(answer)).toMatchObject({ ok: false, reason: 'no_private_chat' });
    expect(h.groupTexts()).toEqual([]);
  });
});

describe('Telegram adapter: group messages and replies', () => {
  it('answers a group command in the group as a reply to it', async () => {
    await start();
    await h.invokeCommand(h.teacher, 'status', [], 'group');
    const [cmd] = await sink.waitFor('command');
    const res = await h.adapter.perform({
      kind: 'reply',
      replyHandle: cmd?.command.replyHandle ?? '',
      chatId: GROUP,
      text: 'Alles in orde',
      private: false,
    });
    expect(res).toMatchObject({ ok: true, messageId: expect.any(String) });
    const sent = h.fake.chats.sent.at(-1);
    expect(sent?.params).toMatchObject({
      chat_id: GROUP_ID,
      text: 'Alles in orde',
      reply_parameters: { message_id: expect.any(Number), allow_sending_without_reply: true },
      link_preview_options: { is_disabled: true },
    });
    expect(sent?.params).not.toHaveProperty('parse_mode');
  });

  it('sends a reminder as a reply to the message it is about', async () => {
    await start();
    const id = await h.postText(h.parent, 'hoi');
    await sink.waitFor('message');
    await h.adapter.perform({
      kind: 'send_group',
      chatId: GROUP,
      text: 'Denk aan de omgangsregels.',
      replyToMessageId: id,
    });
    expect(h.fake.chats.sent.at(-1)?.params).toMatchObject({ reply_parameters: { message_id: Number(id) } });
  });

  it('splits a text longer than Telegram allows, buttons under the last part', async () => {
    await start();
    const text = `${'a'.repeat(3000)}\n\n${'b'.repeat(3000)}`;
    const res = await h.adapter.perform({
      kind: 'send_private',
      userId: '222',
      text,
      buttons: [{ label: 'Gezien', command: 'handle 1 seen' }],
    });
    expect(res.ok).toBe(true);
    const sent = h.fake.chats.sent.slice(-2);
    expect(sent.map((s) => s.text)).toEqual(['a'.repeat(3000), 'b'.repeat(3000)]);
    expect(sent[0]?.params).not.toHaveProperty('reply_markup');
    expect(sent[1]?.params).toHaveProperty('reply_markup');
    expect(res.ok && res.messageId).toBe(String(sent[0]?.messageId));
  });

  it('sends an export as a document after the text', async () => {
    await start();
    await h.invokeCommand(h.teacher, 'export', ['17'], 'private');
    const [cmd] = await sink.waitFor('command');
    const res = await h.adapter.perform({
      kind: 'reply',
      replyHandle: cmd?.command.replyHandle ?? '',
      chatId: '222',
      text: 'Het dossier:',
      private: true,
      files: [
        { name: 'dossier-17.csv', mimeType: 'text/csv', content: 'datum;categorie\n2026-03-02;pesten\n' },
      ],
    });
    expect(res.ok).toBe(true);
    const [text, doc] = h.fake.chats.sent.slice(-2);
    expect(text?.text).toBe('Het dossier:');
    expect(doc).toMatchObject({
      chatId: 222,
      document: { filename: 'dossier-17.csv', content: 'datum;categorie\n2026-03-02;pesten\n' },
    });
  });

  it('reports a group the bot was removed from as forbidden', async () => {
    await start();
    h.fake.chats.setMember(GROUP_ID, h.fake.chats.bot.id, { status: 'kicked' });
    expect(await h.adapter.perform({ kind: 'send_group', chatId: GROUP, text: 'x' })).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
  });
});

describe('Telegram adapter: delete', () => {
  it('reports a message older than 48 hours as too_old without asking Telegram', async () => {
    await start();
    const old = h.post(
      h.parentUser,
      { text: 'oud nummer 06-12345678' },
      GROUP_ID,
      h.fake.chats.now() - 49 * HOUR_S,
    );
    await sink.waitFor('message');
    const res = await h.adapter.perform({ kind: 'delete', chatId: GROUP, messageId: String(old.message_id) });
    expect(res).toMatchObject({ ok: false, reason: 'too_old' });
    expect(h.fake.callsOf('deleteMessage')).toEqual([]);
  });

  it('tells too_old from forbidden when Telegram only says "can\'t be deleted"', async () => {
    await start();
    // A message from before the bot started: the adapter never saw its date.
    const unseen = h.fake.chats.message(
      GROUP_ID,
      h.parentUser,
      { text: 'x' },
      h.fake.chats.now() - 50 * HOUR_S,
    );
    const res = await h.adapter.perform({
      kind: 'delete',
      chatId: GROUP,
      messageId: String(unseen.message_id),
    });
    expect(res).toMatchObject({
      ok: false,
      reason: 'too_old',
      detail: expect.stringContaining("can't be deleted"),
    });
    h.refuseNextDelete();
    const recent = h.fake.chats.message(GROUP_ID, h.parentUser, { text: 'y' });
    expect(
      await h.adapter.perform({ kind: 'delete', chatId: GROUP, messageId: String(recent.message_id) }),
    ).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
  });

  it('reports a message that is gone as not_found', async () => {
    await start();
    expect(await h.adapter.perform({ kind: 'delete', chatId: GROUP, messageId: '999999' })).toMatchObject({
      ok: false,
      reason: 'not_found',
    });
  });
});

describe('Telegram adapter: mute', () => {
  it('mutes with restrictChatMember until the given time', async () => {
    await start();
    const until = new Date(Date.now() + HOUR_S * 1000);
    expect(await h.adapter.perform({ kind: 'mute', chatId: GROUP, userId: '111', until })).toEqual({
      ok: true,
    });
    expect(h.fake.chats.restricted[0]).toMatchObject({
      chat_id: GROUP_ID,
      user_id: 111,
      until_date: Math.ceil(until.getTime() / 1000),
      permissions: { can_send_messages: false, can_send_photos: false, can_send_other_messages: false },
    });
  });

  it('never mutes for ever by accident: a time in the past becomes the shortest mute', async () => {
    const now = Date.parse('2026-03-02T09:00:00Z');
    await start({ now: () => now });
    await h.adapter.perform({ kind: 'mute', chatId: GROUP, userId: '111', until: new Date(now - 1000) });
    expect(h.fake.chats.restricted[0]?.until_date).toBe(Math.ceil((now + 31_000) / 1000));
  });

  it.each([
    ['without the ban right', 'forbidden', 'rights'],
    ['a group admin', 'forbidden', 'admin'],
    ['in an old-style group', 'unsupported', 'group'],
  ])('reports muting %s as %s', async (_what, reason, setup) => {
    await start();
    let chatId = GROUP;
    if (setup === 'rights') {
      h.fake.chats.setMember(GROUP_ID, h.fake.chats.bot.id, {
        status: 'administrator',
        rights: { can_delete_messages: true, can_restrict_members: false },
      });
    }
    if (setup === 'admin') h.fake.chats.setMember(GROUP_ID, 111, { status: 'administrator' });
    if (setup === 'group') {
      h.fake.chats.group(-4242, 'Oude groep', 'group');
      h.fake.chats.setMember(-4242, h.fake.chats.bot.id, {
        status: 'administrator',
        rights: { can_delete_messages: true, can_restrict_members: true },
      });
      chatId = '-4242';
    }
    const res = await h.adapter.perform({
      kind: 'mute',
      chatId,
      userId: '111',
      until: new Date(Date.now() + 600_000),
    });
    expect(res).toMatchObject({ ok: false, reason });
  });
});

describe('Telegram adapter: rate limits', () => {
  it('waits out a short retry_after and then succeeds', async () => {
    await start();
    h.fake.override('sendMessage', {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    expect(await h.adapter.perform({ kind: 'send_group', chatId: GROUP, text: 'na de pauze' })).toMatchObject(
      { ok: true },
    );
    expect(h.fake.callsOf('sendMessage')).toHaveLength(2);
    expect(h.groupTexts()).toEqual(['na de pauze']);
  });

  it('reports a long retry_after as rate_limited at once, with the wait', async () => {
    await start();
    h.fake.override('sendMessage', {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 30',
      parameters: { retry_after: 30 },
    });
    expect(await h.adapter.perform({ kind: 'send_group', chatId: GROUP, text: 'x' })).toEqual({
      ok: false,
      reason: 'rate_limited',
      retryAfterMs: 30_000,
      detail: 'sendMessage: 429 Too Many Requests: retry after 30',
    });
  });

  it('throttles sending per group, but not deleting', async () => {
    const group = {
      maxConcurrent: 1,
      reservoir: 2,
      reservoirRefreshAmount: 2,
      reservoirRefreshInterval: 60_000,
    };
    await start({
      rateLimits: { maxRetryAfterSeconds: 1, maxRetries: 1, throttle: { global: {}, group, out: {} } },
    });
    const send = (text: string) => h.adapter.perform({ kind: 'send_group', chatId: GROUP, text });
    await send('een');
    await send('twee');
    let third = false;
    void send('drie').then(() => {
      third = true;
    });
    const id = await h.postText(h.parent, 'weg ermee');
    await sink.waitFor('message');
    expect(await h.adapter.perform({ kind: 'delete', chatId: GROUP, messageId: id })).toEqual({ ok: true });
    await h.settle();
    expect(third).toBe(false);
    expect(h.groupTexts()).toEqual(['een', 'twee']);
  });
});
