import type { ExportMediaKind } from './placeholders.js';
import type { LocalDateTime } from './zoned-time.js';

/**
 * One message of a WhatsApp export, as the phone wrote it. Only the scanner's judging
 * step sees `text`; nothing keeps it afterwards unless the message is flagged.
 */
export interface ExportMessage {
  readonly type: 'message';
  /** 1-based line of the file where the message starts (its id in the report). */
  readonly line: number;
  readonly local: LocalDateTime;
  /** `YYYY-MM-DD` as shown in the chat. */
  readonly day: string;
  readonly sentAt: Date;
  /** Display name, or a phone number for people not in the exporter's contacts. */
  readonly author: string;
  /** Text or caption, without WhatsApp's placeholders and edit notes. */
  readonly text: string;
  readonly media?: ExportMediaKind;
  readonly deleted: boolean;
  readonly edited: boolean;
  /** The text was cut at MAX_MESSAGE_CHARS (a broken or hostile file). */
  readonly truncated: boolean;
}

/** A notice by WhatsApp itself (joined, left, encryption, subject changed); content not kept. */
export interface ExportNotice {
  readonly type: 'notice';
  readonly line: number;
  readonly day: string;
}

/** A line before the first dated line: not part of any message. */
export interface ExportStray {
  readonly type: 'stray';
  readonly line: number;
}

export type ExportEntry = ExportMessage | ExportNotice | ExportStray;

/** Longest message text kept in memory; WhatsApp itself caps messages at 65,536 characters. */
export const MAX_MESSAGE_CHARS = 65_536;
