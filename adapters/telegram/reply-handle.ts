/**
 * Where to answer a command invocation: the chat and message it came from (a typed
 * command, or the alert whose button was pressed) and who invoked it (for a private
 * answer). Carried through the brain as the opaque `replyHandle` string, so nothing
 * has to be remembered between the command and its answer, even across a restart.
 */
export interface ReplyTarget {
  readonly chatId: string;
  readonly messageId: string;
  readonly userId: string;
}

const PREFIX = 'tg';
const ID = /^-?\d+$/;

export function encodeReplyHandle(target: ReplyTarget): string {
  return [PREFIX, target.chatId, target.messageId, target.userId].join(':');
}

/** Undefined for a handle this adapter did not make (another platform's, or mangled). */
export function decodeReplyHandle(handle: string): ReplyTarget | undefined {
  const [prefix, chatId, messageId, userId, ...rest] = handle.split(':');
  if (prefix !== PREFIX || rest.length > 0) return undefined;
  if (!chatId || !messageId || !userId || ![chatId, messageId, userId].every((p) => ID.test(p))) {
    return undefined;
  }
  return { chatId, messageId, userId };
}
