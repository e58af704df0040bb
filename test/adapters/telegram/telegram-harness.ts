import { TelegramAdapter, type TelegramAdapterOptions } from '../../../adapters/telegram/telegram-adapter.js';
import { createMemoryLogger } from '../../../src/app/log.js';
import type { AdapterHarness, FakeUser } from '../adapter-harness.js';
import { FakeTelegram } from './fake-telegram.js';
import type { Params } from './fake-telegram-body.js';
import type { TgUser } from './fake-telegram-chats.js';

export const GROUP_ID = -1001234567890;
export const WEBHOOK_URL = 'https://klas.example/telegram/hook';
export const WEBHOOK_SECRET = 'S3cret-token_1';

/** Throttling that keeps order but does not slow tests down; rate-limit tests set their own. */
const FAST_THROTTLE = { global: {}, group: { maxConcurrent: 1 }, out: { maxConcurrent: 1 } };

export interface TelegramHarnessOptions {
  readonly webhook?: boolean;
  readonly adapter?: Partial<TelegramAdapterOptions>;
}

/**
 * The shared AdapterHarness for Telegram, plus what Telegram-specific tests need: the
 * fake Bot API (with its model of chats and rights), the adapter's log, and helpers to
 * post any update. Group "Groep 7B" is a supergroup where the teacher is the owner and
 * the bot an admin with delete and ban rights; teacher and parent opened a private chat.
 */
export class TelegramHarness implements AdapterHarness {
  readonly platform = 'telegram';
  readonly groupChatId = String(GROUP_ID);
  readonly supports = { edits: true, media: true, replies: true };
  readonly log = createMemoryLogger();
  readonly adapter: TelegramAdapter;
  readonly teacherUser: TgUser;
  readonly parentUser: TgUser;
  readonly teacher: FakeUser;
  readonly parent: FakeUser;

  private constructor(
    readonly fake: FakeTelegram,
    options: TelegramHarnessOptions,
  ) {
    const c = fake.chats;
    this.teacherUser = c.user(222, 'Juf Anne', 'juf_anne');
    this.parentUser = c.user(111, 'Piet');
    this.teacher = { id: '222', name: 'Juf Anne' };
    this.parent = { id: '111', name: 'Piet' };
    c.group(GROUP_ID, 'Groep 7B');
    c.setMember(GROUP_ID, 222, { status: 'creator' });
    c.setMember(GROUP_ID, 111, { status: 'member' });
    c.setMember(GROUP_ID, c.bot.id, {
      status: 'administrator',
      rights: { can_delete_messages: true, can_restrict_members: true },
    });
    c.privateOpen.add(222);
    c.privateOpen.add(111);
    this.adapter = new TelegramAdapter({
      token: fake.token,
      apiRoot: fake.apiRoot,
      log: this.log,
      poll: { backoffMs: 10, maxBackoffMs: 50 },
      rateLimits: { maxRetryAfterSeconds: 1, maxRetries: 2, throttle: FAST_THROTTLE },
      ...(options.webhook
        ? { webhook: { url: WEBHOOK_URL, secret: WEBHOOK_SECRET, host: '127.0.0.1', port: 0 } }
        : {}),
      ...options.adapter,
    });
    fake.webhookTarget = () => {
      const at = this.adapter.webhookAddress();
      return at && `http://127.0.0.1:${at.port}${new URL(WEBHOOK_URL).pathname}`;
    };
  }

  static async create(options: TelegramHarnessOptions = {}): Promise<TelegramHarness> {
    return new TelegramHarness(await FakeTelegram.start(), options);
  }

  /** Posts a message with any fields into a chat (the group by default); returns the Message. */
  post(from: TgUser, fields: Params, chatId: number = GROUP_ID, date?: number): Params {
    const message = this.fake.chats.message(chatId, from, fields, date);
    this.fake.pushUpdate({ message });
    return message;
  }

  /** `from` presses a button with `data` under `message` (a message the bot sent). */
  press(from: TgUser, message: Params, data: string): number {
    const callback_query = {
      id: `cq-${Math.random().toString(36).slice(2)}`,
      from,
      chat_instance: 'ci-1',
      data,
      message,
    };
    return this.fake.pushUpdate({ callback_query });
  }

  /** The inline keyboard under the last message the bot sent. */
  lastKeyboard(): Array<Array<{ text: string; callback_data: string }>> {
    const markup = this.fake.chats.sent.at(-1)?.params.reply_markup as
      | { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }
      | undefined;
    return markup?.inline_keyboard ?? [];
  }

  userOf(who: FakeUser): TgUser {
    return who.id === this.teacher.id ? this.teacherUser : this.parentUser;
  }

  async postText(from: FakeUser, text: string, options?: { readonly replyTo?: string }): Promise<string> {
    const replied = options?.replyTo
      ? this.fake.chats.messages.get(`${GROUP_ID}:${options.replyTo}`)
      : undefined;
    const reply_to_message = options?.replyTo
      ? {
          message_id: Number(options.replyTo),
          date: replied?.date,
          chat: this.fake.chats.chatObject(GROUP_ID),
          text: '',
        }
      : undefined;
    const m = this.post(this.userOf(from), { text, ...(reply_to_message ? { reply_to_message } : {}) });
    return String(m.message_id);
  }

  async editText(from: FakeUser, messageId: string, text: string): Promise<void> {
    const original = this.fake.chats.messages.get(`${GROUP_ID}:${messageId}`);
    const chat = this.fake.chats.chatObject(GROUP_ID);
    const now = this.fake.chats.now();
    const edited_message = {
      message_id: Number(messageId),
      date: original?.date ?? now,
      edit_date: now,
      chat,
      from: this.userOf(from),
      text,
    };
    this.fake.pushUpdate({ edited_message });
  }

  async postPhoto(from: FakeUser, caption?: string): Promise<string> {
    const photo = [{ file_id: 'ph-1', file_unique_id: 'u-1', width: 90, height: 60 }];
    return String(this.post(this.userOf(from), { photo, ...(caption ? { caption } : {}) }).message_id);
  }

  async invokeCommand(
    from: FakeUser,
    name: string,
    args: readonly string[],
    where: 'group' | 'private',
  ): Promise<void> {
    const head = `/${name}${where === 'group' ? `@${this.fake.chats.bot.username}` : ''}`;
    const text = [head, ...args].join(' ');
    const user = this.userOf(from);
    this.post(
      user,
      { text, entities: [{ type: 'bot_command', offset: 0, length: head.length }] },
      where === 'group' ? GROUP_ID : user.id,
    );
  }

  groupTexts(): string[] {
    return this.sentTo(GROUP_ID);
  }

  privateTexts(user: FakeUser): string[] {
    return this.sentTo(Number(user.id));
  }

  deletedIds(): string[] {
    return this.fake.chats.deleted.filter((d) => d.chatId === GROUP_ID).map((d) => String(d.messageId));
  }

  refuseNextDelete(): void {
    // The teacher took the bot's delete right away; the adapter's cached rights still say yes.
    const rights = { can_delete_messages: false, can_restrict_members: true };
    this.fake.chats.setMember(GROUP_ID, this.fake.chats.bot.id, { status: 'administrator', rights });
  }

  settle(): Promise<void> {
    return this.fake.settle();
  }

  async close(): Promise<void> {
    await this.adapter.stop();
    await this.fake.close();
  }

  private sentTo(chatId: number): string[] {
    return this.fake.chats.sent.flatMap((s) => (s.chatId === chatId && s.text !== undefined ? [s.text] : []));
  }
}
