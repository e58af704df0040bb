import { COMMAND_NAMES, type CommandName } from '../../src/core/chat/chat-event.js';
import type { MediaKind } from '../../src/core/message.js';

/**
 * One line of the console group's input, understood. The grammar (README, "The console
 * class group"):
 *
 *     Anna: Morgen gym!                     a message in the group
 *     Anna: /rules                          a command in the group
 *     Anna (privé): /incidents              a command in the private chat with the bot
 *     Anna: [foto] Klassenfoto              media (foto, video, audio, document), caption optional
 *     Anna (bewerkt #12): Morgen geen gym   an edit of message 12
 *     Anna (antwoord #12): Ik ook!          a reply to message 12
 *     [2025-03-04T10:15+01:00] Anna: ...    a timestamp (ISO 8601); otherwise now
 *     # a comment                           ignored, as are blank lines
 *
 * English words work too: (private), (edited #12), (reply #12), [photo], [file].
 */
export type ConsoleLine =
  | { readonly kind: 'skip' }
  | { readonly kind: 'invalid'; readonly problem: string }
  | {
      readonly kind: 'post';
      readonly name: string;
      readonly sentAt?: Date;
      readonly private: boolean;
      readonly editOf?: string;
      readonly replyTo?: string;
      readonly media?: { readonly kind: MediaKind; readonly count: number };
      readonly text: string;
      readonly command?: { readonly name: CommandName; readonly args: readonly string[] };
      /** `/start` in the private chat: opening the chat, nothing else. */
      readonly start: boolean;
    };

const LINE = /^(?:\[([^\]]+)\]\s*)?([^:()[\]]+?)\s*(?:\(([^)]*)\))?\s*:\s?(.*)$/;
const MEDIA = /^\[(foto|photo|video|audio|geluid|document|bestand|file)(?:\s*x\s*(\d{1,2}))?\]\s*/i;
const MEDIA_KINDS: Readonly<Record<string, MediaKind>> = {
  foto: 'photo',
  photo: 'photo',
  video: 'video',
  audio: 'audio',
  geluid: 'audio',
  document: 'document',
  bestand: 'document',
  file: 'document',
};

export function parseConsoleLine(raw: string): ConsoleLine {
  const line = raw.replace(/\r$/, '');
  if (line.trim() === '' || line.trimStart().startsWith('#')) return { kind: 'skip' };
  const m = LINE.exec(line);
  if (!m) return { kind: 'invalid', problem: 'expected "Name: text"' };
  const [, stamp, name = '', qualifier, rest = ''] = m;
  let sentAt: Date | undefined;
  if (stamp !== undefined) {
    sentAt = new Date(stamp);
    if (Number.isNaN(sentAt.getTime()))
      return { kind: 'invalid', problem: 'the [timestamp] is not ISO 8601' };
  }
  const q = parseQualifier(qualifier);
  if ('problem' in q) return { kind: 'invalid', problem: q.problem };
  let text = rest;
  let media: { kind: MediaKind; count: number } | undefined;
  const mm = MEDIA.exec(text);
  if (mm) {
    media = {
      kind: MEDIA_KINDS[(mm[1] as string).toLowerCase()] as MediaKind,
      count: Number(mm[2] ?? 1) || 1,
    };
    text = text.slice(mm[0].length);
  }
  const command = media ? undefined : parseCommand(text);
  const start = q.private && /^\/start\b/.test(text.trim());
  return {
    kind: 'post',
    name: name.trim(),
    private: q.private,
    text,
    start,
    ...(sentAt ? { sentAt } : {}),
    ...(q.editOf ? { editOf: q.editOf } : {}),
    ...(q.replyTo ? { replyTo: q.replyTo } : {}),
    ...(media ? { media } : {}),
    ...(command ? { command } : {}),
  };
}

function parseQualifier(
  q: string | undefined,
): { private: boolean; editOf?: string; replyTo?: string } | { problem: string } {
  if (q === undefined) return { private: false };
  const s = q.trim().toLowerCase();
  if (s === 'privé' || s === 'prive' || s === 'private') return { private: true };
  const edit = /^(?:bewerkt|edited)\s*#(\d+)$/.exec(s);
  if (edit) return { private: false, editOf: edit[1] as string };
  const reply = /^(?:antwoord|reply)\s*#(\d+)$/.exec(s);
  if (reply) return { private: false, replyTo: reply[1] as string };
  return { problem: 'unknown (...) after the name: use privé, bewerkt #id or antwoord #id' };
}

function parseCommand(text: string): { name: CommandName; args: string[] } | undefined {
  const m = /^\/([a-z]+)(?:@\S+)?(?:\s+(.*))?$/i.exec(text.trim());
  if (!m) return undefined;
  const name = (m[1] as string).toLowerCase();
  if (!(COMMAND_NAMES as readonly string[]).includes(name)) return undefined;
  const args = (m[2] ?? '').split(/\s+/).filter((a) => a !== '');
  return { name: name as CommandName, args };
}

/** `@Name` mentions in a text (console names may not contain spaces after the @). */
export function mentionsIn(text: string): string[] {
  return [...text.matchAll(/@([\p{L}\p{N}_-]+)/gu)].map((m) => m[1] as string);
}
