import type { Channel, Client, Guild, GuildBasedChannel } from 'discord.js';
import type { Capabilities } from '../../src/core/chat/chat-adapter.js';
import {
  capabilitiesFrom,
  missing,
  NO_CAPABILITIES,
  PRIVATE_CHAT_CAPABILITIES,
  sendKeys,
} from './permissions.js';

/** A rights change in one channel, as the brain's `bot_status` event names it. */
export interface RightsChange {
  readonly chatId: string;
  readonly status: 'promoted' | 'demoted';
}

type Rights = Pick<Capabilities, 'canDelete' | 'canMute' | 'canReadAllMessages'> & { canSend: boolean };
const KEYS = ['canDelete', 'canMute', 'canReadAllMessages', 'canSend'] as const;

/** A channel the bot has seen, by id and name. */
export interface KnownChannel {
  readonly id: string;
  readonly name: string;
}

interface Known {
  readonly guildId: string;
  readonly name: string;
  readonly rights: Rights;
}

/** Whether a channel can be a class group: text in a server (a text channel, a thread, a voice chat). */
export function isGroupChannel(channel: Channel): channel is GuildBasedChannel & Channel {
  return channel.isTextBased() && !channel.isDMBased();
}

/** The bot's rights in a channel, resolved through roles and overwrites (threads follow their parent). */
export function capabilitiesIn(client: Client, channel: Channel | undefined | null): Capabilities {
  if (channel?.isDMBased()) return PRIVATE_CHAT_CAPABILITIES;
  if (!channel || !isGroupChannel(channel) || !client.user) return NO_CAPABILITIES;
  const perms = channel.permissionsFor(client.user);
  return perms ? capabilitiesFrom(perms, channel.isThread()) : NO_CAPABILITIES;
}

function rightsIn(client: Client, channel: GuildBasedChannel): Rights {
  const perms = client.user ? channel.permissionsFor(client.user) : null;
  const caps = perms ? capabilitiesFrom(perms, channel.isThread()) : NO_CAPABILITIES;
  const canSend = perms !== null && missing(perms, sendKeys(channel.isThread())).length === 0;
  return {
    canDelete: caps.canDelete,
    canMute: caps.canMute,
    canReadAllMessages: caps.canReadAllMessages,
    canSend,
  };
}

/**
 * Remembers the bot's rights per channel and reports when a role change, a channel
 * overwrite or a server setting takes rights away or gives them, so the brain can tell
 * the teacher at once ("I can no longer delete here") instead of at the next incident.
 */
export class PermissionWatch {
  private readonly known = new Map<string, Known>();

  constructor(private readonly client: Client) {}

  /** Takes the current rights as the baseline for every channel of a server. */
  remember(guild: Guild): void {
    for (const channel of this.channelsOf(guild)) this.note(channel, rightsIn(this.client, channel));
  }

  /** Forgets channels that are gone, returning what is known of them (ids and names). */
  forget(chatIds: Iterable<string>): KnownChannel[] {
    const gone: KnownChannel[] = [];
    for (const id of chatIds) {
      const known = this.known.get(id);
      if (known) gone.push({ id, name: known.name });
      this.known.delete(id);
    }
    return gone;
  }

  /**
   * The channels remembered for a server. discord.js empties a server's channel cache
   * before it reports the server gone, so this is how the bot still knows them then.
   */
  channelIdsIn(guildId: string): string[] {
    return [...this.known].filter(([, k]) => k.guildId === guildId).map(([id]) => id);
  }

  /** Re-reads the rights in `channels`; a lost right is `demoted`, only gained ones `promoted`. */
  recheck(channels: Iterable<GuildBasedChannel>): RightsChange[] {
    const changes: RightsChange[] = [];
    for (const channel of channels) {
      const now = rightsIn(this.client, channel);
      const before = this.known.get(channel.id)?.rights;
      this.note(channel, now);
      if (!before) continue;
      const lost = KEYS.some((k) => before[k] && !now[k]);
      const gained = KEYS.some((k) => !before[k] && now[k]);
      if (lost) changes.push({ chatId: channel.id, status: 'demoted' });
      else if (gained) changes.push({ chatId: channel.id, status: 'promoted' });
    }
    return changes;
  }

  private note(channel: GuildBasedChannel, rights: Rights): void {
    this.known.set(channel.id, { guildId: channel.guildId, name: channel.name, rights });
  }

  /** Every channel of a server that can be a class group, threads included. */
  channelsOf(guild: Guild): GuildBasedChannel[] {
    return [...guild.channels.cache.values()].filter(isGroupChannel);
  }
}
