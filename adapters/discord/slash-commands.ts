import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMAND_NAMES, type CommandName } from '../../src/core/chat/chat-event.js';

/** Dutch name and both descriptions of one command; the English name is the brain's own. */
interface CommandText {
  readonly nl: string;
  readonly en: string;
  readonly descriptionEn: string;
  readonly descriptionNl: string;
  /** What to type after the command, when it takes something. */
  readonly argsEn?: string;
  readonly argsNl?: string;
}

/**
 * Names and descriptions per command. Discord shows the Dutch ones to members whose
 * client is set to Nederlands and the English ones otherwise; the interaction always
 * carries the English (base) name, so the brain sees the same command either way.
 */
export const COMMAND_TEXTS: Readonly<Record<CommandName, CommandText>> = {
  setup: {
    en: 'setup',
    nl: 'instellen',
    descriptionEn: 'Make this channel a class group that klaswacht looks after',
    descriptionNl: 'Maak van dit kanaal een klassengroep waar klaswacht op let',
  },
  supervisor: {
    en: 'supervisor',
    nl: 'leidinggevende',
    descriptionEn: 'Link your supervisor, who is alerted when a conversation derails (B3)',
    descriptionNl: 'Koppel je leidinggevende, die bij ontsporing een melding krijgt (B3)',
  },
  rules: {
    en: 'rules',
    nl: 'regels',
    descriptionEn: 'Show the rules of this class group',
    descriptionNl: 'Toon de regels van deze klassengroep',
  },
  consent: {
    en: 'consent',
    nl: 'toestemming',
    descriptionEn: 'Consent register for photos, film and audio (A5)',
    descriptionNl: "Toestemmingsregister voor foto's, film en geluid (A5)",
  },
  lessons: {
    en: 'lessons',
    nl: 'lestijden',
    descriptionEn: 'Lesson hours: no chatting during lessons (A1)',
    descriptionNl: 'Lestijden: niet chatten tijdens de les (A1)',
    argsEn: 'Day and hours, e.g. ma 08:30-12:00',
    argsNl: 'Dag en tijden, bijv. ma 08:30-12:00',
  },
  allow: {
    en: 'allow',
    nl: 'toestaan',
    descriptionEn: 'Allow what the group may share (a school number) or chatting during a lesson',
    descriptionNl: 'Sta toe wat de groep mag delen (schoolnummer) of chatten tijdens een les',
  },
  incidents: {
    en: 'incidents',
    nl: 'meldingen',
    descriptionEn: 'Open incidents of this class group',
    descriptionNl: 'Openstaande meldingen van deze klassengroep',
  },
  handle: {
    en: 'handle',
    nl: 'afhandelen',
    descriptionEn: 'Handle an incident: seen, solved, false alarm, to the supervisor',
    descriptionNl: 'Handel een melding af: gezien, opgelost, vals alarm, naar leidinggevende',
  },
  export: {
    en: 'export',
    nl: 'exporteren',
    descriptionEn: 'Export incidents as a file for the pupil or personnel file',
    descriptionNl: 'Exporteer meldingen als bestand voor het leerling- of personeelsdossier',
  },
  forget: {
    en: 'forget',
    nl: 'vergeten',
    descriptionEn: "Erase a person's data (AVG/GDPR)",
    descriptionNl: 'Wis de gegevens van een persoon (AVG)',
  },
  status: {
    en: 'status',
    nl: 'status',
    descriptionEn: 'What klaswacht may do in this channel, and what it is missing',
    descriptionNl: 'Wat klaswacht in dit kanaal mag, en wat er ontbreekt',
  },
  help: {
    en: 'help',
    nl: 'hulp',
    descriptionEn: 'How klaswacht works and which commands there are',
    descriptionNl: 'Hoe klaswacht werkt en welke opdrachten er zijn',
  },
  announce: {
    en: 'announce',
    nl: 'mededeling',
    descriptionEn: 'Announcement to the group, e-mailed to members who are not in it (B1)',
    descriptionNl: 'Mededeling aan de groep, gemaild naar leden die er niet in zitten (B1)',
    argsEn: 'The announcement',
    argsNl: 'De mededeling',
  },
  contacts: {
    en: 'contacts',
    nl: 'contacten',
    descriptionEn: 'Members not in the group who get announcements by e-mail (B1)',
    descriptionNl: 'Leden buiten de groep die mededelingen per e-mail krijgen (B1)',
  },
};

/** The one free-text option every command has; the adapter splits it like a typed command line. */
export const ARGS_OPTION = 'arguments';

type CommandJson = RESTPostAPIChatInputApplicationCommandsJSONBody;

function definition(name: CommandName): CommandJson {
  const t = COMMAND_TEXTS[name];
  return {
    type: ApplicationCommandType.ChatInput,
    name: t.en,
    name_localizations: { nl: t.nl },
    description: t.descriptionEn,
    description_localizations: { nl: t.descriptionNl },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: ARGS_OPTION,
        name_localizations: { nl: 'argumenten' },
        description: t.argsEn ?? 'What follows the command, as in the help text',
        description_localizations: { nl: t.argsNl ?? 'Wat er na de opdracht komt, zoals in de hulptekst' },
        required: false,
        max_length: 1000,
      },
    ],
  };
}

/**
 * Commands registered per server (they appear at once, unlike global ones). Every brain
 * command is visible to everyone: the brain checks rights and refuses politely, so a
 * parent asking `/incidents` learns why rather than finding nothing.
 */
export function guildCommands(): CommandJson[] {
  return COMMAND_NAMES.map(definition);
}

/**
 * The same commands for the private chat with the bot (linking a supervisor, handling an
 * alert), registered once globally and limited to that context so servers do not list
 * them twice.
 */
export function directMessageCommands(): CommandJson[] {
  return COMMAND_NAMES.map((name) => ({
    ...definition(name),
    contexts: [InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  }));
}
