import type { CommandName } from '../../src/core/chat/chat-event.js';

/** An option's English (base) and Dutch name, and both descriptions. */
export interface OptionText {
  readonly en: string;
  readonly nl: string;
  readonly descriptionEn: string;
  readonly descriptionNl: string;
}

/** Dutch name and both descriptions of one command; the English name is the brain's own. */
export interface CommandText extends OptionText {
  /** What to type after the command, when it takes something. */
  readonly argsEn?: string;
  readonly argsNl?: string;
  /**
   * The command is about one member. In a server Discord's member picker (exact, even
   * when two members share a name); in the private chat a name to type, because the
   * picker there knows only the invoker and the bot. With `choice`, it replaces the
   * free-text option.
   */
  readonly member?: Omit<OptionText, 'en'>;
  /** A fixed choice after the member; each value is the brain's own (English) word. */
  readonly choice?: OptionText & {
    readonly values: readonly { readonly value: string; readonly en: string; readonly nl: string }[];
  };
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
  role: {
    en: 'role',
    nl: 'rol',
    descriptionEn: 'Mark a member as staff, parent or pupil (staff: B2)',
    descriptionNl: 'Zet een lid als medewerker, ouder of leerling (medewerkers: B2)',
    member: {
      nl: 'lid',
      descriptionEn: 'The member, as the group knows them',
      descriptionNl: 'Het lid, zoals de groep die kent',
    },
    choice: {
      en: 'role',
      nl: 'rol',
      descriptionEn: 'Who they are in this class group',
      descriptionNl: 'Wie die persoon is in deze klassengroep',
      values: [
        { value: 'staff', en: 'staff member', nl: 'medewerker' },
        { value: 'parent', en: 'parent', nl: 'ouder' },
        { value: 'pupil', en: 'pupil', nl: 'leerling' },
      ],
    },
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
