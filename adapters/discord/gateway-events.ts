import {
  type Client,
  Events,
  type Guild,
  type GuildBasedChannel,
  type GuildMember,
  type Message,
  MessageType,
  type PartialGuildMember,
} from 'discord.js';
import type { Logger } from '../../src/app/log.js';
import type { ChatEvent } from '../../src/core/chat/chat-event.js';
import type { InteractionReplies } from './interaction-replies.js';
import { isGroupChannel, type PermissionWatch } from './permission-watch.js';
import { registerGuildCommands } from './register-commands.js';
import { PLATFORM, toAuthor, toIncomingMessage } from './to-chat-event.js';
import { parsedCommandOf, toCommandInvocation } from './to-command-invocation.js';

/**
 * Hands an event to the brain in its chat's order. `make` runs only when the event's turn
 * comes and, for `classOnly`, only once the chat is known to be a class group, so the
 * text of other channels is never even copied out of discord.js.
 */
export type Deliver = (chatId: string, make: () => ChatEvent | undefined, classOnly: boolean) => void;

export interface GatewayContext {
  readonly client: Client;
  readonly replies: InteractionReplies;
  readonly watch: PermissionWatch;
  readonly deliver: Deliver;
  readonly log: Logger;
  /** True once the adapter is stopping: closing the gateway then is no reconnect. */
  readonly stopping: () => boolean;
}

/** A private chat counts as (re)opened at most this often per person, not at every message. */
const OPENED_QUIET_MS = 10 * 60_000;

/** People talking: plain messages, replies and forwards; not joins, pins or the bot's own slash answers. */
function isConversation(message: Message): boolean {
  return !message.system && (message.type === MessageType.Default || message.type === MessageType.Reply);
}

/** Remembers the last edit forwarded per message: Discord repeats MESSAGE_UPDATE when a link preview loads. */
class RecentEdits {
  private readonly seen = new Map<string, number>();
  isNew(messageId: string, editedAt: number): boolean {
    if (this.seen.get(messageId) === editedAt) return false;
    this.seen.delete(messageId);
    this.seen.set(messageId, editedAt);
    if (this.seen.size > 1000) this.seen.delete(this.seen.keys().next().value ?? '');
    return true;
  }
}

function reportRights(ctx: GatewayContext, channels: Iterable<GuildBasedChannel>): void {
  const at = new Date();
  for (const { chatId, status } of ctx.watch.recheck(channels)) {
    ctx.deliver(chatId, () => ({ type: 'bot_status', platform: PLATFORM, chatId, status, at }), true);
  }
}

function reportRemoved(ctx: GatewayContext, chatIds: Iterable<string>): void {
  const at = new Date();
  for (const { id: chatId, name: chatTitle } of ctx.watch.forget(chatIds)) {
    ctx.deliver(
      chatId,
      () => ({ type: 'bot_status', platform: PLATFORM, chatId, status: 'removed', chatTitle, at }),
      true,
    );
  }
}

/** Class channels a member can read: joining the server means joining those classes. */
function visibleTo(ctx: GatewayContext, member: GuildMember | PartialGuildMember): GuildBasedChannel[] {
  return ctx.watch
    .channelsOf(member.guild)
    .filter((c) => member.partial || c.permissionsFor(member).has('ViewChannel'));
}

function listenToMessages(ctx: GatewayContext): void {
  const { client, deliver } = ctx;
  const edits = new RecentEdits();
  const opened = new Map<string, number>();
  client.on(Events.MessageCreate, (message) => {
    if (message.author.id === client.user?.id || !isConversation(message)) return;
    if (!message.inGuild()) {
      // Private chats are not moderated and their text is not forwarded: only that one exists now.
      const userId = message.author.id;
      const at = message.createdAt;
      if (message.author.bot || at.getTime() - (opened.get(userId) ?? 0) < OPENED_QUIET_MS) return;
      opened.delete(userId);
      opened.set(userId, at.getTime());
      if (opened.size > 1000) opened.delete(opened.keys().next().value ?? '');
      deliver(
        message.channelId,
        () => ({ type: 'private_chat_opened', platform: PLATFORM, userId, at }),
        false,
      );
      return;
    }
    deliver(message.channelId, () => ({ type: 'message', message: toIncomingMessage(message, false) }), true);
  });
  client.on(Events.MessageUpdate, (_old, message) => {
    if (message.partial || !message.inGuild() || !message.editedTimestamp) return;
    if (message.author.id === client.user?.id || !isConversation(message)) return;
    if (!edits.isNew(message.id, message.editedTimestamp)) return;
    deliver(message.channelId, () => ({ type: 'message', message: toIncomingMessage(message, true) }), true);
  });
}

function listenToInteractions(ctx: GatewayContext): void {
  ctx.client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    if (!parsedCommandOf(interaction)) {
      ctx.log.warn('discord.interaction.unknown', { interaction: interaction.id });
      return;
    }
    const command = toCommandInvocation(interaction, ctx.replies.register(interaction));
    if (command) ctx.deliver(command.chatId, () => ({ type: 'command', command }), false);
  });
}

function listenToMembers(ctx: GatewayContext): void {
  const { client, deliver } = ctx;
  client.on(Events.GuildMemberAdd, (member) => {
    if (member.id === client.user?.id) return;
    const at = member.joinedAt ?? new Date();
    const author = toAuthor(member.user, member);
    for (const channel of visibleTo(ctx, member)) {
      const chatId = channel.id;
      deliver(
        chatId,
        () => ({ type: 'member_joined', platform: PLATFORM, chatId, member: author, at }),
        true,
      );
    }
  });
  client.on(Events.GuildMemberRemove, (member) => {
    if (member.id === client.user?.id) return;
    const at = new Date();
    for (const channel of visibleTo(ctx, member)) {
      const chatId = channel.id;
      deliver(
        chatId,
        () => ({ type: 'member_left', platform: PLATFORM, chatId, memberId: member.id, at }),
        true,
      );
    }
  });
}

function listenToServer(ctx: GatewayContext): void {
  const { client, watch } = ctx;
  const guildChanged = (guild: Guild) => reportRights(ctx, watch.channelsOf(guild));
  client.on(Events.GuildCreate, (guild) => {
    watch.remember(guild);
    void registerGuildCommands(guild, ctx.log);
  });
  client.on(Events.GuildDelete, (guild) => reportRemoved(ctx, watch.channelIdsIn(guild.id)));
  // New channels and threads get a baseline, so a later change or removal is noticed.
  client.on(Events.ChannelCreate, (channel) => {
    if (isGroupChannel(channel)) watch.recheck([channel]);
  });
  client.on(Events.ThreadCreate, (thread) => void watch.recheck([thread]));
  client.on(Events.ChannelDelete, (channel) => reportRemoved(ctx, [channel.id]));
  client.on(Events.ThreadDelete, (thread) => reportRemoved(ctx, [thread.id]));
  client.on(Events.ChannelUpdate, (_old, channel) => {
    if (!isGroupChannel(channel)) return;
    const threads = 'threads' in channel ? [...channel.threads.cache.values()] : [];
    reportRights(ctx, [channel, ...threads]);
  });
  client.on(Events.ThreadUpdate, (_old, thread) => reportRights(ctx, [thread]));
  client.on(Events.GuildRoleUpdate, (_old, role) => guildChanged(role.guild));
  client.on(Events.GuildRoleDelete, (role) => guildChanged(role.guild));
  client.on(Events.GuildMemberUpdate, (_old, member) => {
    if (member.id === client.user?.id) guildChanged(member.guild);
  });
}

/** Subscribes to everything klaswacht reads on Discord (issue: "What it reads"). */
export function listen(ctx: GatewayContext): void {
  listenToMessages(ctx);
  listenToInteractions(ctx);
  listenToMembers(ctx);
  listenToServer(ctx);
  ctx.client.on(Events.ShardResume, (shard, replayed) =>
    ctx.log.info('discord.gateway.resumed', { shard, replayed }),
  );
  ctx.client.on(Events.ShardReconnecting, (shard) => {
    if (!ctx.stopping()) ctx.log.warn('discord.gateway.reconnecting', { shard });
  });
  ctx.client.on(Events.Error, (error) => ctx.log.error('discord.client.error', { error: error.name }));
  ctx.client.on(Events.ShardError, (error, shard) =>
    ctx.log.warn('discord.gateway.error', { shard, error: error.name }),
  );
  // Discord closed for good (token reset, intents switched off while running): no more events.
  ctx.client.on(Events.ShardDisconnect, ({ code }, shard) =>
    ctx.log.error('discord.gateway.disconnected', {
      shard,
      code,
      fix: 'check DISCORD_TOKEN and the intents, then restart',
    }),
  );
}
