import type { Category, Language, Severity } from '../../core/categories.js';

/** Every word of the scan report, in the teacher's language. */
export interface ReportText {
  readonly title: string;
  readonly intro: (file: string) => string;
  readonly privacy: string;
  readonly dryRun: (policy: boolean) => string;
  readonly period: string;
  readonly messages: string;
  readonly participants: string;
  readonly flagged: string;
  readonly media: string;
  readonly worst: string;
  readonly none: string;
  readonly chartTitle: string;
  readonly chartLabel: (day: string, flagged: number, messages: number) => string;
  readonly byCategory: string;
  readonly byPerson: string;
  readonly person: string;
  readonly categories: string;
  readonly lines: string;
  readonly when: string;
  readonly excerpt: string;
  readonly why: string;
  readonly wouldDo: string;
  readonly advice: string;
  readonly nothingFlagged: string;
  readonly notices: (n: number) => string;
  readonly generated: (at: string) => string;
  readonly category: Readonly<Record<Category, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly locale: string;
}

const NL: ReportText = {
  title: 'klaswacht: scan van een WhatsApp-chat',
  intro: (file) =>
    `Wat klaswacht vond in de export ${file}, bericht voor bericht beoordeeld zoals de bot dat in een klassengroep doet.`,
  privacy:
    'Dit rapport bevat alleen ingekorte fragmenten van gemarkeerde berichten, met persoonsgegevens gemaskeerd. Andere berichten tellen alleen mee in de aantallen. Er is niets opgeslagen en niets verstuurd.',
  dryRun: (policy) =>
    policy
      ? 'Proefdraai: bij elk bericht staat wat de bot zou hebben gedaan; er is niets uitgevoerd.'
      : 'Alleen de beoordeling van berichten; wat de bot zou doen staat er niet bij.',
  period: 'Periode',
  messages: 'Berichten',
  participants: 'Deelnemers',
  flagged: 'Gemarkeerd',
  media: "Foto's, video's en andere media",
  worst: 'Ernstigste',
  none: 'geen',
  chartTitle: 'Gemarkeerde berichten per dag',
  chartLabel: (day, f, m) => `${day}: ${f} gemarkeerd van ${m} berichten`,
  byCategory: 'Per categorie',
  byPerson: 'Per persoon',
  person: 'Persoon',
  categories: 'Categorieën',
  lines: 'Regels in de export',
  when: 'Wanneer',
  excerpt: 'Fragment (gemaskeerd)',
  why: 'Waarom',
  wouldDo: 'De bot zou',
  advice: 'Wat het protocol aanraadt',
  nothingFlagged: 'Niets gevonden dat het protocol raakt. Fijn!',
  notices: (n) =>
    `${n} meldingen van WhatsApp zelf (toegevoegd, verlaten, versleuteling) zijn niet beoordeeld.`,
  generated: (at) => `Gemaakt door klaswacht op ${at}.`,
  category: {
    bullying: 'Pesten',
    threat: 'Bedreiging',
    hate: 'Haat en discriminatie',
    extremism: 'Extremisme',
    self_harm: 'Zorgen over veiligheid (zelfbeschadiging)',
    sexual: 'Seksuele inhoud',
    personal_data: 'Persoonsgegevens',
    account_abuse: 'Misbruik van accounts',
    discrediting: 'In diskrediet brengen',
    profanity: 'Grof taalgebruik',
    media_without_consent: 'Beeld zonder toestemming',
    lesson_time: 'Tijdens lestijd',
    derailing: 'Gesprek ontspoort',
  },
  severity: { low: 'laag', medium: 'middel', high: 'hoog', critical: 'kritiek' },
  locale: 'nl-NL',
};

const EN: ReportText = {
  title: 'klaswacht: scan of a WhatsApp chat',
  intro: (file) =>
    `What klaswacht found in the export ${file}, judging every message as the bot does in a class group.`,
  privacy:
    'This report holds only shortened excerpts of flagged messages, with personal data masked. Other messages appear only in the counts. Nothing was stored and nothing was sent.',
  dryRun: (policy) =>
    policy
      ? 'Dry run: each message shows what the bot would have done; nothing was done.'
      : 'Judgement of messages only; what the bot would do is not included.',
  period: 'Period',
  messages: 'Messages',
  participants: 'Participants',
  flagged: 'Flagged',
  media: 'Photos, videos and other media',
  worst: 'Most severe',
  none: 'none',
  chartTitle: 'Flagged messages per day',
  chartLabel: (day, f, m) => `${day}: ${f} flagged of ${m} messages`,
  byCategory: 'By category',
  byPerson: 'By person',
  person: 'Person',
  categories: 'Categories',
  lines: 'Lines in the export',
  when: 'When',
  excerpt: 'Excerpt (masked)',
  why: 'Why',
  wouldDo: 'The bot would',
  advice: 'What the protocol suggests',
  nothingFlagged: 'Nothing found that touches the protocol. Good!',
  notices: (n) => `${n} notices by WhatsApp itself (added, left, encryption) were not judged.`,
  generated: (at) => `Made by klaswacht on ${at}.`,
  category: {
    bullying: 'Bullying',
    threat: 'Threat',
    hate: 'Hate and discrimination',
    extremism: 'Extremism',
    self_harm: 'Safety concern (self-harm)',
    sexual: 'Sexual content',
    personal_data: 'Personal data',
    account_abuse: 'Account abuse',
    discrediting: 'Discrediting',
    profanity: 'Coarse language',
    media_without_consent: 'Media without consent',
    lesson_time: 'During lesson time',
    derailing: 'Conversation derailing',
  },
  severity: { low: 'low', medium: 'medium', high: 'high', critical: 'critical' },
  locale: 'en-GB',
};

export function reportText(lang: Language): ReportText {
  return lang === 'en' ? EN : NL;
}
