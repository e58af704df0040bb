import type { Language } from '../../src/core/categories.js';
import type { PlatformHint } from '../../src/core/chat/chat-adapter.js';

const NL: Readonly<Record<PlatformHint, string>> = {
  private_chat:
    'Stuur mij een privébericht (klik op mijn naam, dan Bericht), of zet in de privacyinstellingen van de server directe berichten van serverleden aan.',
  read_all_messages:
    'Geef de klaswacht-rol in dit kanaal het recht View Channels (Kanalen bekijken): Kanaal bewerken, Rechten.',
  grant_rights:
    'Geef de klaswacht-rol deze rechten in Serverinstellingen, Rollen, of alleen voor dit kanaal in Kanaal bewerken, Rechten.',
};

const EN: Readonly<Record<PlatformHint, string>> = {
  private_chat:
    "Please send me a direct message (click my name, then Message), or allow direct messages from server members in the server's privacy settings.",
  read_all_messages:
    'Give the klaswacht role the View Channels right in this channel: Edit Channel, Permissions.',
  grant_rights:
    'Give the klaswacht role these rights in Server Settings, Roles, or for this channel only in Edit Channel, Permissions.',
};

/**
 * How things are done on Discord, for the brain's platform-neutral texts: a private
 * chat opens when a member writes the bot a direct message (or allows DMs from server
 * members), and rights belong to the klaswacht role, per server or per channel.
 */
export function discordHint(topic: PlatformHint, lang: Language): string {
  return (lang === 'en' ? EN : NL)[topic];
}
