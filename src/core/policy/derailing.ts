import { CATEGORY_RULES } from './category-rules.js';
import type { PastIncident } from './policy-input.js';
import type { PolicySettings } from './policy-settings.js';
import { MINUTE_MS } from './timing.js';

/** The conversation's temperature, and whether it crossed the B3 line. */
export interface DerailingCheck {
  readonly derailing: boolean;
  readonly messages: number;
  readonly authors: number;
  readonly why: string;
}

/**
 * B3: "when online communication threatens to derail, contact your supervisor at once".
 * Several flagged messages (counting categories only) from two or more people within a
 * short window, including the current one, is derailing; once raised, it is not raised
 * again within the cooldown, so one heated evening is one alert, not twenty.
 */
export function checkDerailing(
  groupHistory: readonly PastIncident[],
  current: { readonly messageId: string; readonly author: string; readonly flagged: boolean },
  now: Date,
  settings: PolicySettings['derailing'],
  lastDerailing?: Date,
): DerailingCheck {
  const since = now.getTime() - settings.windowMinutes * MINUTE_MS;
  const messages = new Set<string>();
  const authors = new Set<string>();
  if (current.flagged) {
    messages.add(current.messageId);
    authors.add(current.author);
  }
  let lastRaised = lastDerailing?.getTime();
  for (const p of groupHistory) {
    const t = p.createdAt.getTime();
    if (p.category === 'derailing') lastRaised = Math.max(lastRaised ?? t, t);
    if (!current.flagged || t < since || t > now.getTime() || p.status === 'false_alarm') continue;
    if (!CATEGORY_RULES[p.category].countsForDerailing) continue;
    messages.add(p.messageId);
    if (p.author !== undefined) authors.add(p.author);
  }
  const summary = `${count(messages.size, 'flagged message', 'flagged messages')} from ${count(authors.size, 'person', 'people')} within ${settings.windowMinutes} min`;
  if (!current.flagged) return { derailing: false, messages: 0, authors: 0, why: 'message not flagged' };
  const crossed = messages.size >= settings.minMessages && authors.size >= settings.minAuthors;
  if (!crossed)
    return {
      derailing: false,
      messages: messages.size,
      authors: authors.size,
      why: `not derailing: ${summary} (from ${settings.minMessages} messages by ${settings.minAuthors} people)`,
    };
  if (lastRaised !== undefined && now.getTime() - lastRaised < settings.cooldownMinutes * MINUTE_MS) {
    return {
      derailing: false,
      messages: messages.size,
      authors: authors.size,
      why: `${summary}, but derailing was already raised within ${settings.cooldownMinutes} min`,
    };
  }
  return {
    derailing: true,
    messages: messages.size,
    authors: authors.size,
    why: `B3: ${summary} (threshold ${settings.minMessages} messages, ${settings.minAuthors} people)`,
  };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
