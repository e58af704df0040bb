import { groupScopes } from './group-scopes.js';
import type { ScheduledJob } from './scheduled-job.js';

/**
 * The norms the weekly tip rotates through, each a template `tip.<topic>` in nl and en:
 * A2 personal data, A4 what you post stays public, A5 consent for photos, decency
 * (Uitgangspunten 3), and complaints go to the teacher privately.
 */
export const TIP_TOPICS = [
  'personal_data',
  'stays_public',
  'photo_consent',
  'decency',
  'complaints',
] as const;
export type TipTopic = (typeof TIP_TOPICS)[number];

export const ETIQUETTE_TIP_JOB = 'etiquette-tip';

/**
 * A friendly weekly tip in the group itself, in the group's language. Each group walks
 * through the topics in order, one per tip it actually received, so a holiday or a
 * group that joined late never skips a topic.
 */
export const etiquetteTipJob: ScheduledJob = {
  key: 'etiquetteTip',
  name: ETIQUETTE_TIP_JOB,
  pausesInHolidays: true,
  scopes: (ctx) => groupScopes(ctx, 'etiquetteTip', () => true),
  async run(ctx, scope, slot, now) {
    const group = scope.group;
    if (!group) return { status: 'skipped', detail: 'no_group' };
    const sent = ctx.store.jobRuns
      .between(ETIQUETTE_TIP_JOB, new Date(0), slot)
      .filter((r) => r.scope === scope.id && r.status === 'done').length;
    const topic = TIP_TOPICS[sent % TIP_TOPICS.length] as TipTopic;
    const text = ctx.renderer.t(group.language, `schedule.tip.${topic}`);
    const result = await ctx.delivery.toGroup(group, text);
    if (!result.ok) return { status: 'failed', detail: result.reason };
    ctx.store.reminders.record({ groupId: group.id, key: 'weekly-tip', sentAt: now });
    return { status: 'done', detail: topic };
  },
};
