import { GrammyError, HttpError } from 'grammy';
import type { ActionResult } from '../../src/core/chat/outbound-action.js';

/** A refused action. */
export type Refusal = Extract<ActionResult, { ok: false }>;

/** Whether the call went to a group or to one person's private chat: the same error means different things. */
export type Destination = 'group' | 'private';

const RIGHTS =
  /not enough rights|have no rights|need administrator rights|CHAT_ADMIN_REQUIRED|can't remove chat owner|user is an administrator|CHAT_WRITE_FORBIDDEN/i;
const SUPERGROUP_ONLY = /only for supergroups|available for supergroup.* only/i;

/**
 * Turns a failed Bot API call into a refusal the brain can act on (ARCHITECTURE rule 5:
 * expected failures are values). `detail` carries Telegram's own description for the
 * log, never message text: descriptions name methods and rights, not content.
 *
 * - 429 after the auto-retry gave up (a wait longer than it may sleep): `rate_limited`
 *   with Telegram's `retry_after`.
 * - A private message to someone who never opened a chat with the bot, or blocked it:
 *   Telegram says 403 ("bot can't initiate conversation", "bot was blocked") or 400
 *   "chat not found": `no_private_chat`, so the brain can post a short note in the group
 *   and keep the alert until `private_chat_opened`.
 * - Missing admin rights, or removed from the group: `forbidden`.
 */
export function refusalOf(error: unknown, destination: Destination): Refusal {
  if (error instanceof GrammyError) {
    const { error_code: code, description, parameters } = error;
    const detail = `${error.method}: ${code} ${description}`;
    if (code === 429) {
      return {
        ok: false,
        reason: 'rate_limited',
        retryAfterMs: (parameters.retry_after ?? 1) * 1000,
        detail,
      };
    }
    if (destination === 'private' && (code === 403 || /chat not found/i.test(description))) {
      return { ok: false, reason: 'no_private_chat', detail };
    }
    if (code === 403 || RIGHTS.test(description)) return { ok: false, reason: 'forbidden', detail };
    if (SUPERGROUP_ONLY.test(description)) return { ok: false, reason: 'unsupported', detail };
    if (parameters.migrate_to_chat_id !== undefined) {
      return {
        ok: false,
        reason: 'not_found',
        detail: `${detail} (moved to ${parameters.migrate_to_chat_id})`,
      };
    }
    if (/not found/i.test(description)) return { ok: false, reason: 'not_found', detail };
    return { ok: false, reason: 'failed', detail };
  }
  if (error instanceof HttpError) return { ok: false, reason: 'failed', detail: `network: ${error.message}` };
  return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
}
