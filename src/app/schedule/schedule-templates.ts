import type { TemplateSpec } from '../templates/template-spec.js';
import { TIP_TOPICS } from './etiquette-tip-job.js';

const spec = (required: readonly string[] = [], optional: readonly string[] = []): TemplateSpec => ({
  required,
  optional,
});

/** The texts of scheduled jobs (`schedule.*` in config/templates), checked at start-up like every template. */
export const SCHEDULE_TEMPLATE_SPECS: Readonly<Record<string, TemplateSpec>> = {
  ...Object.fromEntries(TIP_TOPICS.map((t) => [`schedule.tip.${t}`, spec()])),
  'schedule.digest.teacher_title': spec(['group', 'from', 'to']),
  'schedule.digest.supervisor_title': spec(['group', 'from', 'to']),
  'schedule.digest.nothing': spec(),
  'schedule.digest.flagged': spec(['count', 'trend']),
  'schedule.digest.category': spec(['category', 'count']),
  'schedule.digest.open': spec(['count']),
  'schedule.digest.reminders': spec(['group', 'members']),
  'schedule.digest.mail': spec(['sent', 'failed']),
  'schedule.digest.footer': spec(),
  'schedule.digest.trend.up': spec(['average']),
  'schedule.digest.trend.down': spec(['average']),
  'schedule.digest.trend.same': spec(['average']),
  'schedule.digest.trend.first': spec(),
  'schedule.consent_reminder': spec(['group', 'members']),
};
