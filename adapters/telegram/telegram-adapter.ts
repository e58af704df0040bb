import { sequentialize } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { CallbackQuery, Update } from 'grammy/types';
import type { Logger } from '../../src/app/log.js';
import type { Language } from '../../src/core/categories.js';
import type { Capabilities, ChatAdapter, PlatformHint } from '../../src/core/chat/chat-adapter.js';
import type { ChatEvent } from '../../src/core/chat/chat-event.js';
import type { ActionResult, OutboundAction } from '../../src/core/chat/outbound-action.js';
import { AdminCache } from './admin-cache.js';
import { ButtonData } from './button-data.js';
import { capabilitiesOf } from './capabilities.js';
import { registerCommandMenus } from './commands-menu.js';
import { DEFAULT_POLL, errorFields, LongPoller, type PollOptions } from './long-poller.js';
import { performAction } from './perform.js';
import { DEFAULT_RATE_LIMITS, installRateLimits, type RateLimitOptions } from './rate-limits.js';
import { RecentMap } from './recent-map.js';
import { telegramHint } from './telegram-hints.js';
import { TELEGRAM, telegramId } from './telegram-ids.js';
import { TelegramStartError } from './telegram-start-error.js';
import { chatKeyOf, commandChatOf, toChatEvents } from './to-chat-event.js';
import { type WebhookOptions, WebhookServer } from './webhook.js';

export interface TelegramAdapterOptions {
  readonly token: string;
  /** Another Bot API server (a self-hosted one, or the fake in tests); Telegram's own when absent. */
  readonly apiRoot?: string;
  /** Webhook mode; long polling when absent. */
  readonly webhook?: WebhookOptions;
  readonly log: Logger;
  readonly now?: () => number;
  /** How long an admin list is trusted (default one minute). */
  readonly adminCacheTtlMs?: number;
  readonly poll?: Partial<Omit<PollOptions, 'allowedUpdates'>>;
  readonly rateLimits?: RateLimitOptions;
}

/** The updates klaswacht reads; everything else is never fetched. */
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'] as const;
const ADMIN_CACHE_TTL_MS = 60_000;
const EXPIRED_BUTTON = 'Deze knop werkt niet meer. / This button has expired.';

/**
 * klaswacht on Telegram, through grammY. It translates and nothing else: updates become
 * ChatEvents (to-chat-event.ts), OutboundActions become Bot API calls (perform.ts).
 * Updates of one chat reach the sink in order, each awaited before the next
 * (`sequentialize` from @grammyjs/runner, keyed by chat); different groups are handled
 * side by side. An update seen twice (a webhook retry, a batch redelivered after a lost
 * connection) is delivered once.
 */
export class TelegramAdapter implements ChatAdapter {
  readonly platform = TELEGRAM;
  private readonly bot: Bot;
  private readonly now: () => number;
  private readonly admins: AdminCache;
  private readonly buttons = new ButtonData();
  private readonly sentAt = new RecentMap<string, number>(50_000);
  private readonly seen = new RecentMap<number, true>(10_000);
  private readonly ordered = sequentialize<Update>((update) => chatKeyOf(update));
  private readonly inHand = new Set<Promise<void>>();
  private sink: ((event: ChatEvent) => Promise<void>) | undefined;
  private poller: LongPoller | undefined;
  private webhook: WebhookServer | undefined;
  private webhookPort: number | undefined;
  private stopping: Promise<void> | undefined;
  private username: string | undefined;

  constructor(private readonly options: TelegramAdapterOptions) {
    this.bot = new Bot(options.token, { client: options.apiRoot ? { apiRoot: options.apiRoot } : {} });
    installRateLimits(this.bot.api, options.rateLimits ?? DEFAULT_RATE_LIMITS);
    this.now = options.now ?? Date.now;
    this.admins = new AdminCache(
      (chatId) => this.bot.api.getChatAdministrators(telegramId(chatId, 'chat id')),
      () => this.bot.botInfo.id,
      options.adminCacheTtlMs ?? ADMIN_CACHE_TTL_MS,
      this.now,
    );
    // Webhook mode runs the bot's middleware; long polling calls receive() directly.
    this.bot.use((ctx) => this.receive(ctx.update));
  }

  async start(sink: (event: ChatEvent) => Promise<void>): Promise<void> {
    if (this.sink || this.stopping) throw new Error('telegram: start() may be called once');
    this.sink = sink;
    const { api } = this.bot;
    await this.step('getMe', () => this.bot.init());
    await registerCommandMenus(api).catch((e: unknown) =>
      this.options.log.warn('telegram.commands_menu.failed', errorFields(e)),
    );
    const webhook = this.options.webhook;
    if (webhook) {
      this.webhook = new WebhookServer(this.bot, webhook);
      this.webhookPort = (await this.step('listen', () => this.webhook?.listen()))?.port;
      await this.step('setWebhook', () =>
        api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] }),
      );
    } else {
      // getUpdates is refused while a webhook is set; pending updates are kept.
      await this.step('deleteWebhook', () => api.deleteWebhook({ drop_pending_updates: false }));
      const poll = { ...DEFAULT_POLL, ...this.options.poll, allowedUpdates: ALLOWED_UPDATES };
      this.poller = new LongPoller(api, (updates) => this.receiveBatch(updates), poll, this.options.log);
      this.poller.start();
    }
    const me = this.bot.botInfo;
    this.username = me.username;
    this.options.log.info('telegram.started', {
      bot: me.username,
      mode: webhook ? 'webhook' : 'polling',
      canReadAllGroupMessages: me.can_read_all_group_messages,
    });
  }

  perform(action: OutboundAction): Promise<ActionResult> {
    return performAction(action, {
      api: this.bot.api,
      buttons: this.buttons,
      admins: this.admins,
      sentAt: this.sentAt,
      now: this.now,
    });
  }

  async capabilities(chatId: string): Promise<Capabilities> {
    if (!chatId.startsWith('-')) {
      // A private chat with one person: nothing to moderate there.
      return { canDelete: false, canMute: false, canReadAllMessages: true, canSendPrivate: true };
    }
    const admins = await this.admins.get(chatId);
    return capabilitiesOf(chatId, admins, this.bot.botInfo.can_read_all_group_messages);
  }

  hint(topic: PlatformHint, lang: Language): string {
    return telegramHint(topic, lang, this.username);
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.poller?.stop();
      await this.webhook?.close();
      await Promise.allSettled([...this.inHand]);
    })();
    return this.stopping;
  }

  /** The local port of the webhook server (port 0 asks for a free one); undefined when polling. */
  webhookAddress(): { readonly port: number } | undefined {
    return this.webhookPort === undefined ? undefined : { port: this.webhookPort };
  }

  private async step<T>(name: string, run: () => Promise<T> | undefined): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      await this.webhook?.close();
      throw new TelegramStartError(name, error);
    }
  }

  /** A polled batch: every update is queued behind its chat at once, so groups proceed side by side. */
  private async receiveBatch(updates: readonly Update[]): Promise<void> {
    await Promise.all(updates.map((update) => this.receive(update)));
  }

  private receive(update: Update): Promise<void> {
    if (this.seen.has(update.update_id)) {
      this.options.log.debug('telegram.update.duplicate', { updateId: update.update_id });
      return Promise.resolve();
    }
    this.seen.set(update.update_id, true);
    const done = this.ordered(update, () => this.deliver(update)).finally(() => this.inHand.delete(done));
    this.inHand.add(done);
    return done;
  }

  private async deliver(update: Update): Promise<void> {
    const sink = this.sink;
    if (!sink) return;
    try {
      for (const msg of [update.message, update.edited_message]) {
        if (msg) this.sentAt.set(`${msg.chat.id}:${msg.message_id}`, msg.date * 1000);
      }
      if (update.callback_query) await this.answer(update.callback_query);
      if (update.my_chat_member) this.admins.invalidate(String(update.my_chat_member.chat.id));
      const me = this.bot.botInfo;
      const commandChat = commandChatOf(update, { me });
      const admins = commandChat === undefined ? undefined : (await this.admins.get(commandChat)).ids;
      const events = toChatEvents(update, {
        me,
        ...(admins ? { admins } : {}),
        buttonCommand: (data) => this.buttons.decode(data),
        now: new Date(this.now()),
      });
      for (const event of events) {
        if (event.type === 'chat_moved') this.admins.invalidate(event.fromChatId);
        await sink(event).catch((error: unknown) =>
          this.options.log.error('telegram.sink.failed', {
            updateId: update.update_id,
            event: event.type,
            ...errorFields(error),
          }),
        );
      }
    } catch (error) {
      this.options.log.error('telegram.update.failed', { updateId: update.update_id, ...errorFields(error) });
    }
  }

  /** Stops the button's spinner at once; the brain's answer follows as a message. */
  private async answer(query: CallbackQuery): Promise<void> {
    const expired = query.data !== undefined && this.buttons.decode(query.data) === undefined;
    await this.bot.api
      .answerCallbackQuery(query.id, expired ? { text: EXPIRED_BUTTON } : {})
      .catch((error: unknown) =>
        this.options.log.warn('telegram.callback_answer.failed', errorFields(error)),
      );
  }
}
