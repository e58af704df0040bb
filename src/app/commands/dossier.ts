import type { Group } from '../../store/groups.js';
import type { Incident } from '../../store/incidents.js';
import type { MemberExport } from '../../store/store.js';
import { DOSSIER_COLUMN_KEYS } from '../templates/template-spec.js';
import { formatDay, formatTime } from './command-context.js';

type T = (key: string, params?: Record<string, string | number>) => string;

/** A dossier as the school files it: Markdown to read, CSV for a spreadsheet. */
export interface Dossier {
  readonly markdown: string;
  readonly csv: string;
}

/**
 * One member's dossier (AVG art. 15; Sancties 2 and 4: the pupil or personnel file):
 * profile, incidents with masked excerpts, consent, e-mail contacts, reminders.
 */
export function memberDossier(t: T, group: Group, data: MemberExport, by: string): Dossier {
  const tz = group.timeZone;
  const name = data.profile?.displayName ?? data.incidents[0]?.author?.name ?? '?';
  const md: string[] = [
    `# ${t('dossier.member_title', { name, group: group.className, school: group.school })}`,
    '',
    t('dossier.meta', { date: formatTime(data.exportedAt, tz), by, days: group.retentionDays }),
    '',
  ];
  if (data.profile) {
    md.push(
      t('dossier.profile', {
        name: data.profile.displayName,
        role: t(`role.${data.profile.role}`),
        first_seen: formatDay(data.profile.firstSeen, tz),
        last_seen: formatDay(data.profile.lastSeen, tz),
      }),
      '',
    );
  }
  md.push(
    `## ${t('dossier.incidents', { count: data.incidents.length })}`,
    '',
    ...incidentTable(t, data.incidents, tz),
    '',
  );
  md.push(`## ${t('dossier.consent', { count: data.consent.length })}`, '');
  md.push(
    ...(data.consent.length === 0
      ? [t('dossier.none')]
      : data.consent.map(
          (c) =>
            `- ${t(`media.${c.kind}`)}: ${c.givenBy}, ${formatDay(c.givenAt, tz)}${c.until ? ` - ${formatDay(c.until, tz)}` : ''}`,
        )),
    '',
  );
  md.push(`## ${t('dossier.contacts', { count: data.contacts.length })}`, '');
  md.push(
    ...(data.contacts.length === 0
      ? [t('dossier.none')]
      : data.contacts.map((c) => `- ${c.name} <${c.email}>`)),
    '',
  );
  md.push(t('dossier.reminders', { count: data.reminders.length }), '');
  return { markdown: md.join('\n'), csv: incidentCsv(t, data.incidents, tz) };
}

/** Every incident of a group (for the school's own records). */
export function groupDossier(
  t: T,
  group: Group,
  incidents: readonly Incident[],
  by: string,
  now: Date,
): Dossier {
  const tz = group.timeZone;
  const md = [
    `# ${t('dossier.group_title', { group: group.className, school: group.school })}`,
    '',
    t('dossier.meta', { date: formatTime(now, tz), by, days: group.retentionDays }),
    '',
    `## ${t('dossier.incidents', { count: incidents.length })}`,
    '',
    ...incidentTable(t, incidents, tz),
    '',
  ];
  return { markdown: md.join('\n'), csv: incidentCsv(t, incidents, tz) };
}

function row(t: T, i: Incident, tz: string): string[] {
  return [
    String(i.id),
    formatTime(i.createdAt, tz),
    i.author?.name ?? '-',
    t(`category.${i.category}`),
    t(`severity.${i.severity}`),
    t(`incident_status.${i.status}`),
    i.excerpt,
    i.why,
    i.handledBy ?? '',
  ];
}

function incidentTable(t: T, incidents: readonly Incident[], tz: string): string[] {
  if (incidents.length === 0) return [t('dossier.none')];
  const head = DOSSIER_COLUMN_KEYS.map((k) => t(`dossier.column.${k}`));
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...incidents.map((i) => `| ${row(t, i, tz).map(cell).join(' | ')} |`),
  ];
}

/**
 * RFC 4180 CSV. A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`)
 * gets a leading apostrophe: excerpts are written by chat members.
 */
export function incidentCsv(t: T, incidents: readonly Incident[], tz: string): string {
  const head = DOSSIER_COLUMN_KEYS.map((k) => t(`dossier.column.${k}`));
  const lines = [head, ...incidents.map((i) => row(t, i, tz))].map((cells) => cells.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
