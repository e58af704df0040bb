import { ChannelType } from 'discord.js';
import type { FakeChannel, FakeWorld } from './fake-world.js';

/** Raw Discord JSON, as the real API sends it (snake_case, permissions as strings). */
export type Json = Record<string, unknown>;

const JOINED = '2026-08-24T07:30:00.000Z';

export function userJson(world: FakeWorld, id: string): Json {
  const u = world.user(id);
  return {
    id: u.id,
    username: u.username,
    global_name: u.globalName,
    discriminator: '0',
    avatar: null,
    bot: u.bot,
    public_flags: 0,
  };
}

/** A member; `withUser` false for where Discord nests it next to an `author`. */
export function memberJson(world: FakeWorld, userId: string, withUser = true): Json {
  const m = world.members.get(userId);
  if (!m) throw new Error(`fake world: ${userId} is not a member`);
  return {
    ...(withUser ? { user: userJson(world, userId) } : {}),
    nick: m.nick,
    avatar: null,
    roles: [...m.roles],
    joined_at: JOINED,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: m.communicationDisabledUntil,
  };
}

export function roleJson(world: FakeWorld, id: string): Json {
  const r = world.roles.get(id);
  if (!r) throw new Error(`fake world: no role ${id}`);
  return {
    id: r.id,
    name: r.name,
    color: 0,
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: r.position,
    permissions: r.permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export function channelJson(world: FakeWorld, c: FakeChannel): Json {
  if (c.type === ChannelType.DM) {
    return {
      id: c.id,
      type: c.type,
      last_message_id: null,
      recipients: [userJson(world, c.recipientId ?? '')],
    };
  }
  const common = { id: c.id, type: c.type, guild_id: world.guildId, name: c.name, last_message_id: null };
  if (c.parentId) {
    return {
      ...common,
      parent_id: c.parentId,
      owner_id: world.ownerId,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      total_message_sent: 0,
      flags: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 10080,
        archive_timestamp: JOINED,
        locked: false,
      },
    };
  }
  return {
    ...common,
    position: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    rate_limit_per_user: 0,
    permission_overwrites: c.overwrites.map((o) => ({
      id: o.id,
      type: o.type,
      allow: o.allow.toString(),
      deny: o.deny.toString(),
    })),
  };
}

export function guildCreateJson(world: FakeWorld): Json {
  const guildChannels = [...world.channels.values()].filter((c) => c.type !== ChannelType.DM);
  return {
    id: world.guildId,
    name: world.guildName,
    icon: null,
    owner_id: world.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'nl',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    features: [],
    emojis: [],
    stickers: [],
    roles: [...world.roles.keys()].map((id) => roleJson(world, id)),
    joined_at: JOINED,
    large: false,
    unavailable: false,
    member_count: world.members.size,
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    members: [...world.members.keys()].map((id) => memberJson(world, id)),
    channels: guildChannels.filter((c) => !c.parentId).map((c) => channelJson(world, c)),
    threads: guildChannels.filter((c) => c.parentId).map((c) => channelJson(world, c)),
  };
}

export function readyJson(world: FakeWorld, sessionId: string, resumeUrl: string): Json {
  return {
    v: 10,
    user: { ...userJson(world, world.botId), verified: true, mfa_enabled: false, flags: 0 },
    guilds: [{ id: world.guildId, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: world.appId, flags: 0 },
    private_channels: [],
    presences: [],
  };
}
