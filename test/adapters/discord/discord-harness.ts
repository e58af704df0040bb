import { ChannelType } from 'discord.js';
import { DiscordAdapter, type DiscordAdapterOptions } from '../../../adapters/discord/discord-adapter.js';
import { createMemoryLogger } from '../../../src/app/log.js';
import type { AdapterHarness, FakeUser } from '../adapter-harness.js';
import { FakeDiscord } from './fake-discord.js';
import type { FakeMessage } from './fake-messages.js';
import type { Json } from './fake-payloads.js';
import { FAKE_TOKEN } from './fake-request.js';

/** A harness with its fake and log exposed, for the Discord-specific tests. */
export interface DiscordHarness extends AdapterHarness {
  readonly adapter: DiscordAdapter;
  readonly fake: FakeDiscord;
  readonly log: ReturnType<typeof createMemoryLogger>;
  /** Channels the "brain" knows as set-up class groups; tests add to it as `/setup` would. */
  readonly classChannels: Set<string>;
  readonly supervisor: FakeUser;
  /** What a reader sees of a bot message: its text and its embeds' headline and body. */
  textOf(message: FakeMessage): string;
  /** Messages the bot sent (not deleted), oldest first. */
  botMessages(): FakeMessage[];
}

function textOf(message: FakeMessage): string {
  const embeds = message.embeds.map((e: Json) => [e.title, e.description].filter(Boolean).join('\n'));
  return [message.content, ...embeds].filter((t) => t).join('\n');
}

/**
 * The Discord harness: the real DiscordAdapter (real discord.js) against FakeDiscord, on
 * the test school's server, with groep 7 (a channel) and groep 8 (a thread) set up.
 */
export async function discordHarness(options: Partial<DiscordAdapterOptions> = {}): Promise<DiscordHarness> {
  const fake = await FakeDiscord.start();
  const { school, world } = fake;
  const log = createMemoryLogger();
  const classChannels = new Set([school.classChannel, school.classThread]);
  const adapter = new DiscordAdapter({
    token: FAKE_TOKEN,
    api: fake.api,
    log,
    isClassChannel: async (chatId) => classChannels.has(chatId),
    ...options,
  });
  const person = (id: string): FakeUser => {
    const member = world.members.get(id);
    return { id, name: member?.nick ?? world.user(id).globalName };
  };
  const group = school.classChannel;
  const botMessages = () => fake.messages.list().filter((m) => m.authorId === world.botId && !m.deleted);
  return {
    adapter,
    fake,
    log,
    classChannels,
    platform: 'discord',
    groupChatId: group,
    teacher: person(school.teacher.id),
    parent: person(school.parent.id),
    supervisor: person(school.supervisor.id),
    supports: { edits: true, media: true, replies: true },
    textOf,
    botMessages,
    async postText(from, text, opts) {
      const reference = opts?.replyTo
        ? {
            type: 19,
            reference: { message_id: opts.replyTo, channel_id: group, guild_id: world.guildId, type: 0 },
          }
        : {};
      return fake.post(from.id, group, text, reference);
    },
    async editText(_from, messageId, text) {
      fake.edit(messageId, text);
    },
    async postPhoto(from, caption) {
      const photo = {
        id: '1',
        filename: 'IMG_2041.jpg',
        size: 183_004,
        url: 'http://127.0.0.1/attachments/IMG_2041.jpg',
        proxy_url: 'http://127.0.0.1/attachments/IMG_2041.jpg',
        content_type: 'image/jpeg',
        width: 1600,
        height: 1200,
      };
      return fake.post(from.id, group, caption ?? '', { attachments: [photo] });
    },
    async invokeCommand(from, name, args, where) {
      const channel = where === 'group' ? group : world.dmChannelOf(from.id).id;
      fake.slash(from.id, channel, name, args.length ? args.join(' ') : undefined);
    },
    groupTexts: () =>
      botMessages()
        .filter((m) => m.channelId === group && !m.ephemeralFor)
        .map(textOf),
    privateTexts: (user) =>
      botMessages()
        .filter((m) => {
          const channel = world.channel(m.channelId);
          return (
            m.ephemeralFor === user.id || (channel.type === ChannelType.DM && channel.recipientId === user.id)
          );
        })
        .map(textOf),
    deletedIds: () =>
      fake.messages
        .list()
        .filter((m) => m.deleted && m.channelId === group && m.authorId !== world.botId)
        .map((m) => m.id),
    refuseNextDelete: () => fake.refuseNextDelete(),
    settle: () => fake.settled(),
    close: () => fake.stop(),
  };
}
