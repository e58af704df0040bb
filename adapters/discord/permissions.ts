import { PermissionFlagsBits, type PermissionsBitField } from 'discord.js';
import type { Capabilities } from '../../src/core/chat/chat-adapter.js';

/** One Discord permission with the names a teacher sees in the English and Dutch client. */
interface NamedPermission {
  readonly flag: bigint;
  readonly en: string;
  readonly nl: string;
}

const P = PermissionFlagsBits;

/** Every right klaswacht uses, named as Discord's settings screens name them. */
export const BOT_PERMISSIONS = {
  view: { flag: P.ViewChannel, en: 'View Channels', nl: 'Kanalen bekijken' },
  send: { flag: P.SendMessages, en: 'Send Messages', nl: 'Berichten versturen' },
  sendInThreads: {
    flag: P.SendMessagesInThreads,
    en: 'Send Messages in Threads',
    nl: 'Berichten versturen in threads',
  },
  embed: { flag: P.EmbedLinks, en: 'Embed Links', nl: 'Links insluiten' },
  attach: { flag: P.AttachFiles, en: 'Attach Files', nl: 'Bestanden bijvoegen' },
  history: { flag: P.ReadMessageHistory, en: 'Read Message History', nl: 'Berichtgeschiedenis lezen' },
  manageMessages: { flag: P.ManageMessages, en: 'Manage Messages', nl: 'Berichten beheren' },
  moderate: { flag: P.ModerateMembers, en: 'Timeout Members', nl: 'Leden een time-out geven' },
} as const satisfies Record<string, NamedPermission>;

type PermissionKey = keyof typeof BOT_PERMISSIONS;

/**
 * The permission integer for the invite URL (README): exactly the rights above, so a
 * school never has to grant Administrator.
 */
export const INVITE_PERMISSIONS: bigint = Object.values(BOT_PERMISSIONS).reduce((all, p) => all | p.flag, 0n);

/** What a channel kind needs to post in it: threads have their own send right. */
export function sendKeys(isThread: boolean): PermissionKey[] {
  return isThread ? ['view', 'sendInThreads'] : ['view', 'send'];
}

/** The rights each outbound action needs, so a refusal can name exactly what is missing. */
export function requiredFor(
  action: 'send' | 'send_embed' | 'reply_to' | 'delete' | 'mute',
  isThread: boolean,
): PermissionKey[] {
  switch (action) {
    case 'send':
      return sendKeys(isThread);
    case 'send_embed':
      return [...sendKeys(isThread), 'embed'];
    case 'reply_to':
      return [...sendKeys(isThread), 'history'];
    case 'delete':
      return ['view', 'manageMessages'];
    case 'mute':
      return ['moderate'];
  }
}

/** The rights in `keys` that `perms` lacks (Administrator grants all). */
export function missing(
  perms: Readonly<PermissionsBitField>,
  keys: readonly PermissionKey[],
): PermissionKey[] {
  return keys.filter((k) => !perms.has(BOT_PERMISSIONS[k].flag));
}

/** "Manage Messages (Berichten beheren)": readable for a teacher on either client language. */
export function describePermissions(keys: readonly PermissionKey[]): string[] {
  return keys.map((k) => `${BOT_PERMISSIONS[k].en} (${BOT_PERMISSIONS[k].nl})`);
}

/**
 * Capabilities in one channel from the bot's real, overwrite-resolved permissions there.
 * Timeouts are server-wide on Discord, so `canMute` follows the server right. DMs can be
 * closed per user; that shows up per action (`no_private_chat`), not here.
 */
export function capabilitiesFrom(perms: Readonly<PermissionsBitField>, isThread: boolean): Capabilities {
  const lacking = new Set([
    ...missing(perms, sendKeys(isThread)),
    ...missing(perms, ['embed', 'history', 'manageMessages', 'moderate']),
  ]);
  const canView = !lacking.has('view');
  return {
    canDelete: canView && !lacking.has('manageMessages'),
    canMute: !lacking.has('moderate'),
    canReadAllMessages: canView,
    canSendPrivate: true,
    missingRights: describePermissions([...lacking]),
  };
}

/** Capabilities where the bot cannot see the channel at all (unknown, deleted, not in a server). */
export const NO_CAPABILITIES: Capabilities = {
  canDelete: false,
  canMute: false,
  canReadAllMessages: false,
  canSendPrivate: true,
  missingRights: describePermissions(['view']),
};

/** The private chat with the bot: nothing to moderate there, but the bot can write. */
export const PRIVATE_CHAT_CAPABILITIES: Capabilities = {
  canDelete: false,
  canMute: false,
  canReadAllMessages: false,
  canSendPrivate: true,
};
