import { afterEach, describe, expect, it } from 'vitest';
import { EventSink } from './event-sink.js';
import { GROUP_ID, TelegramHarness } from './telegram-harness.js';

// What the adapter reads, through the real grammY client and the fake Bot API.

let h: TelegramHarness;
let sink: EventSink;

async function start(setup?: (h: TelegramHarness) => void, clock?: () => number): Promise<void> {
  h = await TelegramHarness.create(clock ? { adapter: { now: clock } } : {});
  setup?.(h);
  sink = new EventSink();
  await h.adapter.start(sink.handle);
}

afterEach(async () => {
  await h.close();
});

const botRights = (can_delete_messages: boolean, can_restrict_members = can_delete_messages) => ({
  status: 'administrator' as const,
  rights: { can_delete_messages, can_restrict_members },
});

describe('Telegram adapter: what it reads', () => {
  it.each([
    ['video', { video: { file_id: 'v', file_unique_id: 'v', width: 1, height: 1, duration: 3 } }, 'video'],
    ['video note', { video_note: { file_id: 'n', file_unique_id: 'n', length: 1, duration: 3 } }, 'video'],
    ['voice', { voice: { file_id: 'a', file_unique_id: 'a', duration: 3 } }, 'audio'],
    ['audio', { audio: { file_id: 'a', file_unique_id: 'a', duration: 3 } }, 'audio'],
    ['document', { document: { file_id: 'd', file_unique_id: 'd', file_name: 'lijst.pdf' } }, 'document'],
  ])('reads a %s as media for the consent register', async (_what, fields, kind) => {
    await start();
    h.post(h.parentUser, fields);
    const [m] = await sink.waitFor('message');
    expect(m?.message).toMatchObject({ text: '', media: { kind, count: 1 } });
  });

  it('reads mentions', async () => {
    await start();
    h.post(h.parentUser, { text: 'hoi @juf_anne', entities: [{ type: 'mention', offset: 4, length: 9 }] });
    const [m] = await sink.waitFor('message');
    expect(m?.message.mentions).toEqual(['juf_anne']);
  });

  it('reports members joining and leaving', async () => {
    await start();
    const lisa = h.fake.chats.user(333, 'Lisa');
    h.post(h.teacherUser, { new_chat_members: [lisa] });
    h.post(lisa, { left_chat_member: lisa });
    const [joined] = await sink.waitFor('member_joined');
    const [left] = await sink.waitFor('member_left');
    expect(joined).toMatchObject({
      chatId: String(GROUP_ID),
      member: { id: '333', name: 'Lisa', isBot: false },
    });
    expect(left).toMatchObject({ chatId: String(GROUP_ID), memberId: '333' });
    expect(sink.of('message')).toEqual([]);
  });

  it('reports the bot added to a group, and reads its new rights at once', async () => {
    await start((t) => t.fake.chats.setMember(GROUP_ID, t.fake.chats.bot.id, { status: 'member' }));
    expect(await h.adapter.capabilities(String(GROUP_ID))).toMatchObject({
      canDelete: false,
      canMute: false,
      canReadAllMessages: false,
      missingRights: ['Delete messages', 'Ban users'],
    });
    h.fake.chats.setMember(GROUP_ID, h.fake.chats.bot.id, botRights(true));
    const bot = h.fake.chats.chatMember(GROUP_ID, h.fake.chats.bot.id);
    const before = { status: 'member', user: h.fake.chats.bot };
    const chat = h.fake.chats.chatObject(GROUP_ID);
    h.fake.pushUpdate({
      my_chat_member: {
        chat,
        from: h.teacherUser,
        date: h.fake.chats.now(),
        old_chat_member: before,
        new_chat_member: bot,
      },
    });
    const [status] = await sink.waitFor('bot_status');
    expect(status).toMatchObject({
      status: 'promoted',
      chatId: String(GROUP_ID),
      chatTitle: 'Groep 7B',
      by: { id: '222' },
    });
    // The admin list was cached a moment ago; the promotion must not wait for the TTL.
    expect(await h.adapter.capabilities(String(GROUP_ID))).toMatchObject({
      canDelete: true,
      canMute: true,
      canReadAllMessages: true,
      missingRights: [],
    });
  });

  it('reports the bot removed from a group', async () => {
    await start();
    const chat = h.fake.chats.chatObject(GROUP_ID);
    const before = h.fake.chats.chatMember(GROUP_ID, h.fake.chats.bot.id);
    h.fake.pushUpdate({
      my_chat_member: {
        chat,
        from: h.teacherUser,
        date: h.fake.chats.now(),
        old_chat_member: before,
        new_chat_member: { status: 'left', user: h.fake.chats.bot },
      },
    });
    expect((await sink.waitFor('bot_status'))[0]).toMatchObject({ status: 'removed' });
  });

  it('reports a group upgraded to a supergroup as moved, keeping the old id', async () => {
    await start();
    h.fake.chats.group(-4242, 'Groep 7B', 'group');
    h.post(h.teacherUser, { migrate_to_chat_id: GROUP_ID }, -4242);
    h.post(h.teacherUser, { migrate_from_chat_id: -4242 });
    const [moved] = await sink.waitFor('chat_moved');
    expect(moved).toMatchObject({ fromChatId: '-4242', toChatId: String(GROUP_ID) });
    await h.settle();
    expect(sink.of('chat_moved')).toHaveLength(1);
  });

  it('reports /start in a private chat as the private chat opened', async () => {
    await start();
    h.post(h.teacherUser, { text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] }, 222);
    expect((await sink.waitFor('private_chat_opened'))[0]).toMatchObject({
      platform: 'telegram',
      userId: '222',
    });
    expect(sink.of('message')).toEqual([]);
  });

  it('leaves commands for another bot as ordinary group text', async () => {
    await start();
    h.post(h.parentUser, {
      text: '/rules@AndereBot',
      entities: [{ type: 'bot_command', offset: 0, length: 16 }],
    });
    expect((await sink.waitFor('message'))[0]?.message.text).toBe('/rules@AndereBot');
    expect(h.fake.callsOf('getChatAdministrators')).toEqual([]);
  });

  it('asks Telegram who is admin once per TTL, not for every command or message', async () => {
    let now = Date.parse('2026-03-02T09:00:00Z');
    await start(undefined, () => now);
    const command = (who: typeof h.teacher) => h.invokeCommand(who, 'rules', [], 'group');
    await command(h.teacher);
    await command(h.parent);
    await h.postText(h.parent, 'gewoon een bericht');
    const [byTeacher, byParent] = await sink.waitFor('command', 2);
    expect(byTeacher?.command.fromIsChatAdmin).toBe(true);
    expect(byParent?.command.fromIsChatAdmin).toBe(false);
    await sink.waitFor('message');
    expect(h.fake.callsOf('getChatAdministrators')).toHaveLength(1);

    // The parent is made admin; after the TTL the adapter asks again and sees it.
    h.fake.chats.setMember(GROUP_ID, 111, { status: 'administrator' });
    now += 61_000;
    await command(h.parent);
    const third = (await sink.waitFor('command', 3))[2];
    expect(third?.command.fromIsChatAdmin).toBe(true);
    expect(h.fake.callsOf('getChatAdministrators')).toHaveLength(2);
  });

  it('turns a button press into a command and answers the callback query', async () => {
    await start();
    const res = await h.adapter.perform({
      kind: 'send_private',
      userId: '222',
      text: 'Melding: persoonsgegevens in Groep 7B',
      buttons: [
        { label: 'Gezien', command: 'handle 17 seen' },
        { label: 'Naar leidinggevende', command: 'handle 17 escalate' },
      ],
    });
    expect(res).toMatchObject({ ok: true, messageId: expect.any(String) });
    const alert = h.fake.chats.sent.at(-1);
    const keyboard = h.lastKeyboard();
    expect(keyboard).toEqual([
      [{ text: 'Gezien', callback_data: 'handle 17 seen' }],
      [{ text: 'Naar leidinggevende', callback_data: 'handle 17 escalate' }],
    ]);
    const message = {
      message_id: alert?.messageId,
      date: h.fake.chats.now(),
      chat: h.fake.chats.chatObject(222),
      text: alert?.text,
    };
    h.press(h.teacherUser, message, 'handle 17 escalate');
    const [press] = await sink.waitFor('command');
    expect(press?.command).toMatchObject({
      name: 'handle',
      args: ['17', 'escalate'],
      viaButton: true,
      isPrivate: true,
      chatId: '222',
      from: { id: '222' },
    });
    await h.fake.waitForCall('answerCallbackQuery');
    expect(h.fake.chats.answeredCallbacks[0]).not.toHaveProperty('text');

    // The brain answers the press: in the same private chat, as a reply to the alert.
    const answered = await h.adapter.perform({
      kind: 'reply',
      replyHandle: press?.command.replyHandle ?? '',
      chatId: '222',
      text: 'Doorgestuurd naar de leidinggevende.',
      private: true,
    });
    expect(answered.ok).toBe(true);
    expect(h.fake.chats.sent.at(-1)?.params).toMatchObject({
      chat_id: 222,
      reply_parameters: { message_id: alert?.messageId },
    });
  });

  it('keeps a button whose command line is longer than 64 bytes working through a stand-in', async () => {
    await start();
    const command = `export 17 ${'ë'.repeat(40)}`;
    await h.adapter.perform({
      kind: 'send_private',
      userId: '222',
      text: 'Export',
      buttons: [{ label: 'Exporteren', command }],
    });
    const alert = h.fake.chats.sent.at(-1);
    const data = h.lastKeyboard()[0]?.[0]?.callback_data;
    expect(Buffer.byteLength(data ?? '')).toBeLessThanOrEqual(64);
    const message = {
      message_id: alert?.messageId,
      date: h.fake.chats.now(),
      chat: h.fake.chats.chatObject(222),
    };
    h.press(h.teacherUser, message, data ?? '');
    h.press(h.teacherUser, message, '~gone.1');
    const [press] = await sink.waitFor('command');
    expect(press?.command.args).toEqual(['17', 'ë'.repeat(40)]);
    await h.fake.waitUntil(
      () => (h.fake.chats.answeredCallbacks.length === 2 ? true : undefined),
      'two answers',
    );
    expect(h.fake.chats.answeredCallbacks[1]).toMatchObject({
      text: expect.stringContaining('werkt niet meer'),
    });
    expect(sink.of('command')).toHaveLength(1);
  });

  it('tells the brain it reads every message only with privacy mode off or as admin', async () => {
    await start((t) => t.fake.chats.setMember(GROUP_ID, t.fake.chats.bot.id, { status: 'member' }));
    expect((await h.adapter.capabilities(String(GROUP_ID))).canReadAllMessages).toBe(false);
    await h.close();
    await start((t) => {
      t.fake.chats.setMember(GROUP_ID, t.fake.chats.bot.id, { status: 'member' });
      t.fake.chats.canReadAllGroupMessages = true;
    });
    expect((await h.adapter.capabilities(String(GROUP_ID))).canReadAllMessages).toBe(true);
  });

  it('reports no rights in a group the bot is not in, and cannot mute in an old-style group', async () => {
    await start((t) => {
      t.fake.chats.group(-4242, 'Oude groep', 'group');
      t.fake.chats.setMember(-4242, t.fake.chats.bot.id, botRights(true));
    });
    expect(await h.adapter.capabilities('-100999')).toMatchObject({ canDelete: false, canMute: false });
    expect(await h.adapter.capabilities('-4242')).toMatchObject({ canDelete: true, canMute: false });
  });

  it('handles the groups of one batch side by side, each group in order', async () => {
    await start((t) => {
      t.fake.chats.group(-100555, 'Groep 8');
      t.fake.chats.setMember(-100555, t.fake.chats.bot.id, botRights(true));
    });
    sink.hold(String(GROUP_ID));
    // Posted in one go, so they arrive in one getUpdates batch.
    h.post(h.parentUser, { text: 'een' });
    h.post(h.parentUser, { text: 'twee' });
    h.post(h.teacherUser, { text: 'andere groep' }, -100555);
    // Groep 7B is stuck in the brain; Groep 8 is not held up by it.
    expect((await sink.waitFor('message'))[0]?.message.text).toBe('andere groep');
    sink.release(String(GROUP_ID));
    await sink.waitFor('message', 3);
    expect(sink.of('message').map((e) => e.message.text)).toEqual(['andere groep', 'een', 'twee']);
  });
});
