import type { Client } from 'discord.js';
import type { ActionResult, OutboundAction } from '../../src/core/chat/outbound-action.js';
import { refusalFrom } from './action-result.js';
import type { InteractionReplies } from './interaction-replies.js';
import { plainMessages } from './message-parts.js';
import { lackingRights, postInChannel, resolveChannel } from './post-in-channel.js';
import { sendPrivate } from './private-delivery.js';

/** Discord refuses timeouts longer than 28 days; a longer mute becomes the longest allowed. */
export const MAX_TIMEOUT_MS = 28 * 24 * 60 * 60_000 - 60_000;

export interface PerformContext {
  readonly client: Client;
  readonly replies: InteractionReplies;
  readonly staffChannelName: string;
}

type Of<K extends OutboundAction['kind']> = Extract<OutboundAction, { kind: K }>;

async function deleteMessage(client: Client, action: Of<'delete'>): Promise<ActionResult> {
  const channel = await resolveChannel(client, action.chatId);
  if (!channel?.isTextBased()) {
    return { ok: false, reason: 'not_found', detail: `delete: no text channel ${action.chatId}` };
  }
  const refused = lackingRights(client, channel, 'delete', 'delete');
  if (refused) return refused;
  await channel.messages.delete(action.messageId);
  return { ok: true };
}

/**
 * A mute is a Discord timeout: server-wide, since Discord has no per-channel timeout.
 * The member cannot post, react or talk anywhere on the server until it runs out, and
 * Discord lifts it itself, so no timer of ours has to survive a restart.
 */
async function timeout(client: Client, action: Of<'mute'>, now: number): Promise<ActionResult> {
  const channel = await resolveChannel(client, action.chatId);
  if (!channel || channel.isDMBased()) {
    return { ok: false, reason: 'not_found', detail: `mute: no server channel ${action.chatId}` };
  }
  const refused = lackingRights(client, channel, 'mute', 'mute');
  if (refused) return refused;
  const until = Math.min(action.until.getTime(), now + MAX_TIMEOUT_MS);
  await channel.guild.members.edit(action.userId, {
    communicationDisabledUntil: until > now ? until : null,
    reason: 'klaswacht: time-out requested by the group policy',
  });
  return { ok: true };
}

/**
 * Translates one OutboundAction into Discord calls and nothing else. Every failure comes
 * back as an ActionResult: a missing right is a `forbidden` naming it, so the brain can
 * tell the teacher what to grant instead of the bot crashing.
 */
export async function perform(ctx: PerformContext, action: OutboundAction): Promise<ActionResult> {
  try {
    switch (action.kind) {
      case 'send_group':
        return await postInChannel(
          ctx.client,
          action.chatId,
          plainMessages(action.text),
          action.replyToMessageId ? { replyTo: action.replyToMessageId } : {},
        );
      case 'send_private':
        return await sendPrivate(ctx.client, action, ctx.staffChannelName);
      case 'reply':
        return await ctx.replies.reply(action);
      case 'delete':
        return await deleteMessage(ctx.client, action);
      case 'mute':
        return await timeout(ctx.client, action, Date.now());
    }
  } catch (error) {
    return refusalFrom(error, action.kind);
  }
}
