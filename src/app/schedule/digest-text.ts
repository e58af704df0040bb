import type { Language } from '../../core/categories.js';
import type { Group } from '../../store/groups.js';
import type { Renderer } from '../templates/renderer.js';
import type { DigestData } from './digest-data.js';

export type DigestKind = 'teacher' | 'supervisor';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
const DAY_MS = 86_400_000;

/**
 * The digest as the teacher (weekly) or supervisor (monthly) reads it, in the group's
 * language, from the templates `schedule.digest.*`. Only counts: the alerts themselves
 * went out when they happened, with their excerpts.
 */
export function renderDigest(renderer: Renderer, group: Group, kind: DigestKind, d: DigestData): string {
  const lang = group.language;
  const day = new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: group.timeZone,
    day: 'numeric',
    month: 'short',
  });
  // `until` is exclusive: the period ends the day before.
  const last = new Date(Math.max(d.since.getTime(), d.until.getTime() - DAY_MS / 2));
  const t = (key: string, params?: Record<string, string | number>) =>
    renderer.t(lang, `schedule.digest.${key}`, params);
  const lines = [
    t(`${kind}_title`, { group: group.className, from: day.format(d.since), to: day.format(last) }),
    '',
  ];
  if (d.flagged === 0) lines.push(t('nothing'));
  else {
    const trend = t(`trend.${d.trend}`, {
      average: String(d.average).replace('.', lang === 'nl' ? ',' : '.'),
      periods: d.previous.length,
    });
    lines.push(t('flagged', { count: d.flagged, trend }));
    for (const [category, count] of d.byCategory) {
      lines.push(t('category', { category: renderer.t(lang, `category.${category}`), count }));
    }
  }
  lines.push(t('open', { count: d.open }));
  lines.push(t('reminders', { group: d.reminders.group, members: d.reminders.members }));
  if (d.mail.sent + d.mail.failed > 0) lines.push(t('mail', { sent: d.mail.sent, failed: d.mail.failed }));
  lines.push('', t('footer'));
  return lines.join('\n');
}
