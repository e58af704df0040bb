/**
 * How Telegram identifies things, in the brain's terms. Telegram ids are numbers (up to
 * 52 bits); the seams carry them as decimal strings so no platform's id type leaks.
 */

/** The `platform` every Telegram ChatEvent and MessageRef carries. */
export const TELEGRAM = 'telegram';

/** Decimal string form of a Telegram id, as the seams carry it. */
export function idString(id: number): string {
  return String(id);
}

/**
 * The numeric id for an API call. Throws on anything that is not an integer: a chat id
 * from another platform reaching this adapter is a bug in the caller, not a refusal.
 */
export function telegramId(id: string, what: string): number {
  const n = Number(id);
  if (!/^-?\d+$/.test(id) || !Number.isSafeInteger(n)) {
    throw new TypeError(`telegram: ${what} "${id}" is not a Telegram id`);
  }
  return n;
}

/**
 * Supergroup (and channel) ids start with -100. Only supergroups support muting
 * (`restrictChatMember`); an old-style group must be upgraded first.
 */
export function isSupergroupId(chatId: string): boolean {
  return chatId.startsWith('-100');
}

/** Telegram keeps messages deletable by bots for 48 hours. */
export const DELETE_WINDOW_MS = 48 * 60 * 60 * 1000;
