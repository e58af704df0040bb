/**
 * What the brain asks a platform to do, already rendered to text in the group's
 * language. Adapters translate these to API calls and nothing else: they never decide
 * anything about moderation.
 */
export type OutboundAction =
  | {
      /** A reminder or notice in the class group itself. */
      readonly kind: 'send_group';
      readonly chatId: string;
      readonly text: string;
      readonly replyToMessageId?: string;
    }
  | {
      /** A private message: to the poster (A3), the teacher or the supervisor. */
      readonly kind: 'send_private';
      readonly userId: string;
      readonly text: string;
      /** Alert buttons (Gezien, Opgelost, Vals alarm, Naar leidinggevende, Exporteren). */
      readonly buttons?: readonly ActionButton[];
      /** The group the message is about (Discord falls back to a staff channel of that server). */
      readonly aboutChatId?: string;
    }
  | {
      /** The answer to a command invocation, delivered the platform's own way. */
      readonly kind: 'reply';
      readonly replyHandle: string;
      readonly chatId: string;
      readonly text: string;
      /** Only the invoker should see it (ephemeral on Discord, a private message on Telegram). */
      readonly private: boolean;
      readonly buttons?: readonly ActionButton[];
      readonly files?: readonly OutgoingFile[];
    }
  | { readonly kind: 'delete'; readonly chatId: string; readonly messageId: string }
  | { readonly kind: 'mute'; readonly chatId: string; readonly userId: string; readonly until: Date };

/** A button under a message; pressing it comes back as a CommandInvocation with `viaButton`. */
export interface ActionButton {
  readonly label: string;
  /** Command line it triggers, e.g. `handle 17 seen` (at most 64 bytes: Telegram's limit). */
  readonly command: string;
}

/** An export (Markdown, CSV) sent as a document. */
export interface OutgoingFile {
  readonly name: string;
  readonly mimeType: string;
  readonly content: string;
}

/**
 * How an action went. Refusals are values, not exceptions (ARCHITECTURE rule 5): the
 * brain decides what to do instead (ask the teacher to delete, retry later, queue an
 * alert until the teacher opens a private chat).
 */
export type ActionResult =
  | { readonly ok: true; readonly messageId?: string }
  | {
      readonly ok: false;
      readonly reason:
        | 'unsupported'
        | 'forbidden'
        | 'not_found'
        | 'rate_limited'
        | 'no_private_chat'
        | 'too_old'
        | 'failed';
      readonly retryAfterMs?: number;
      /** What the platform said, for logs (never message text). */
      readonly detail?: string;
    };
