import { severityRank } from '../../core/categories.js';
import type { AlertNote } from '../../core/policy/index.js';
import { CATEGORY_RULES } from '../../core/policy/index.js';
import type { IncidentStatus } from '../../store/incident-status.js';
import { renderAlert } from '../dispatch/alert-text.js';
import type { CommandContext, CommandHandler, CommandReply } from './command-context.js';
import { formatTime, privately } from './command-context.js';

const LIMIT = 20;
const STATUS_WORDS: Readonly<Record<string, IncidentStatus | 'forward'>> = {
  seen: 'seen',
  gezien: 'seen',
  resolved: 'resolved',
  opgelost: 'resolved',
  false_alarm: 'false_alarm',
  false: 'false_alarm',
  vals: 'false_alarm',
  'vals-alarm': 'false_alarm',
  open: 'open',
  heropen: 'open',
  forward: 'forward',
  doorsturen: 'forward',
};

/** `incidents`: the group's open alerts, newest first (masked excerpts), privately. */
export const incidentsCommand: CommandHandler = (ctx) => {
  const group = ctx.group;
  if (!group) return [];
  const all = ['alle', 'all'].includes((ctx.inv.args[0] ?? '').toLowerCase());
  const list = ctx.deps.store.incidents.list({
    groupId: group.id,
    ...(all ? {} : { status: ['open', 'seen'] as IncidentStatus[] }),
    limit: LIMIT,
  });
  if (list.length === 0) return [privately(ctx.t('incidents.none', { group: group.className }))];
  const lines = list.map((i) =>
    ctx.t('incidents.line', {
      id: i.id,
      date: formatTime(i.createdAt, group.timeZone),
      category: ctx.t(`category.${i.category}`),
      severity: ctx.t(`severity.${i.severity}`),
      status: ctx.t(`incident_status.${i.status}`),
      author: i.author?.name ?? '',
      excerpt: i.excerpt === '' ? ctx.t('alert.no_excerpt') : `"${i.excerpt}"`,
    }),
  );
  return [
    privately(
      ctx.t('incidents.list', { group: group.className, count: list.length, lines: lines.join('\n') }),
    ),
  ];
};

/**
 * `handle <id> seen|resolved|false_alarm|open|forward`: what the alert buttons send.
 * Works from the group or the private chat; only the incident's group's staff may, and
 * to anyone else an incident simply does not exist. `forward` (B4) sends the alert to
 * the supervisor through the outbox.
 */
export const handleCommand: CommandHandler = async (ctx) => {
  const [idText = '', word = ''] = ctx.inv.args;
  const id = Number(idText.replace(/^#/, ''));
  const action = STATUS_WORDS[word.toLowerCase()];
  if (!Number.isInteger(id) || id <= 0 || !action) {
    return [privately(ctx.t('command.usage', { usage: '/handle 17 gezien|opgelost|vals|doorsturen' }))];
  }
  const { store } = ctx.deps;
  const incident = store.incidents.get(id);
  const group = incident && store.groups.get(incident.groupId);
  const inv = ctx.inv;
  const mayHandle =
    group !== undefined &&
    (group.teacher?.platformId === inv.from.id ||
      group.supervisor?.platformId === inv.from.id ||
      (!inv.isPrivate &&
        inv.fromIsChatAdmin &&
        group.chatId === inv.chatId &&
        group.platform === inv.platform));
  if (!incident || !group || !mayHandle) return [privately(ctx.t('handle.not_found', { id }))];
  const t = (key: string, params?: Record<string, string | number>) =>
    ctx.deps.renderer.t(group.language, key, params);
  if (action !== 'forward') {
    const change = store.incidents.setStatus(id, action, ctx.actor, ctx.now);
    if (!change.ok && change.reason === 'invalid_transition') {
      return [
        privately(
          t('handle.invalid', {
            id,
            from: t(`incident_status.${change.from}`),
            to: t(`incident_status.${action}`),
          }),
        ),
      ];
    }
    return [privately(t('handle.done', { id, status: t(`incident_status.${action}`) }))];
  }
  return forward(ctx, incident.id, group.id);
};

async function forward(ctx: CommandContext, id: number, groupId: number): Promise<CommandReply[]> {
  const { store, renderer, config } = ctx.deps;
  const group = store.groups.get(groupId);
  const incident = store.incidents.get(id);
  if (!group || !incident) return [];
  const t = (key: string, params?: Record<string, string | number>) =>
    renderer.t(group.language, key, params);
  if (!group.supervisor) return [privately(t('handle.no_supervisor'))];
  if (incident.forwardedToSupervisor) return [privately(t('handle.already_forwarded', { id }))];
  const rule = CATEGORY_RULES[incident.category];
  const notes: AlertNote[] = [];
  if (rule.policeFrom !== null && severityRank(incident.severity) >= severityRank(rule.policeFrom))
    notes.push('police_report_possible');
  if (incident.severity === 'critical' && !rule.support) notes.push('report_duty_inspector');
  const { text, buttons } = renderAlert(
    renderer.t,
    group,
    {
      incident,
      fallback: incident,
      recipient: 'supervisor',
      urgent: incident.severity === 'critical',
      notes,
      forwardedBy: ctx.inv.from.name,
    },
    config.policy.strikes.windowDays,
  );
  store.transaction(() => {
    store.incidents.markForwarded(id, ctx.actor, ctx.now);
    store.outbox.enqueue({
      groupId: group.id,
      incidentId: id,
      key: `incident:${id}:forwarded`,
      recipient: 'supervisor',
      urgent: incident.severity === 'critical',
      text,
      buttons: [...buttons],
      createdAt: ctx.now,
    });
  });
  await ctx.services.delivery.flushGroup(group.id, { recipient: 'supervisor' });
  return [privately(t('handle.forwarded', { id }))];
}
