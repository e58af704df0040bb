import type { BaseMessageOptions, Channel, Client, MessageCreateOptions } from 'discord.js';
import type { ActionResult } from '../../src/core/chat/outbound-action.js';
import { refusalFrom } from './action-result.js';
import { describePermissions, missing, requiredFor } from './permissions.js';

/** A forbidden result naming the rights the bot lacks, or undefined when it has them (or cannot tell). */
export function lackingRights(
  client: Client,
  channel: Channel,
  action: Parameters<typeof requiredFor>[0],
  doing: string,
): Extract<ActionResult, { ok: false }> | undefined {
  if (channel.isDMBased() || !client.user) return undefined;
  const perms = channel.permissionsFor(client.user);
  if (!perms) return undefined;
  const lacking = missing(perms, requiredFor(action, channel.isThread()));
  if (lacking.length === 0) return undefined;
  return {
    ok: false,
    reason: 'forbidden',
    detail: `${doing}: the bot lacks ${describePermissions(lacking).join(', ')} in channel ${channel.id}`,
  };
}

/** A channel from the cache, or from Discord when the cache lost it (a thread woken from the archive). */
export async function resolveChannel(client: Client, channelId: string): Promise<Channel | null> {
  return client.channels.cache.get(channelId) ?? client.channels.fetch(channelId).catch(() => null);
}

/**
 * Posts message parts in a channel as the bot. The rights are checked from the cache
 * first: a refusal names what to grant, and Discord never sees a request it would
 * refuse (enough refused requests get a bot's address banned for an hour).
 */
export async function postInChannel(
  client: Client,
  channelId: string,
  parts: readonly BaseMessageOptions[],
  options: { readonly replyTo?: string; readonly mentionUser?: string } = {},
): Promise<ActionResult> {
  const doing = 'post in channel';
  const channel = await resolveChannel(client, channelId);
  if (!channel?.isSendable()) {
    return {
      ok: false,
      reason: 'not_found',
      detail: `${doing}: no text channel ${channelId} the bot can see`,
    };
  }
  const needs = options.replyTo ? 'reply_to' : parts.some((p) => p.embeds?.length) ? 'send_embed' : 'send';
  const refused = lackingRights(client, channel, needs, doing);
  if (refused) return refused;
  try {
    let firstId: string | undefined;
    for (const [i, part] of parts.entries()) {
      const message: MessageCreateOptions = {
        ...part,
        ...(i === 0 && options.replyTo
          ? { reply: { messageReference: options.replyTo, failIfNotExists: false } }
          : {}),
        ...(options.mentionUser ? { allowedMentions: { users: [options.mentionUser] } } : {}),
      };
      const sent = await channel.send(message);
      firstId ??= sent.id;
    }
    return firstId ? { ok: true, messageId: firstId } : { ok: true };
  } catch (error) {
    return refusalFrom(error, doing);
  }
}
