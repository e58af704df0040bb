import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { COMMAND_NAMES, type CommandName } from '../../src/core/chat/chat-event.js';

/**
 * The command menu Telegram shows when a member types `/`, in Dutch and English. Typed
 * by CommandName, so a command the brain adds cannot be missing from the menu.
 */
export const COMMAND_DESCRIPTIONS: Readonly<Record<'nl' | 'en', Readonly<Record<CommandName, string>>>> = {
  nl: {
    setup: 'Deze groep instellen (leerkracht)',
    supervisor: 'Je leidinggevende koppelen',
    rules: 'De omgangsregels van deze groep',
    consent: "Toestemming voor foto's, video's en geluid",
    role: 'Iemand als medewerker, ouder of leerling zetten',
    lessons: 'Lestijden van de groep',
    allow: 'Een uitzondering toestaan',
    incidents: 'Openstaande meldingen',
    handle: 'Een melding afhandelen',
    export: 'Een dossier exporteren',
    forget: 'De gegevens van iemand wissen',
    status: 'Wat de bot hier mag en ziet',
    help: 'Uitleg over klaswacht',
    announce: 'Mededeling, ook per e-mail',
    contacts: 'Leden die niet in de groep zitten (e-mail)',
  },
  en: {
    setup: 'Set up this group (teacher)',
    supervisor: 'Link your supervisor',
    rules: "This group's rules",
    consent: 'Consent for photos, videos and audio',
    role: 'Mark someone as staff, parent or pupil',
    lessons: "The group's lesson hours",
    allow: 'Allow an exception',
    incidents: 'Open incidents',
    handle: 'Handle an incident',
    export: 'Export a record',
    forget: "Erase someone's data",
    status: 'What the bot may do and see here',
    help: 'About klaswacht',
    announce: 'Announcement, also by e-mail',
    contacts: 'Members outside the group (e-mail)',
  },
};

/** The menu for one language, in COMMAND_NAMES order. */
export function commandMenu(language: 'nl' | 'en'): BotCommand[] {
  return COMMAND_NAMES.map((command) => ({ command, description: COMMAND_DESCRIPTIONS[language][command] }));
}

/**
 * Registers the menu with `setMyCommands`: English for members whose Telegram speaks
 * English, Dutch for everyone else (the default list) since these are Dutch schools.
 */
export async function registerCommandMenus(api: Api): Promise<void> {
  await api.setMyCommands(commandMenu('nl'));
  await api.setMyCommands(commandMenu('nl'), { language_code: 'nl' });
  await api.setMyCommands(commandMenu('en'), { language_code: 'en' });
}
