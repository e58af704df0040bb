import { DiscordAPIError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import type { ActionResult } from '../../src/core/chat/outbound-action.js';

type Refusal = Extract<ActionResult, { ok: false }>;

const C = RESTJSONErrorCodes;

const NOT_FOUND = new Set<number>([
  C.UnknownChannel,
  C.UnknownGuild,
  C.UnknownMember,
  C.UnknownMessage,
  C.UnknownUser,
  C.UnknownWebhook,
  C.UnknownInteraction,
]);
const NO_PRIVATE_CHAT = new Set<number>([
  C.CannotSendMessagesToThisUser,
  C.CannotSendMessagesToThisUserDueToHavingNoMutualGuilds,
]);
const FORBIDDEN = new Set<number>([C.MissingPermissions, C.MissingAccess]);

/**
 * A request URL fit for logs: interaction and webhook tokens are credentials (anyone
 * holding one can answer as the bot for 15 minutes), so they are cut out.
 */
export function redactUrl(url: string): string {
  const path = new URL(url, 'http://127.0.0.1').pathname;
  return path.replace(/\/(interactions|webhooks)\/(\d+)\/[^/?]+/gu, '/$1/$2/:token');
}

/**
 * Translates what discord.js threw into the refusal the brain understands (ARCHITECTURE
 * rule 5: expected failures are values). `detail` names the request and Discord's error
 * code, never message text, which lives only in the request body.
 */
export function refusalFrom(error: unknown, doing: string): Refusal {
  if (error instanceof RateLimitError) {
    return {
      ok: false,
      reason: 'rate_limited',
      retryAfterMs: Math.ceil(error.retryAfter),
      detail: `${doing}: rate limited on ${error.method} ${redactUrl(error.url)} (${error.scope})`,
    };
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number.NaN;
    const detail = `${doing}: Discord ${error.status} code ${error.code} on ${error.method} ${redactUrl(error.url)}`;
    if (NO_PRIVATE_CHAT.has(code)) return { ok: false, reason: 'no_private_chat', detail };
    if (FORBIDDEN.has(code) || error.status === 403) return { ok: false, reason: 'forbidden', detail };
    if (NOT_FOUND.has(code) || error.status === 404) return { ok: false, reason: 'not_found', detail };
    return { ok: false, reason: 'failed', detail };
  }
  const name = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { ok: false, reason: 'failed', detail: `${doing}: ${name}` };
}
