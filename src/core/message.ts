/**
 * Platform-neutral messages: adapters translate their SDK's updates into these and no
 * SDK type crosses this line, so the pipeline and policy are the same on every platform.
 */

export const ROLES = ['teacher', 'supervisor', 'staff', 'parent', 'pupil', 'unknown'] as const;
export type Role = (typeof ROLES)[number];

export interface MessageRef {
  readonly platform: string;
  readonly chatId: string;
  readonly messageId: string;
}

export interface Author {
  /** The platform's user id (pseudonymised before storage). */
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly isBot: boolean;
}

export type MediaKind = 'photo' | 'video' | 'audio' | 'document';

export interface IncomingMessage {
  readonly ref: MessageRef;
  readonly author: Author;
  /** Text or caption; empty for media without caption. */
  readonly text: string;
  readonly media?: { readonly kind: MediaKind; readonly count: number };
  readonly sentAt: Date;
  readonly edited: boolean;
  readonly replyTo?: MessageRef & { readonly authorId?: string; readonly authorRole?: Role };
  /** Display names or usernames mentioned in the text (without `@`). */
  readonly mentions: readonly string[];
}
