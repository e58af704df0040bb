import {
  type Attachment,
  cleanContent,
  type GuildMember,
  type Message,
  MessageReferenceType,
  type MessageSnapshot,
  type TextBasedChannel,
  type User,
} from 'discord.js';
import type { Author, IncomingMessage, MediaKind } from '../../src/core/message.js';

/** The platform name every Discord ChatEvent carries. */
export const PLATFORM = 'discord';

/**
 * A Discord user as the brain sees them. The role is left to the brain (it knows who
 * set up the group and who was linked as supervisor); the server nickname is the name
 * classmates know.
 */
export function toAuthor(
  user: User,
  member?: GuildMember | { readonly nick?: string | null } | null,
): Author {
  const nick = member && 'displayName' in member ? member.displayName : (member?.nick ?? null);
  return { id: user.id, name: nick ?? user.displayName, role: 'unknown', isBot: user.bot };
}

const KIND_ORDER: readonly MediaKind[] = ['photo', 'video', 'audio', 'document'];
const EXTENSION_KIND: ReadonlyArray<readonly [RegExp, MediaKind]> = [
  [/\.(jpe?g|png|gif|webp|heic|avif|bmp)$/iu, 'photo'],
  [/\.(mp4|mov|webm|mkv|avi|m4v)$/iu, 'video'],
  [/\.(mp3|ogg|opus|wav|m4a|aac|flac)$/iu, 'audio'],
];

/** Attachment kind from its MIME type, else its file name (Discord leaves the type out for some uploads). */
export function mediaKindOf(attachment: Pick<Attachment, 'contentType' | 'name'>): MediaKind {
  const type = attachment.contentType ?? '';
  if (type.startsWith('image/')) return 'photo';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/')) return 'audio';
  return EXTENSION_KIND.find(([pattern]) => pattern.test(attachment.name))?.[1] ?? 'document';
}

/**
 * Attachments as media for the consent register (A5): the most person-revealing kind
 * present, with the total count, so a photo among documents is never missed.
 */
export function mediaOf(
  attachments: Iterable<Pick<Attachment, 'contentType' | 'name'>>,
): IncomingMessage['media'] {
  const kinds = [...attachments].map(mediaKindOf);
  const kind = KIND_ORDER.find((k) => kinds.includes(k));
  return kind ? { kind, count: kinds.length } : undefined;
}

const RAW_MENTION = /<(@[!&]?|#)\d{15,21}>/gu;

/**
 * Message text as people read it: `<@123…>` becomes `@Daan`, custom emoji `:naam:`.
 * Raw snowflakes never reach the detectors, where an 18-digit id could pass as a card
 * or phone number.
 */
export function readableText(content: string | null, channel: TextBasedChannel): string {
  const clean = content ? cleanContent(content, channel) : '';
  return clean.replace(RAW_MENTION, (_all, sigil: string) => (sigil === '#' ? '#kanaal' : '@iemand'));
}

/** A forwarded message has no text of its own: what it forwards is what members read. */
function forwarded(message: Message): MessageSnapshot | undefined {
  if (message.reference?.type !== MessageReferenceType.Forward) return undefined;
  return message.messageSnapshots.first();
}

/**
 * Maps a Discord guild message (new or edited) to the platform-neutral message. Pure:
 * reads only the discord.js structures already in memory.
 */
export function toIncomingMessage(message: Message, edited: boolean): IncomingMessage {
  const source = forwarded(message) ?? message;
  const reference = message.reference;
  const isReply = reference?.type === MessageReferenceType.Default && reference.messageId !== undefined;
  const media = mediaOf([...source.attachments.values()]);
  const mentions = [...message.mentions.parsedUsers.values()].map(
    (u) => message.guild?.members.cache.get(u.id)?.displayName ?? u.displayName,
  );
  return {
    ref: { platform: PLATFORM, chatId: message.channelId, messageId: message.id },
    author: toAuthor(message.author, message.member),
    text: readableText(source.content, message.channel),
    ...(media ? { media } : {}),
    sentAt: edited ? (message.editedAt ?? message.createdAt) : message.createdAt,
    edited,
    ...(isReply && reference.messageId
      ? {
          replyTo: {
            platform: PLATFORM,
            chatId: reference.channelId,
            messageId: reference.messageId,
            ...(message.mentions.repliedUser ? { authorId: message.mentions.repliedUser.id } : {}),
          },
        }
      : {}),
    mentions,
  };
}
