import type { Group } from '../../store/groups.js';
import type { JobKey } from './schedule-config.js';
import { jobSettingsFor } from './schedule-config.js';
import type { JobContext, JobScope } from './scheduled-job.js';

/**
 * The active groups a job is switched on for (default or per-group setting), each with
 * its own cron expression; `wants` narrows further (a teacher to write to, a type).
 */
export function groupScopes(ctx: JobContext, job: JobKey, wants: (g: Group) => boolean): JobScope[] {
  const out: JobScope[] = [];
  for (const group of ctx.store.groups.list({ active: true })) {
    const settings = jobSettingsFor(ctx.config, job, group);
    if (!settings.enabled || !wants(group)) continue;
    if (settings.groupTypes && !settings.groupTypes.includes(group.type)) continue;
    out.push({ id: `group:${group.id}`, group, cron: settings.cron });
  }
  return out;
}
