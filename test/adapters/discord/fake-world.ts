import { ChannelType, PermissionFlagsBits as P, SnowflakeUtil } from 'discord.js';

/** Every permission bit Discord defines: what an owner or administrator has. */
export const ALL_PERMISSIONS = Object.values(P).reduce((all, bit) => all | bit, 0n);

export interface FakeUserRecord {
  readonly id: string;
  readonly username: string;
  readonly globalName: string;
  readonly bot: boolean;
  /** "Allow direct messages from server members" switched off. */
  dmsClosed: boolean;
}

export interface FakeRole {
  readonly id: string;
  readonly name: string;
  permissions: bigint;
  readonly position: number;
}

export interface FakeOverwrite {
  readonly id: string;
  /** 0 role, 1 member. */
  readonly type: 0 | 1;
  allow: bigint;
  deny: bigint;
}

export interface FakeChannel {
  readonly id: string;
  readonly name: string;
  readonly type: ChannelType;
  readonly parentId?: string;
  /** Private chat with the bot: the other person. */
  readonly recipientId?: string;
  overwrites: FakeOverwrite[];
}

export interface FakeMember {
  readonly userId: string;
  roles: string[];
  nick: string | null;
  communicationDisabledUntil: string | null;
}

/**
 * The state of a fake Discord: one school server with its roles, members and channels,
 * and permission resolution as Discord documents it (base from roles, then @everyone,
 * role and member overwrites; owner and Administrator have everything). Both the REST
 * fake and the gateway fake read it, so what the bot is refused matches what it sees.
 */
export class FakeWorld {
  readonly appId = FakeWorld.id();
  readonly guildId = FakeWorld.id();
  readonly guildName = 'Basisschool De Linde';
  readonly users = new Map<string, FakeUserRecord>();
  readonly roles = new Map<string, FakeRole>();
  readonly members = new Map<string, FakeMember>();
  readonly channels = new Map<string, FakeChannel>();
  ownerId = '';
  botId = '';

  static id(): string {
    return SnowflakeUtil.generate().toString();
  }

  addUser(username: string, globalName: string, bot = false): FakeUserRecord {
    const user = { id: FakeWorld.id(), username, globalName, bot, dmsClosed: false };
    this.users.set(user.id, user);
    return user;
  }

  addRole(name: string, permissions: bigint, position: number, id = FakeWorld.id()): FakeRole {
    const role = { id, name, permissions, position };
    this.roles.set(id, role);
    return role;
  }

  addMember(userId: string, roles: string[] = [], nick: string | null = null): FakeMember {
    const member = { userId, roles, nick, communicationDisabledUntil: null };
    this.members.set(userId, member);
    return member;
  }

  addChannel(
    name: string,
    overwrites: FakeOverwrite[] = [],
    type = ChannelType.GuildText,
    parentId?: string,
  ) {
    const channel: FakeChannel = {
      id: FakeWorld.id(),
      name,
      type,
      overwrites,
      ...(parentId ? { parentId } : {}),
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** The private chat between the bot and `userId`, opened on first use as Discord does. */
  dmChannelOf(userId: string): FakeChannel {
    const existing = [...this.channels.values()].find((c) => c.recipientId === userId);
    if (existing) return existing;
    const channel: FakeChannel = {
      id: FakeWorld.id(),
      name: '',
      type: ChannelType.DM,
      recipientId: userId,
      overwrites: [],
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  channel(nameOrId: string): FakeChannel {
    const found = this.channels.get(nameOrId) ?? [...this.channels.values()].find((c) => c.name === nameOrId);
    if (!found) throw new Error(`fake world: no channel ${nameOrId}`);
    return found;
  }

  user(id: string): FakeUserRecord {
    const found = this.users.get(id);
    if (!found) throw new Error(`fake world: no user ${id}`);
    return found;
  }

  /** Server-wide permissions: @everyone and the member's roles. */
  basePermissions(userId: string): bigint {
    const member = this.members.get(userId);
    if (!member) return 0n;
    if (userId === this.ownerId) return ALL_PERMISSIONS;
    let perms = this.roles.get(this.guildId)?.permissions ?? 0n;
    for (const roleId of member.roles) perms |= this.roles.get(roleId)?.permissions ?? 0n;
    return perms & P.Administrator ? ALL_PERMISSIONS : perms;
  }

  /** Permissions in a channel after overwrites; a thread uses its parent's. */
  permissionsIn(userId: string, channelId: string): bigint {
    const base = this.basePermissions(userId);
    if (base === ALL_PERMISSIONS) return base;
    const channel = this.channel(channelId);
    if (channel.parentId) return this.permissionsIn(userId, channel.parentId);
    const member = this.members.get(userId);
    let perms = base;
    const everyone = channel.overwrites.find((o) => o.id === this.guildId);
    if (everyone) perms = (perms & ~everyone.deny) | everyone.allow;
    let allow = 0n;
    let deny = 0n;
    for (const o of channel.overwrites) {
      if (o.type === 0 && o.id !== this.guildId && member?.roles.includes(o.id)) {
        allow |= o.allow;
        deny |= o.deny;
      }
    }
    perms = (perms & ~deny) | allow;
    const own = channel.overwrites.find((o) => o.type === 1 && o.id === userId);
    if (own) perms = (perms & ~own.deny) | own.allow;
    return perms & P.ViewChannel ? perms : 0n;
  }

  has(userId: string, channelId: string, ...bits: bigint[]): boolean {
    const perms = this.permissionsIn(userId, channelId);
    return bits.every((bit) => (perms & bit) === bit);
  }

  /** Highest role position: Discord lets a member act only on members below it. */
  topPosition(userId: string): number {
    const roles = this.members.get(userId)?.roles ?? [];
    return Math.max(0, ...roles.map((r) => this.roles.get(r)?.position ?? 0));
  }
}
