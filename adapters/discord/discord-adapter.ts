import { once } from 'node:events';
import { type Client, Events, OAuth2Scopes } from 'discord.js';
import type { Logger } from '../../src/app/log.js';
import type { Language } from '../../src/core/categories.js';
import type { Capabilities, ChatAdapter, PlatformHint } from '../../src/core/chat/chat-adapter.js';
import type { ChatEvent } from '../../src/core/chat/chat-event.js';
import type { ActionResult, OutboundAction } from '../../src/core/chat/outbound-action.js';
import { ChatQueue } from './chat-queue.js';
import { createDiscordClient } from './discord-client.js';
import { discordHint } from './discord-hints.js';
import { type Deliver, listen } from './gateway-events.js';
import { InteractionReplies } from './interaction-replies.js';
import { perform } from './perform.js';
import { capabilitiesIn, PermissionWatch } from './permission-watch.js';
import { INVITE_PERMISSIONS, NO_CAPABILITIES } from './permissions.js';
import { postInChannel, resolveChannel } from './post-in-channel.js';
import { registerDirectMessageCommands, registerGuildCommands } from './register-commands.js';
import { startErrorFrom } from './start-error.js';
import { PLATFORM } from './to-chat-event.js';

export interface DiscordAdapterOptions {
  readonly token: string;
  readonly log: Logger;
  /**
   * Whether a channel is a set-up class group. Messages, edits and member events of
   * other channels are dropped here, before their text is copied out of discord.js;
   * commands (`/setup` among them) always reach the brain. Absent: every channel the
   * bot can read is forwarded and the brain ignores those that are not groups.
   */
  readonly isClassChannel?: (chatId: string) => boolean | Promise<boolean>;
  /** Name of a server's private staff channel for alerts to people with closed DMs. */
  readonly staffChannelName?: string;
  /** REST root of a fake Discord in tests; production leaves it out. */
  readonly api?: string;
  /** Acknowledge an interaction the brain has not answered after this long (Discord allows 3 s). */
  readonly interactionAckMs?: number;
  /** Rate-limit waits up to this long happen inside discord.js; longer ones return `rate_limited`. */
  readonly maxRateLimitWaitMs?: number;
}

export const DEFAULT_STAFF_CHANNEL = 'klaswacht-staf';

/**
 * klaswacht on Discord: a class group is a channel or thread that a teacher set up with
 * `/setup`, several per server. Translates gateway events to ChatEvents and
 * OutboundActions to REST calls, and decides nothing about moderation.
 */
export class DiscordAdapter implements ChatAdapter {
  readonly platform = PLATFORM;
  private client: Client | undefined;
  private queue: ChatQueue | undefined;
  private replies: InteractionReplies | undefined;
  private stopped = false;

  constructor(private readonly options: DiscordAdapterOptions) {}

  async start(sink: (event: ChatEvent) => Promise<void>): Promise<void> {
    if (this.client) throw new Error('discord: adapter already started');
    const { log } = this.options;
    const client = createDiscordClient({
      ...(this.options.api ? { api: this.options.api } : {}),
      maxRateLimitWaitMs: this.options.maxRateLimitWaitMs ?? 15_000,
    });
    this.client = client;
    const queue = new ChatQueue((chatId, error) =>
      log.error('discord.sink.failed', {
        chat: chatId,
        error: error instanceof Error ? error.name : 'unknown',
      }),
    );
    this.queue = queue;
    const replies = new InteractionReplies({
      ackMs: this.options.interactionAckMs ?? 2_000,
      postInChannel: (channelId, parts) => postInChannel(client, channelId, parts),
      log,
    });
    this.replies = replies;
    const isClass = this.options.isClassChannel ?? (() => true);
    const deliver: Deliver = (chatId, make, classOnly) =>
      queue.run(chatId, async () => {
        if (this.stopped || (classOnly && !(await isClass(chatId)))) return;
        const event = make();
        if (event && !this.stopped) await sink(event);
      });
    const watch = new PermissionWatch(client);
    listen({ client, replies, watch, deliver, log, stopping: () => this.stopped });

    const ready = once(client, Events.ClientReady);
    try {
      await client.login(this.options.token);
      await ready;
    } catch (error) {
      await this.stop();
      throw startErrorFrom(error);
    }
    await this.prepareServers(client, watch);
  }

  async perform(action: OutboundAction): Promise<ActionResult> {
    const client = this.running();
    if (!client || !this.replies) {
      return { ok: false, reason: 'failed', detail: `${action.kind}: the Discord adapter is not running` };
    }
    return perform({ client, replies: this.replies, staffChannelName: this.staffChannelName() }, action);
  }

  async capabilities(chatId: string): Promise<Capabilities> {
    const client = this.running();
    return client ? capabilitiesIn(client, await resolveChannel(client, chatId)) : NO_CAPABILITIES;
  }

  hint(topic: PlatformHint, lang: Language): string {
    return discordHint(topic, lang);
  }

  /**
   * The client once it has logged in, until stopped. Not `client.isReady()`: that is
   * false while the gateway reconnects, and REST calls and the cache work fine meanwhile.
   */
  private running(): Client | undefined {
    return this.client?.user && !this.stopped ? this.client : undefined;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.queue?.close();
    this.replies?.close();
    await this.client?.destroy();
  }

  private staffChannelName(): string {
    return this.options.staffChannelName ?? DEFAULT_STAFF_CHANNEL;
  }

  /** Commands in every server, rights baselines, and the invite link for the operator's log. */
  private async prepareServers(client: Client, watch: PermissionWatch): Promise<void> {
    if (!client.isReady()) return;
    const { log } = this.options;
    await registerDirectMessageCommands(client, log);
    for (const guild of client.guilds.cache.values()) {
      watch.remember(guild);
      await registerGuildCommands(guild, log);
    }
    const invite = client.generateInvite({
      scopes: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands],
      permissions: INVITE_PERMISSIONS,
    });
    log.info('discord.ready', { bot: client.user.id, servers: client.guilds.cache.size, invite });
  }
}
