import { ChannelType, PermissionFlagsBits as P } from 'discord.js';
import type { FakeInteractions } from './fake-interactions.js';
import { invalidMessageBody, messageFields } from './fake-message-rules.js';
import type { FakeMessage, FakeMessages } from './fake-messages.js';
import { channelJson, type Json, memberJson } from './fake-payloads.js';
import {
  apiError,
  type FakeResponse,
  MISSING_PERMISSIONS,
  NOT_FOUND,
  type RestCall,
} from './fake-request.js';
import { ALL_PERMISSIONS, FakeWorld } from './fake-world.js';

const MAX_TIMEOUT_MS = 28 * 24 * 60 * 60_000;

/** Hooks the REST fake calls so the gateway can tell the client what changed, as Discord does. */
export interface RestEffects {
  readonly gatewayUrl: () => string;
  readonly dispatch: (t: string, d: unknown) => void;
  readonly onBotMessage: (m: FakeMessage) => void;
}

/**
 * The REST routes klaswacht uses, refusing what Discord would refuse: a missing right is
 * 403 code 50013, closed DMs 50007, an unknown message 10008, a too long text 50035.
 */
export class FakeRest {
  readonly guildCommands: Json[] = [];
  readonly globalCommands: Json[] = [];

  constructor(
    private readonly world: FakeWorld,
    private readonly messages: FakeMessages,
    private readonly interactions: FakeInteractions,
    private readonly effects: RestEffects,
  ) {}

  respond(call: RestCall): FakeResponse {
    const interaction = this.interactions.handle(call);
    if (interaction) return interaction;
    if (!call.authorized) return apiError(401, 0, '401: Unauthorized');
    const route = `${call.method} ${call.path.replace(/\d{15,}/gu, ':id')}`;
    const ids = call.path.match(/\d{15,}/gu) ?? [];
    switch (route) {
      case 'GET /gateway/bot':
        return {
          status: 200,
          body: {
            url: this.effects.gatewayUrl(),
            shards: 1,
            session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
          },
        };
      case 'PUT /applications/:id/commands':
        return { status: 200, body: this.setCommands(this.globalCommands, call.body) };
      case 'PUT /applications/:id/guilds/:id/commands':
        return { status: 200, body: this.setCommands(this.guildCommands, call.body, ids[1]) };
      case 'GET /channels/:id': {
        const channel = this.world.channels.get(ids[0] ?? '');
        return channel
          ? { status: 200, body: channelJson(this.world, channel) }
          : apiError(404, 10003, 'Unknown Channel');
      }
      case 'POST /channels/:id/messages':
        return this.createMessage(ids[0] ?? '', call);
      case 'DELETE /channels/:id/messages/:id':
        return this.deleteMessage(ids[0] ?? '', ids[1] ?? '');
      case 'POST /users/@me/channels': {
        const recipient = String(call.body?.recipient_id ?? '');
        if (!this.world.users.has(recipient)) return apiError(400, 50033, 'Invalid Recipient(s)');
        return { status: 200, body: channelJson(this.world, this.world.dmChannelOf(recipient)) };
      }
      case 'GET /guilds/:id/members/:id':
        return this.world.members.has(ids[1] ?? '')
          ? { status: 200, body: memberJson(this.world, ids[1] ?? '') }
          : apiError(404, 10007, 'Unknown Member');
      case 'PATCH /guilds/:id/members/:id':
        return this.timeout(ids[1] ?? '', call.body);
      default:
        return NOT_FOUND;
    }
  }

  private setCommands(into: Json[], body: Json | undefined, guildId?: string): Json[] {
    const list = (Array.isArray(body) ? body : []) as Json[];
    into.splice(
      0,
      into.length,
      ...list.map((c) => ({
        ...c,
        id: FakeWorld.id(),
        application_id: this.world.appId,
        version: FakeWorld.id(),
        default_member_permissions: null,
        nsfw: false,
        ...(guildId ? { guild_id: guildId } : {}),
      })),
    );
    return into;
  }

  private createMessage(channelId: string, call: RestCall): FakeResponse {
    const channel = this.world.channels.get(channelId);
    if (!channel) return apiError(404, 10003, 'Unknown Channel');
    if (channel.type === ChannelType.DM) {
      if (this.world.user(channel.recipientId ?? '').dmsClosed) {
        return apiError(403, 50007, 'Cannot send messages to this user');
      }
    } else {
      const send = channel.parentId ? P.SendMessagesInThreads : P.SendMessages;
      const reply = call.body?.message_reference ? P.ReadMessageHistory : 0n;
      if (!this.world.has(this.world.botId, channelId, P.ViewChannel, send, reply))
        return MISSING_PERMISSIONS;
    }
    const invalid = invalidMessageBody(call.body);
    if (invalid) return invalid;
    const ref = call.body?.message_reference as Json | undefined;
    const message = this.messages.add({
      ...messageFields(call),
      channelId,
      authorId: this.world.botId,
      ...(ref
        ? { type: 19, reference: { message_id: String(ref.message_id), channel_id: channelId, type: 0 } }
        : {}),
    });
    this.effects.onBotMessage(message);
    return { status: 200, body: this.messages.json(message) };
  }

  private deleteMessage(channelId: string, messageId: string): FakeResponse {
    const message = this.messages.get(messageId);
    if (!message || message.deleted || message.channelId !== channelId)
      return apiError(404, 10008, 'Unknown Message');
    const own = message.authorId === this.world.botId;
    if (!own && !this.world.has(this.world.botId, channelId, P.ViewChannel, P.ManageMessages)) {
      return MISSING_PERMISSIONS;
    }
    message.deleted = true;
    this.effects.dispatch('MESSAGE_DELETE', {
      id: messageId,
      channel_id: channelId,
      guild_id: this.world.guildId,
    });
    return { status: 204 };
  }

  private timeout(userId: string, body: Json | undefined): FakeResponse {
    const member = this.world.members.get(userId);
    if (!member) return apiError(404, 10007, 'Unknown Member');
    const bot = this.world.botId;
    const canModerate = (this.world.basePermissions(bot) & P.ModerateMembers) !== 0n;
    const protectedTarget =
      userId === this.world.ownerId ||
      this.world.basePermissions(userId) === ALL_PERMISSIONS ||
      this.world.topPosition(userId) >= this.world.topPosition(bot);
    if (!canModerate || protectedTarget) return MISSING_PERMISSIONS;
    const until = (body?.communication_disabled_until ?? null) as string | null;
    if (until && Date.parse(until) - Date.now() > MAX_TIMEOUT_MS) {
      return apiError(400, 50035, 'Invalid Form Body: communication_disabled_until more than 28 days ahead');
    }
    member.communicationDisabledUntil = until;
    const json = memberJson(this.world, userId);
    this.effects.dispatch('GUILD_MEMBER_UPDATE', { ...json, guild_id: this.world.guildId });
    return { status: 200, body: json };
  }
}
