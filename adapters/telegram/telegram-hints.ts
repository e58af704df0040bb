import type { Language } from '../../src/core/categories.js';
import type { PlatformHint } from '../../src/core/chat/chat-adapter.js';

type Hints = Readonly<Record<PlatformHint, (bot: string) => string>>;

const NL: Hints = {
  private_chat: (bot) => `Open alsjeblieft een privégesprek met mij (${bot}) en stuur /start.`,
  read_all_messages: () =>
    'Maak mij beheerder van de groep, of zet bij @BotFather de privacymodus uit (/setprivacy, dan Disable) en voeg mij daarna opnieuw toe aan de groep.',
  grant_rights: () =>
    'Maak mij beheerder van de groep (groepsnaam, Bewerken, Beheerders) en zet deze rechten daar aan; in een Nederlandstalige Telegram heten ze misschien iets anders.',
};

const EN: Hints = {
  private_chat: (bot) => `Please open a private chat with me (${bot}) and send /start.`,
  read_all_messages: () =>
    'Make me an admin of the group, or turn privacy mode off at @BotFather (/setprivacy, then Disable) and add me to the group again.',
  grant_rights: () =>
    'Make me an admin of the group (group name, Edit, Administrators) and switch these rights on there.',
};

/**
 * How things are done on Telegram, for the brain's platform-neutral texts: a bot may
 * only write to someone who pressed Start (or sent /start) in its private chat, and it
 * reads a group only as admin or with privacy mode off at BotFather (applied when it
 * joins, hence "add me again").
 */
export function telegramHint(topic: PlatformHint, lang: Language, username: string | undefined): string {
  const bot = username ? `@${username}` : 'klaswacht';
  return (lang === 'en' ? EN : NL)[topic](bot);
}
