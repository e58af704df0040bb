import {
  type BaseMessageOptions,
  ChannelType,
  type Client,
  type GuildTextBasedChannel,
  PermissionFlagsBits,
} from 'discord.js';
import type { ActionResult, OutboundAction } from '../../src/core/chat/outbound-action.js';
import { refusalFrom } from './action-result.js';
import { alertMessages } from './alert-embed.js';
import { plainMessages } from './message-parts.js';
import { postInChannel } from './post-in-channel.js';

type SendPrivate = Extract<OutboundAction, { kind: 'send_private' }>;
type Refusal = Extract<ActionResult, { ok: false }>;

/** Alerts (with buttons) are embeds; reminders to the poster are plain text. */
function partsFor(action: SendPrivate, prefix = ''): BaseMessageOptions[] {
  if (action.buttons?.length) {
    const [first, ...rest] = alertMessages(action.text, action.buttons);
    return first ? [{ ...first, ...(prefix ? { content: prefix } : {}) }, ...rest] : rest;
  }
  return plainMessages(`${prefix}${prefix ? '\n' : ''}${action.text}`);
}

/**
 * The server's private staff channel by name, only if ordinary members cannot read it
 * and the recipient can: an alert names pupils, so it never lands where a parent or
 * pupil could see it.
 */
async function staffChannelFor(
  client: Client,
  action: SendPrivate,
  name: string,
): Promise<GuildTextBasedChannel | string> {
  const about = action.aboutChatId ? client.channels.cache.get(action.aboutChatId) : undefined;
  if (!about || about.isDMBased()) return 'no server known for the group it is about';
  const guild = about.guild;
  const staff = guild.channels.cache.find((c) => c.type === ChannelType.GuildText && c.name === name);
  if (!staff?.isTextBased()) return `server ${guild.id} has no #${name} channel`;
  if (staff.permissionsFor(guild.roles.everyone).has(PermissionFlagsBits.ViewChannel)) {
    return `#${name} on server ${guild.id} is readable by everyone, so alerts are not posted there`;
  }
  const member = await guild.members.fetch(action.userId).catch(() => null);
  if (!member || !staff.permissionsFor(member).has(PermissionFlagsBits.ViewChannel)) {
    return `the recipient cannot read #${name} on server ${guild.id}`;
  }
  return staff;
}

/**
 * A private message to the poster (A3), the teacher or the supervisor: as a DM, or,
 * when the person has closed DMs from server members, in the server's private staff
 * channel with a mention so it still reaches them. With neither, `no_private_chat`
 * lets the brain keep the alert until they open a chat with the bot.
 */
export async function sendPrivate(
  client: Client,
  action: SendPrivate,
  staffChannelName: string,
): Promise<ActionResult> {
  let refusal: Refusal;
  try {
    const dm = await client.users.createDM(action.userId);
    let firstId: string | undefined;
    for (const part of partsFor(action)) firstId ??= (await dm.send(part)).id;
    return firstId ? { ok: true, messageId: firstId } : { ok: true };
  } catch (error) {
    refusal = refusalFrom(error, 'send_private');
  }
  if (refusal.reason !== 'no_private_chat') return refusal;
  const staff = await staffChannelFor(client, action, staffChannelName);
  if (typeof staff === 'string') return { ...refusal, detail: `${refusal.detail}; DMs closed and ${staff}` };
  return postInChannel(client, staff.id, partsFor(action, `<@${action.userId}>`), {
    mentionUser: action.userId,
  });
}
