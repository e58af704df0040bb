import type { Language } from '../../core/categories.js';
import type { MessageRef, Role } from '../../core/message.js';
import type { Decision } from '../../core/policy/index.js';
import type { Group } from '../../store/groups.js';
import type { Pseudonym } from '../../store/pseudonym.js';

/**
 * One message, judged: everything needed to record it and act on it, and nothing more.
 * It holds the masked excerpt, never the message text, so a judgement that waits in
 * memory for a full disk to clear (pending-writes.ts) carries no unmasked words.
 */
export interface Judgement {
  readonly group: Group;
  readonly ref: MessageRef;
  readonly author: {
    readonly platformId: string;
    readonly pseudonym: Pseudonym;
    readonly name: string;
    readonly role: Role;
  };
  readonly sentAt: Date;
  /** The moment the policy judged at: the message's time, never after the bot's clock. */
  readonly now: Date;
  readonly lang: Language;
  readonly decision: Decision;
  /** The message with personal data masked (empty for media without caption). */
  readonly excerpt: string;
  /** Write the member's sighting in the same transaction. */
  readonly writeMember: boolean;
}
