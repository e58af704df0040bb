import type { IncomingMessage, MediaKind, Role } from '../../src/core/message.js';
import type { ExportMessage } from './export-entry.js';
import type { ExportMediaKind } from './placeholders.js';

/** The platform name scanned messages carry through the pipeline. */
export const WHATSAPP_EXPORT_PLATFORM = 'whatsapp-export';

const MEDIA: Record<ExportMediaKind, MediaKind | undefined> = {
  photo: 'photo',
  video: 'video',
  audio: 'audio',
  document: 'document',
  sticker: undefined,
  // "<Media weggelaten>" does not say what it was; guessing "photo" would raise consent
  // findings (A5) the export cannot support, so it counts as a document.
  unknown: 'document',
};

/**
 * Pure mapping of an exported message onto the platform-neutral message, so the scan
 * goes through the same core (and policy) as the live bot. The author's id is their
 * name as exported: a WhatsApp export has no other identity. `roleOf` says who is the
 * teacher (the scan's `--teacher` option); everyone else is `unknown`.
 */
export function toIncoming(
  m: ExportMessage,
  chatId: string,
  roleOf: (author: string) => Role,
): IncomingMessage {
  const media = m.media === undefined ? undefined : MEDIA[m.media];
  return {
    ref: { platform: WHATSAPP_EXPORT_PLATFORM, chatId, messageId: `line-${m.line}` },
    author: { id: m.author, name: m.author, role: roleOf(m.author), isBot: false },
    text: m.text,
    ...(media ? { media: { kind: media, count: 1 } } : {}),
    sentAt: m.sentAt,
    edited: m.edited,
    mentions: mentionsIn(m.text),
  };
}

/** `@Anna` or `@31612345678` as WhatsApp writes a mention in exported text. */
function mentionsIn(text: string): string[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(/(?:^|\s)@([\p{L}\p{N}_+][\p{L}\p{N}_.+-]*)/gu)].map((m) => m[1] as string);
}
