import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../src/core/chat/chat-event.js';
import { chatKeyOf, commandChatOf, type ReadContext, toChatEvents } from './to-chat-event.js';

const ME = { id: 999, username: 'KlasWachtBot' };
const NOW = new Date('2026-03-02T09:00:00Z');
const DATE = 1_772_442_000; // 2026-03-02T09:00:00Z
const GROUP = { id: -1001234567890, type: 'supergroup', title: 'Groep 7B' };
const OLD_GROUP = { id: -4242, type: 'group', title: 'Groep 7B' };
const PIET = { id: 111, is_bot: false, first_name: 'Piet', last_name: 'Jansen', username: 'piet' };
const JUF = { id: 222, is_bot: false, first_name: 'Juf Anne' };
const BOT = { id: ME.id, is_bot: true, first_name: 'KlasWacht', username: ME.username };

const context: ReadContext = {
  me: ME,
  admins: new Set(['222']),
  buttonCommand: (data) => (data.startsWith('~') ? undefined : data),
  now: NOW,
};

/** Typed as the most specific message an Update holds, so it fits `message` and `edited_message`. */
type AnyMessage = NonNullable<Update['edited_message']>;

function msg(fields: Record<string, unknown>, chat: object = GROUP): AnyMessage {
  return { message_id: 78, date: DATE, chat, from: PIET, ...fields } as unknown as AnyMessage;
}
const text = (t: string, entities?: object[], chat?: object) => msg({ text: t, entities }, chat);
const cmd = (t: string, chat?: object, from: object = PIET) =>
  msg(
    { text: t, from, entities: [{ type: 'bot_command', offset: 0, length: t.split(' ')[0]?.length }] },
    chat,
  );
const member = (status: string, extra: object = {}) => ({ status, user: BOT, ...extra });
const admin = (rights: object = {}) =>
  member('administrator', { can_delete_messages: true, can_restrict_members: true, ...rights });
const myMember = (before: object, after: object, chat: object = GROUP) =>
  ({
    update_id: 1,
    my_chat_member: { chat, from: JUF, date: DATE, old_chat_member: before, new_chat_member: after },
  }) as unknown as Update;
const press = (data: string, chat: object = { id: 222, type: 'private', first_name: 'Juf Anne' }) =>
  ({
    update_id: 1,
    callback_query: {
      id: 'cq1',
      from: JUF,
      chat_instance: 'ci',
      data,
      message: { message_id: 501, date: DATE, chat, text: 'Melding' },
    },
  }) as unknown as Update;

const events = (update: Update): ChatEvent[] => toChatEvents(update, context);
const one = (update: Update): ChatEvent | undefined => {
  const all = events(update);
  expect(all).toHaveLength(1);
  return all[0];
};

describe('toChatEvents: messages', () => {
  it.each([
    ['text', msg({ text: 'hoi' }), { text: 'hoi' }],
    [
      'caption',
      msg({ caption: 'klassenfoto', photo: [{}, {}] }),
      { text: 'klassenfoto', media: { kind: 'photo', count: 1 } },
    ],
    ['photo without caption', msg({ photo: [{}] }), { text: '', media: { kind: 'photo', count: 1 } }],
    ['video', msg({ video: {} }), { media: { kind: 'video', count: 1 } }],
    ['video note', msg({ video_note: {} }), { media: { kind: 'video', count: 1 } }],
    ['animation', msg({ animation: {}, document: {} }), { media: { kind: 'video', count: 1 } }],
    ['voice', msg({ voice: {} }), { media: { kind: 'audio', count: 1 } }],
    ['audio', msg({ audio: {} }), { media: { kind: 'audio', count: 1 } }],
    ['document', msg({ document: {} }), { media: { kind: 'document', count: 1 } }],
    [
      'contact card',
      msg({ contact: { first_name: 'Daan', phone_number: '0612345678' } }),
      { text: 'Daan 0612345678' },
    ],
    ['venue', msg({ venue: { title: 'Thuis', address: 'Dorpsstraat 1' } }), { text: 'Thuis, Dorpsstraat 1' }],
    [
      'poll',
      msg({ poll: { question: 'Wie is dom?', options: [{ text: 'Piet' }, { text: 'Klaas' }] } }),
      { text: 'Wie is dom?\nPiet\nKlaas' },
    ],
  ])('reads %s', (_what, message, expected) => {
    expect(one({ update_id: 1, message })).toMatchObject({ type: 'message', message: expected });
  });

  it('reads chat, message id, author and time of a group message', () => {
    expect(one({ update_id: 1, message: text('Morgen gym') })).toEqual({
      type: 'message',
      message: {
        ref: { platform: 'telegram', chatId: '-1001234567890', messageId: '78' },
        author: { id: '111', name: 'Piet Jansen', role: 'unknown', isBot: false },
        text: 'Morgen gym',
        sentAt: NOW,
        edited: false,
        mentions: [],
      },
    });
  });

  it('reads a reply with what it replies to, but not a forum topic root', () => {
    const reply = msg({
      text: 'Ik!',
      reply_to_message: { message_id: 70, date: DATE, chat: GROUP, from: JUF },
    });
    expect(one({ update_id: 1, message: reply })).toMatchObject({
      message: {
        replyTo: { platform: 'telegram', chatId: '-1001234567890', messageId: '70', authorId: '222' },
      },
    });
    const inTopic = msg({
      text: 'hoi',
      is_topic_message: true,
      reply_to_message: { message_id: 3, date: DATE, chat: GROUP, forum_topic_created: { name: 'Huiswerk' } },
    });
    const m = one({ update_id: 1, message: inTopic });
    expect(m?.type === 'message' && m.message.replyTo).toBeFalsy();
  });

  it('reads @username mentions and mentions of people without a username', () => {
    const m = text('hoi @daan en Lisa', [
      { type: 'mention', offset: 4, length: 5 },
      { type: 'text_mention', offset: 13, length: 4, user: { id: 5, is_bot: false, first_name: 'Lisa' } },
    ]);
    expect(one({ update_id: 1, message: m })).toMatchObject({ message: { mentions: ['daan', 'Lisa'] } });
  });

  it('reads an edit as edited, with the edit time', () => {
    const edited = msg({ text: 'hoi allemaal', edit_date: DATE + 60 });
    expect(one({ update_id: 1, edited_message: edited })).toMatchObject({
      message: {
        ref: { messageId: '78' },
        text: 'hoi allemaal',
        edited: true,
        sentAt: new Date((DATE + 60) * 1000),
      },
    });
  });

  it('takes the chat as author for anonymous admins and linked channels', () => {
    const anon = msg({
      text: 'mededeling',
      sender_chat: GROUP,
      from: { id: 1087968824, is_bot: true, first_name: 'Group' },
    });
    expect(one({ update_id: 1, message: anon })).toMatchObject({
      message: { author: { id: '-1001234567890', name: 'Groep 7B', isBot: false } },
    });
  });

  it.each([
    ['a pinned message', msg({ pinned_message: { message_id: 1, date: DATE, chat: GROUP } })],
    ['a sticker', msg({ sticker: { emoji: '😀' } })],
    ['a channel post', { ...text('nieuws'), chat: { id: -100777, type: 'channel', title: 'Nieuws' } }],
    [
      'a private message that is no command',
      text('hallo bot', undefined, { id: 111, type: 'private', first_name: 'Piet' }),
    ],
  ])('ignores %s', (_what, message) => {
    expect(events({ update_id: 1, message: message as AnyMessage })).toEqual([]);
  });
});

describe('toChatEvents: commands', () => {
  it.each([
    ['/lessons ma 08:30-12:00', 'lessons', ['ma', '08:30-12:00']],
    ['/setup@KlasWachtBot 7B', 'setup', ['7B']],
    ['/SETUP@klaswachtbot', 'setup', []],
    ['/rules', 'rules', []],
    ['/role Anna de Vries medewerker', 'role', ['Anna', 'de', 'Vries', 'medewerker']],
    ['/ROLE@klaswachtbot @daan staff', 'role', ['@daan', 'staff']],
  ])('reads %s in a group', (line, name, args) => {
    expect(one({ update_id: 1, message: cmd(line) })).toMatchObject({
      type: 'command',
      command: {
        platform: 'telegram',
        chatId: '-1001234567890',
        isPrivate: false,
        name,
        args,
        at: NOW,
        from: { id: '111' },
      },
    });
  });

  it('takes admin rights from the admin list, and from anonymous admins', () => {
    const byJuf = one({ update_id: 1, message: cmd('/rules', GROUP, JUF) });
    expect(byJuf).toMatchObject({ command: { fromIsChatAdmin: true } });
    const byPiet = one({ update_id: 1, message: cmd('/rules') });
    expect(byPiet).toMatchObject({ command: { fromIsChatAdmin: false } });
    const anon = { ...cmd('/setup'), sender_chat: GROUP } as AnyMessage;
    expect(one({ update_id: 1, message: anon })).toMatchObject({ command: { fromIsChatAdmin: true } });
  });

  it('reads commands in the private chat, never as admin', () => {
    const c = one({ update_id: 1, message: cmd('/status', { id: 222, type: 'private' }, JUF) });
    expect(c).toMatchObject({
      command: { isPrivate: true, fromIsChatAdmin: false, chatId: '222', name: 'status' },
    });
    expect(c?.type === 'command' && c.command.replyHandle).toBe('tg:222:78:222');
  });

  it.each([
    ['another bot', '/rules@OtherBot'],
    ['an unknown command', '/weer morgen'],
    ['/start in a group', '/start'],
  ])('delivers a command for %s as an ordinary group message', (_what, line) => {
    expect(one({ update_id: 1, message: cmd(line) })).toMatchObject({
      type: 'message',
      message: { text: line },
    });
  });

  it('does not run an edited command again', () => {
    expect(events({ update_id: 1, edited_message: cmd('/rules') })).toEqual([]);
  });

  it('reports /start in private as the private chat opened', () => {
    expect(one({ update_id: 1, message: cmd('/start koppel-123', { id: 111, type: 'private' }) })).toEqual({
      type: 'private_chat_opened',
      platform: 'telegram',
      userId: '111',
      at: NOW,
    });
  });

  it('turns a button press into a command via the button', () => {
    expect(one(press('handle 17 seen'))).toEqual({
      type: 'command',
      command: {
        platform: 'telegram',
        chatId: '222',
        isPrivate: true,
        from: { id: '222', name: 'Juf Anne', role: 'unknown', isBot: false },
        fromIsChatAdmin: false,
        name: 'handle',
        args: ['17', 'seen'],
        at: NOW,
        replyHandle: 'tg:222:501:222',
        viaButton: true,
      },
    });
    expect(one(press('export 17', GROUP))).toMatchObject({
      command: { isPrivate: false, fromIsChatAdmin: true },
    });
  });

  it.each([
    ['an expired stand-in', '~abc.1'],
    ['an unknown command', 'launch 1'],
  ])('ignores a press with %s', (_w, d) => {
    expect(events(press(d))).toEqual([]);
  });
});

describe('toChatEvents: members and the bot itself', () => {
  it('reports members joining, without the bot itself', () => {
    const joined = msg({ new_chat_members: [PIET, BOT, JUF] });
    expect(events({ update_id: 1, message: joined })).toEqual([
      {
        type: 'member_joined',
        platform: 'telegram',
        chatId: '-1001234567890',
        at: NOW,
        member: expect.objectContaining({ id: '111' }),
      },
      {
        type: 'member_joined',
        platform: 'telegram',
        chatId: '-1001234567890',
        at: NOW,
        member: expect.objectContaining({ id: '222' }),
      },
    ]);
  });

  it('reports a member leaving, but not the bot leaving', () => {
    expect(one({ update_id: 1, message: msg({ left_chat_member: PIET }) })).toEqual({
      type: 'member_left',
      platform: 'telegram',
      chatId: '-1001234567890',
      memberId: '111',
      at: NOW,
    });
    expect(events({ update_id: 1, message: msg({ left_chat_member: BOT }) })).toEqual([]);
  });

  it('reports a group upgraded to a supergroup once, from the old group', () => {
    expect(one({ update_id: 1, message: msg({ migrate_to_chat_id: GROUP.id }, OLD_GROUP) })).toEqual({
      type: 'chat_moved',
      platform: 'telegram',
      fromChatId: '-4242',
      toChatId: '-1001234567890',
      at: NOW,
    });
    expect(events({ update_id: 1, message: msg({ migrate_from_chat_id: OLD_GROUP.id }) })).toEqual([]);
  });

  it.each([
    ['added as member', member('left'), member('member'), 'added'],
    ['added as admin', member('left'), admin(), 'added'],
    ['removed', member('member'), member('left'), 'removed'],
    ['kicked', admin(), member('kicked'), 'removed'],
    ['promoted', member('member'), admin(), 'promoted'],
    ['demoted', admin(), member('member'), 'demoted'],
    ['delete right taken', admin(), admin({ can_delete_messages: false }), 'demoted'],
    ['restrict right given', admin({ can_restrict_members: false }), admin(), 'promoted'],
  ])('reports the bot %s', (_what, before, after, status) => {
    expect(one(myMember(before, after))).toEqual({
      type: 'bot_status',
      platform: 'telegram',
      chatId: '-1001234567890',
      status,
      chatTitle: 'Groep 7B',
      by: expect.objectContaining({ id: '222' }),
      at: NOW,
    });
  });

  it('ignores bot membership changes that change nothing the brain uses', () => {
    expect(events(myMember(admin(), admin({ can_pin_messages: true })))).toEqual([]);
    expect(events(myMember(member('left'), member('kicked')))).toEqual([]);
  });

  it('reports a user unblocking the bot as the private chat opened', () => {
    const privateChat = { id: 222, type: 'private', first_name: 'Juf Anne' };
    expect(one(myMember(member('kicked'), member('member'), privateChat))).toMatchObject({
      type: 'private_chat_opened',
      userId: '222',
    });
    expect(events(myMember(member('member'), member('kicked'), privateChat))).toEqual([]);
  });
});

describe('chatKeyOf and commandChatOf', () => {
  it('keys updates by their chat', () => {
    expect(chatKeyOf({ update_id: 1, message: text('x') })).toBe('-1001234567890');
    expect(chatKeyOf(press('handle 1 seen'))).toBe('222');
    expect(chatKeyOf(myMember(member('left'), member('member')))).toBe('-1001234567890');
    expect(chatKeyOf({ update_id: 1 })).toBeUndefined();
  });

  it('asks for the admin list only for commands and presses in groups', () => {
    expect(commandChatOf({ update_id: 1, message: cmd('/rules') }, context)).toBe('-1001234567890');
    expect(commandChatOf({ update_id: 1, message: text('gewoon tekst') }, context)).toBeUndefined();
    expect(
      commandChatOf({ update_id: 1, message: cmd('/rules', { id: 1, type: 'private' }) }, context),
    ).toBeUndefined();
    expect(commandChatOf(press('export 1', GROUP), context)).toBe('-1001234567890');
    expect(commandChatOf(press('export 1'), context)).toBeUndefined();
  });
});
