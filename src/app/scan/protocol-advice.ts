import type { Category, Language } from '../../core/categories.js';

/** What the school's protocol suggests for a category, with the clause it comes from. */
export interface Advice {
  /** Clause ids of ../shared/protocol/README.md. */
  readonly clauses: string;
  readonly text: string;
}

type AdviceTable = Readonly<Record<Category, Advice>>;

const NL: AdviceTable = {
  bullying: {
    clauses: 'A7, Sancties 4-5',
    text: 'Pesten en kwetsen schenden de omgangsnormen. Spreek de betrokkenen persoonlijk aan, niet in de groep, en leg het vast in het leerlingdossier. Bij herhaling volgen maatregelen van de school.',
  },
  threat: {
    clauses: 'A7, B3, Sancties 6',
    text: 'Neem een bedreiging vandaag op met de betrokkenen en overleg met uw leidinggevende. Een bedreiging kan strafbaar zijn: aangifte bij de politie is mogelijk.',
  },
  hate: {
    clauses: 'A7, Uitgangspunten 3',
    text: 'Haat en discriminatie passen niet bij respect en verdraagzaamheid. Ga persoonlijk in gesprek en overleg met uw leidinggevende over maatregelen.',
  },
  extremism: {
    clauses: 'A7, B4',
    text: 'Verheerlijking van geweld of werving valt onder radicalisering. Overleg direct met uw leidinggevende over de volgende stap.',
  },
  self_harm: {
    clauses: 'zorgplicht',
    text: 'Bespreek dit nooit in de groep. Neem vandaag persoonlijk contact op met het kind of de ouders en wijs op 113 Zelfmoordpreventie (0800-0113) en de Kindertelefoon (0800-0432).',
  },
  sexual: {
    clauses: 'A7, Sancties 3 en 6',
    text: 'Laat het bericht verwijderen en overleg direct met uw leidinggevende. Bij seksuele inhoud over of met kinderen is aangifte mogelijk; grensoverschrijdend gedrag meldt de school bij de Landelijke Vertrouwensinspecteur (0900-1113111).',
  },
  personal_data: {
    clauses: 'A2, A4',
    text: 'Persoonsgegevens horen niet in de groep (AVG). Vraag de plaatser het bericht te verwijderen; wat online staat blijft openbaar, ook na verwijderen.',
  },
  account_abuse: {
    clauses: 'A7',
    text: 'Hacken en wachtwoorden delen schenden de omgangsnormen. Laat de betrokkene het wachtwoord direct wijzigen en bespreek maatregelen met uw leidinggevende.',
  },
  discrediting: {
    clauses: 'A7, Uitgangspunten 3',
    text: 'Geruchten en beschuldigingen horen niet in de groep. Ga persoonlijk in gesprek: klachten bespreekt men met de leerkracht, niet in de groep.',
  },
  profanity: {
    clauses: 'Uitgangspunten 3',
    text: 'Grof taalgebruik: een vriendelijke herinnering aan de omgangsnormen is meestal genoeg.',
  },
  media_without_consent: {
    clauses: 'A5',
    text: "Foto's, film en geluid van schoolsituaties met mensen erop vragen schriftelijke toestemming. Controleer het toestemmingsregister en laat het beeld zo nodig verwijderen.",
  },
  lesson_time: {
    clauses: 'A1',
    text: 'Tijdens de les zijn leerlingen niet actief op sociale media, tenzij vooraf toegestaan. Een vriendelijke herinnering is genoeg.',
  },
  derailing: {
    clauses: 'B3',
    text: 'Als een gesprek dreigt te ontsporen, neemt u direct contact op met uw leidinggevende om een aanpak af te spreken.',
  },
};

const EN: AdviceTable = {
  bullying: {
    clauses: 'A7, Sancties 4-5',
    text: 'Bullying and hurting break the norms of decency. Talk to those involved in person, not in the group, and record it in the pupil file. Repeated breaches lead to measures by the school.',
  },
  threat: {
    clauses: 'A7, B3, Sancties 6',
    text: 'Take up a threat today with those involved and agree the next step with your supervisor. A threat may be a crime: a police report is possible.',
  },
  hate: {
    clauses: 'A7, Uitgangspunten 3',
    text: 'Hate and discrimination go against respect and tolerance. Talk to those involved in person and agree measures with your supervisor.',
  },
  extremism: {
    clauses: 'A7, B4',
    text: 'Glorifying violence or recruiting falls under radicalisation. Agree the next step with your supervisor at once.',
  },
  self_harm: {
    clauses: 'duty of care',
    text: 'Never discuss this in the group. Contact the child or the parents in person today and point to 113 Zelfmoordpreventie (0800-0113) and the Kindertelefoon (0800-0432).',
  },
  sexual: {
    clauses: 'A7, Sancties 3 and 6',
    text: 'Have the message deleted and talk to your supervisor at once. Sexual content about or with children can be reported to the police; the school reports abusive conduct to the national confidential inspector (0900-1113111).',
  },
  personal_data: {
    clauses: 'A2, A4',
    text: 'Personal data does not belong in the group (GDPR). Ask the poster to delete the message; what is online stays public, even after deletion.',
  },
  account_abuse: {
    clauses: 'A7',
    text: 'Hacking and sharing passwords break the norms of decency. Have the person concerned change the password at once and agree measures with your supervisor.',
  },
  discrediting: {
    clauses: 'A7, Uitgangspunten 3',
    text: 'Rumours and accusations do not belong in the group. Talk in person: complaints go to the teacher, not to the group.',
  },
  profanity: {
    clauses: 'Uitgangspunten 3',
    text: 'Coarse language: a kind reminder of the norms is usually enough.',
  },
  media_without_consent: {
    clauses: 'A5',
    text: 'Photos, film and sound of school situations with people in them need written consent. Check the consent register and have the media removed where needed.',
  },
  lesson_time: {
    clauses: 'A1',
    text: 'Pupils are not active on social media during lessons unless allowed in advance. A kind reminder is enough.',
  },
  derailing: {
    clauses: 'B3',
    text: 'When a conversation threatens to derail, contact your supervisor at once to agree a strategy.',
  },
};

/**
 * The protocol's advice for what the scan found. Report text, not policy: the policy
 * decides what the bot does; this tells a teacher reading a scan what the school's
 * protocol asks of them.
 */
export function adviceFor(category: Category, lang: Language): Advice {
  return (lang === 'en' ? EN : NL)[category];
}
