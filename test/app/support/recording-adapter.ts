import type { Capabilities, ChatAdapter, PlatformHint } from '../../../src/core/chat/chat-adapter.js';
import type { ChatEvent } from '../../../src/core/chat/chat-event.js';
import type { ActionResult, OutboundAction } from '../../../src/core/chat/outbound-action.js';

type Refusal = { kind: OutboundAction['kind']; result: ActionResult; times: number; userId?: string };

/**
 * A platform for brain tests: it records every action the brain performs and answers
 * with scripted refusals (no right to delete, no private chat, a rate limit), so the
 * dispatch fallbacks can be tested without a network or a fake server.
 */
export class RecordingAdapter implements ChatAdapter {
  readonly platform = 'test';
  readonly performed: OutboundAction[] = [];
  caps: Capabilities = { canDelete: true, canMute: true, canReadAllMessages: true, canSendPrivate: true };
  /** What the platform says in its own words (`hint`); a topic left out falls back to the brain's text. */
  hints: Partial<Record<PlatformHint, string>> = {};
  /** Users who never opened a private chat with the bot. */
  readonly noPrivateChat = new Set<string>();
  private refusals: Refusal[] = [];

  refuse(kind: OutboundAction['kind'], result: ActionResult, times = 1, userId?: string): void {
    this.refusals.push({ kind, result, times, ...(userId ? { userId } : {}) });
  }

  async start(_sink: (e: ChatEvent) => Promise<void>): Promise<void> {}
  async stop(): Promise<void> {}
  /** Set to make `capabilities` fail as a platform call can (a network error). */
  capsError: Error | undefined;
  async capabilities(_chatId: string): Promise<Capabilities> {
    if (this.capsError) throw this.capsError;
    return this.caps;
  }

  hint(topic: PlatformHint): string | undefined {
    return this.hints[topic];
  }

  async perform(action: OutboundAction): Promise<ActionResult> {
    const userId = action.kind === 'send_private' ? action.userId : undefined;
    const r = this.refusals.find(
      (x) => x.kind === action.kind && x.times > 0 && (!x.userId || x.userId === userId),
    );
    if (r) {
      r.times -= 1;
      return r.result;
    }
    if (userId && this.noPrivateChat.has(userId)) return { ok: false, reason: 'no_private_chat' };
    this.performed.push(action);
    return { ok: true };
  }

  /** Texts sent privately to a user, oldest first. */
  privateTo(userId: string): string[] {
    return this.performed.flatMap((a) => (a.kind === 'send_private' && a.userId === userId ? [a.text] : []));
  }

  groupTexts(): string[] {
    return this.performed.flatMap((a) => (a.kind === 'send_group' ? [a.text] : []));
  }

  deleted(): string[] {
    return this.performed.flatMap((a) => (a.kind === 'delete' ? [a.messageId] : []));
  }

  replies(): Extract<OutboundAction, { kind: 'reply' }>[] {
    return this.performed.flatMap((a) => (a.kind === 'reply' ? [a] : []));
  }

  clear(): void {
    this.performed.length = 0;
  }
}
