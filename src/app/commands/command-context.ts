import type { Language } from '../../core/categories.js';
import type { Capabilities, PlatformHint } from '../../core/chat/chat-adapter.js';
import type { CommandInvocation, CommandName } from '../../core/chat/chat-event.js';
import type { ActionButton, OutgoingFile } from '../../core/chat/outbound-action.js';
import type { Group } from '../../store/groups.js';
import type { BrainDeps } from '../brain-deps.js';
import type { Delivery } from '../dispatch/delivery.js';
import type { GroupBook } from '../pipeline/group-book.js';
import type { TemplateParams } from '../templates/renderer.js';

/** One answer to a command; `private` answers only the invoker (ephemeral, or a private message). */
export interface CommandReply {
  readonly text: string;
  readonly private?: boolean;
  readonly buttons?: readonly ActionButton[];
  readonly files?: readonly OutgoingFile[];
}

/** What the brain offers command handlers beyond the store. */
export interface CommandServices {
  readonly delivery: Delivery;
  readonly groups: GroupBook;
  /** A private message to someone other than the invoker (the teacher hears a supervisor was linked). */
  notify(group: Group, userId: string, text: string): Promise<void>;
  /** The store erased members: in-memory caches must forget them too. */
  membersErased(groupId: number): void;
  /**
   * What the bot may do in the group's chat, as its platform reports it (the brain's
   * cache: asked of the platform at most once a minute), so `status` can tell staff.
   */
  capabilities(group: Group): Promise<Capabilities>;
  /** How to do `topic` on the group's platform, in the group's language (platform-hint.ts). */
  hint(group: Group, topic: PlatformHint): string;
}

/** Everything a command handler sees: the invocation, its group, language and rights. */
export interface CommandContext {
  readonly deps: BrainDeps;
  readonly inv: CommandInvocation;
  /** The group it is about: the chat's group, or in a private chat the one group the invoker serves. */
  readonly group: Group | undefined;
  /** Groups the invoker serves as teacher or supervisor (private chats), for `which_group`. */
  readonly candidates: readonly Group[];
  readonly lang: Language;
  /** The teacher, the supervisor, or an admin of the chat. */
  readonly staff: boolean;
  /** Who did it, for the audit log: `<platform>:<user id>` (staff ids are not pseudonymised). */
  readonly actor: string;
  readonly now: Date;
  readonly services: CommandServices;
  t(key: string, params?: TemplateParams): string;
}

export type CommandHandler = (
  ctx: CommandContext,
) => Promise<readonly CommandReply[]> | readonly CommandReply[];

/**
 * Who may use a command and where (plain data, like the policy's rules): `everyone`
 * reads, `staff` (teacher, supervisor, chat admins) changes or sees anything about
 * people. `needsGroup`: the router answers for the handler when the group is unknown.
 */
export interface CommandSpec {
  readonly name: CommandName;
  readonly access: 'everyone' | 'staff';
  readonly groupChatOnly: boolean;
  readonly needsGroup: boolean;
  readonly usage: string;
  readonly handler: CommandHandler;
}

/** A date and time as the school reads it: `2025-03-04 11:00` in the group's time zone. */
export function formatTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

export function formatDay(at: Date, timeZone: string): string {
  return formatTime(at, timeZone).slice(0, 10);
}

/** A private reply (anything about people, codes, dossiers goes only to the invoker). */
export function privately(text: string, extra: Omit<CommandReply, 'text' | 'private'> = {}): CommandReply {
  return { text, private: true, ...extra };
}
