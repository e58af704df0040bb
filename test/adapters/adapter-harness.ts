import type { ChatAdapter } from '../../src/core/chat/chat-adapter.js';
import type { CommandName } from '../../src/core/chat/chat-event.js';

/** A user on the fake platform. */
export interface FakeUser {
  readonly id: string;
  readonly name: string;
}

/**
 * Drives one platform's fake (a fake Telegram Bot API, a fake Discord REST + gateway,
 * the console's streams) so the shared contract suite can run against every adapter
 * with its real SDK. Each adapter's test file builds one per test.
 */
export interface AdapterHarness {
  readonly adapter: ChatAdapter;
  readonly platform: string;
  /** A class group chat the fake knows, where the bot has full rights. */
  readonly groupChatId: string;
  /** Admin of the group chat. */
  readonly teacher: FakeUser;
  /** Ordinary member. */
  readonly parent: FakeUser;
  /** What this platform can express; the suite skips what it cannot. */
  readonly supports: { readonly edits: boolean; readonly media: boolean; readonly replies: boolean };

  /** `from` posts text in the group; resolves with the platform's message id. */
  postText(from: FakeUser, text: string, options?: { readonly replyTo?: string }): Promise<string>;
  editText(from: FakeUser, messageId: string, text: string): Promise<void>;
  postPhoto(from: FakeUser, caption?: string): Promise<string>;
  /** `from` invokes a command in the group or in the private chat with the bot. */
  invokeCommand(
    from: FakeUser,
    name: CommandName,
    args: readonly string[],
    where: 'group' | 'private',
  ): Promise<void>;

  /** Texts the bot posted in the group chat, oldest first. */
  groupTexts(): string[];
  /** Texts the bot sent privately to `user` (including private command replies), oldest first. */
  privateTexts(user: FakeUser): string[];
  /** Message ids the bot deleted in the group. */
  deletedIds(): string[];
  /** The platform refuses the next delete for lack of rights. */
  refuseNextDelete(): void;
  /** Resolve once every outbound call the adapter started has reached the fake. */
  settle(): Promise<void>;

  close(): Promise<void>;
}

export type HarnessFactory = () => Promise<AdapterHarness>;
