import { ChannelType } from 'discord.js';
import { type Json, memberJson, userJson } from './fake-payloads.js';
import { FakeWorld } from './fake-world.js';

/** One message on the fake Discord, by a member or by the bot. */
export interface FakeMessage {
  readonly id: string;
  readonly channelId: string;
  readonly authorId: string;
  readonly createdAt: string;
  content: string;
  embeds: Json[];
  components: Json[];
  attachments: Json[];
  flags: number;
  type: number;
  reference?: { message_id: string; channel_id: string; guild_id?: string; type: number };
  /** What a forward (reference type 1) carries of the original. */
  snapshots?: Json[];
  /** Only this user sees it (an ephemeral interaction response). */
  ephemeralFor?: string;
  /** The interaction it answers, for interaction responses and follow-ups. */
  interactionId?: string;
  editedAt: string | null;
  deleted: boolean;
}

/** Every message the fake has seen, in order, with the JSON Discord would send for it. */
export class FakeMessages {
  private readonly all = new Map<string, FakeMessage>();

  constructor(private readonly world: FakeWorld) {}

  add(fields: Partial<FakeMessage> & Pick<FakeMessage, 'channelId' | 'authorId'>): FakeMessage {
    const message: FakeMessage = {
      id: FakeWorld.id(),
      createdAt: new Date().toISOString(),
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      flags: 0,
      type: 0,
      editedAt: null,
      deleted: false,
      ...fields,
    };
    this.all.set(message.id, message);
    return message;
  }

  get(id: string): FakeMessage | undefined {
    return this.all.get(id);
  }

  list(): FakeMessage[] {
    return [...this.all.values()];
  }

  /** The gateway/REST form, with the author's member object in a server channel. */
  json(m: FakeMessage): Json {
    const channel = this.world.channel(m.channelId);
    const inGuild = channel.type !== ChannelType.DM;
    const isMember = inGuild && this.world.members.has(m.authorId);
    const mentioned = [...m.content.matchAll(/<@!?(\d+)>/gu)]
      .map((match) => match[1] ?? '')
      .filter((id) => this.world.users.has(id));
    const referenced = m.reference ? this.get(m.reference.message_id) : undefined;
    return {
      id: m.id,
      channel_id: m.channelId,
      channel_type: channel.type,
      ...(inGuild ? { guild_id: this.world.guildId } : {}),
      author: userJson(this.world, m.authorId),
      ...(isMember ? { member: memberJson(this.world, m.authorId, false) } : {}),
      content: m.content,
      timestamp: m.createdAt,
      edited_timestamp: m.editedAt,
      tts: false,
      mention_everyone: false,
      mentions: mentioned.map((id) => ({
        ...userJson(this.world, id),
        ...(inGuild && this.world.members.has(id) ? { member: memberJson(this.world, id, false) } : {}),
      })),
      mention_roles: [],
      attachments: m.attachments,
      embeds: m.embeds,
      components: m.components,
      pinned: false,
      type: m.type,
      flags: m.flags,
      ...(m.reference ? { message_reference: m.reference } : {}),
      ...(m.snapshots ? { message_snapshots: m.snapshots.map((message) => ({ message })) } : {}),
      ...(referenced && m.reference?.type === 0 ? { referenced_message: this.json(referenced) } : {}),
    };
  }
}
