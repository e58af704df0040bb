import type { Language } from '../categories.js';
import type { ChatEvent } from './chat-event.js';
import type { ActionResult, OutboundAction } from './outbound-action.js';

/** What the bot may do in one chat, read from its real rights on the platform. */
export interface Capabilities {
  readonly canDelete: boolean;
  readonly canMute: boolean;
  /** False when the bot only sees commands and mentions (Telegram privacy mode). */
  readonly canReadAllMessages: boolean;
  readonly canSendPrivate: boolean;
  /** Messages older than this cannot be deleted by the bot (Telegram: 48 hours). */
  readonly deleteWindowMs?: number;
  /**
   * Rights the bot lacks here (among those klaswacht uses), named as the platform's own
   * settings name them, so the teacher can be told exactly what to grant. Absent or
   * empty: nothing missing, or the platform cannot tell.
   */
  readonly missingRights?: readonly string[];
}

/**
 * Things a member does in the platform's own way, which the brain's texts mention:
 * open a private chat with the bot (Telegram: press Start), let the bot read every
 * message (Telegram: privacy mode), grant a right the bot lacks.
 */
export const PLATFORM_HINTS = ['private_chat', 'read_all_messages', 'grant_rights'] as const;
export type PlatformHint = (typeof PLATFORM_HINTS)[number];

/**
 * The port every platform implements (Telegram, Discord, the console group). Data
 * flows one way: the adapter reports ChatEvents to the sink, the brain answers with
 * OutboundActions through `perform`. Adapters are tested with one shared contract suite
 * (test/adapters/adapter-contract.ts) against their real SDK and a fake server.
 */
export interface ChatAdapter {
  readonly platform: string;
  /**
   * Begin receiving; resolves once events flow. Events of one chat are delivered in
   * order, each awaited before the next, so the brain sees a conversation as it was.
   */
  start(sink: (event: ChatEvent) => Promise<void>): Promise<void>;
  perform(action: OutboundAction): Promise<ActionResult>;
  capabilities(chatId: string): Promise<Capabilities>;
  /**
   * How to do `topic` on this platform, one or two sentences in `lang`, so the brain's
   * templates stay platform-neutral. Optional, and may answer undefined for a topic:
   * the brain then uses its neutral template `hint.<topic>`.
   */
  hint?(topic: PlatformHint, lang: Language): string | undefined;
  /** Stop receiving and release connections; idempotent. */
  stop(): Promise<void>;
}
