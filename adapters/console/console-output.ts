import type { Language } from '../../src/core/categories.js';
import type { ActionButton, OutgoingFile } from '../../src/core/chat/outbound-action.js';
import type { MediaKind, Role } from '../../src/core/message.js';

/**
 * How the console shows the class group: every line starts with a label in brackets
 * saying who sees it, so a reader of a piped session sees at a glance what the group
 * sees, what one member gets privately, and what the teacher and the supervisor get.
 *
 *     [groep] #3 Bram: mijn nummer is 06-12345678
 *     [groep] ✂ klaswacht verwijderde bericht #3
 *     [groep] klaswacht: Een bericht is verwijderd omdat ...
 *     [privé → Bram] klaswacht: Hallo Bram, ik heb je bericht ...
 *     [leerkracht → Juf Marieke] klaswacht: Melding voor de leerkracht ...
 *     [leidinggevende → Meester Henk] klaswacht: ...
 *
 * Continuation lines of a longer text are indented by four spaces.
 */
export interface ConsoleLabels {
  readonly group: string;
  readonly private: string;
  readonly teacher: string;
  readonly supervisor: string;
  readonly deleted: (id: string) => string;
  readonly muted: (name: string, until: string) => string;
  readonly edited: string;
  readonly replyTo: (id: string) => string;
  readonly joined: (name: string) => string;
  readonly buttons: string;
  readonly file: string;
  readonly media: Readonly<Record<MediaKind, string>>;
}

export const CONSOLE_LABELS: Readonly<Record<Language, ConsoleLabels>> = {
  nl: {
    group: 'groep',
    private: 'privé',
    teacher: 'leerkracht',
    supervisor: 'leidinggevende',
    deleted: (id) => `✂ klaswacht verwijderde bericht #${id}`,
    muted: (name, until) => `🔇 klaswacht dempte ${name} tot ${until}`,
    edited: 'bewerkt',
    replyTo: (id) => `antwoord op #${id}`,
    joined: (name) => `${name} is lid geworden van de groep`,
    buttons: 'knoppen',
    file: 'bijlage',
    media: { photo: 'foto', video: 'video', audio: 'audio', document: 'document' },
  },
  en: {
    group: 'group',
    private: 'private',
    teacher: 'teacher',
    supervisor: 'supervisor',
    deleted: (id) => `✂ klaswacht deleted message #${id}`,
    muted: (name, until) => `🔇 klaswacht muted ${name} until ${until}`,
    edited: 'edited',
    replyTo: (id) => `reply to #${id}`,
    joined: (name) => `${name} joined the group`,
    buttons: 'buttons',
    file: 'attachment',
    media: { photo: 'photo', video: 'video', audio: 'audio', document: 'document' },
  },
};

/** The label of a private line: the recipient's role for teacher and supervisor. */
export function privateLabel(labels: ConsoleLabels, role: Role, name: string): string {
  const who =
    role === 'teacher' ? labels.teacher : role === 'supervisor' ? labels.supervisor : labels.private;
  return `[${who} → ${name}]`;
}

export function groupLabel(labels: ConsoleLabels): string {
  return `[${labels.group}]`;
}

/** One labelled block: the first line after the label, the rest indented. */
export function block(label: string, speaker: string, text: string): string {
  const [first = '', ...rest] = text.split('\n');
  return [`${label} ${speaker}: ${first}`, ...rest.map((l) => `    ${l}`)].join('\n');
}

export function buttonsLine(labels: ConsoleLabels, buttons: readonly ActionButton[] | undefined): string[] {
  if (!buttons || buttons.length === 0) return [];
  return [`    ${labels.buttons}: ${buttons.map((b) => `[${b.label}: /${b.command}]`).join(' ')}`];
}

export function fileLines(labels: ConsoleLabels, files: readonly OutgoingFile[] | undefined): string[] {
  const out: string[] = [];
  for (const f of files ?? []) {
    out.push(`    ${labels.file}: ${f.name} (${f.mimeType})`);
    for (const line of f.content.replace(/\n$/, '').split('\n')) out.push(`    | ${line}`);
  }
  return out;
}
