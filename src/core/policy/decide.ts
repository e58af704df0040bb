import { severityRank } from '../categories.js';
import { CATEGORY_RULES } from './category-rules.js';
import { lessonTimeApplies } from './lesson-time.js';
import { planIncidents } from './plan-incidents.js';
import type { AlertNote, Decision, PlannedIncident, PolicyAction } from './policy-action.js';
import type { PolicyInput } from './policy-input.js';
import { routeAlert } from './routing.js';
import { strikeWeight } from './strikes.js';
import { cooldownPassed, HOUR_MS, MINUTE_MS } from './timing.js';

/**
 * The policy: from one message's findings, the member's recent history and the group's
 * settings to abstract actions, each with the reason it was taken. Pure: the same input
 * gives the same decision, so every protocol behaviour is a row in a table test.
 */
export function decide(input: PolicyInput): Decision {
  const why: string[] = [];
  const strikes = strikeWeight(input.history.member, input.now, input.settings.strikes);
  const incidents = planIncidents(input, strikes, why);
  const selfHarm = incidents.some((i) => i.category === 'self_harm');
  if (selfHarm) why.push('self_harm: handled privately only: no reminder in the group, no strike');

  const deletes: PolicyAction[] = [];
  const notes: PolicyAction[] = [];
  const reminders: PolicyAction[] = [];
  const alerts: PolicyAction[] = [];
  const care: PolicyAction[] = [];
  for (const incident of incidents) {
    const rule = CATEGORY_RULES[incident.category];
    const deletion = planDeletion(input, incident, deletes);
    if (deletion === 'ask_teacher')
      why.push(`${incident.category}: the bot cannot delete it here: ask the teacher`);
    if (rule.noteToPoster && !selfHarm) planNote(input, incident, deletion === 'deleted', notes);
    if (rule.remindGroup && !selfHarm) planGroupReminder(input, incident.category, reminders);
    if (rule.support) planSupport(input, incident, care);
    planAlerts(input, incident, deletion === 'ask_teacher', alerts);
  }
  planMute(input, incidents, strikes.weight, care);
  planLessonTime(input, selfHarm, reminders, why);

  const actions = [...deletes, ...notes, ...reminders, ...alerts, ...care];
  for (const a of actions) why.push(`${a.kind}: ${a.why}`);
  if (incidents.length === 0 && actions.length === 0) why.push('nothing to do');
  return { incidents, actions, why };
}

function planDeletion(
  input: PolicyInput,
  incident: PlannedIncident,
  out: PolicyAction[],
): 'deleted' | 'ask_teacher' | 'none' {
  if (!CATEGORY_RULES[incident.category].delete) return 'none';
  const caps = input.capabilities;
  const windowMs =
    caps.deleteWindowMs ??
    (input.settings.delete.windowHours === null ? undefined : input.settings.delete.windowHours * HOUR_MS);
  const age = input.now.getTime() - input.message.sentAt.getTime();
  if (!caps.canDelete || (windowMs !== undefined && age >= windowMs)) return 'ask_teacher';
  out.push({
    kind: 'delete',
    incident: incident.category,
    why: `${incident.clause}: ${incident.category} is removed where the platform allows`,
  });
  return 'deleted';
}

function planNote(
  input: PolicyInput,
  incident: PlannedIncident,
  deleted: boolean,
  out: PolicyAction[],
): void {
  if (!input.capabilities.canSendPrivate) return;
  const last = input.history.lastMemberReminder[incident.category];
  if (!deleted && !cooldownPassed(last, input.now, input.settings.reminders.memberCooldownMinutes)) return;
  out.push({
    kind: 'remind_member',
    topic: incident.category,
    incident: incident.category,
    deleted,
    why: deleted
      ? 'A3: the poster hears privately why their message was removed'
      : 'A3: the poster is reminded privately of their own responsibility',
  });
}

function planGroupReminder(
  input: PolicyInput,
  topic: PlannedIncident['category'],
  out: PolicyAction[],
): void {
  if (out.some((a) => a.kind === 'remind_group' && a.topic === topic)) return;
  const last = input.history.lastGroupReminder[topic];
  if (!cooldownPassed(last, input.now, input.settings.reminders.groupCooldownMinutes)) return;
  out.push({
    kind: 'remind_group',
    topic,
    why: `${CATEGORY_RULES[topic].clause}: a kind reminder of the norm in the group, naming no one (at most once per ${input.settings.reminders.groupCooldownMinutes} min)`,
  });
}

function planSupport(input: PolicyInput, incident: PlannedIncident, out: PolicyAction[]): void {
  const last = input.history.lastMemberReminder[incident.category];
  if (!cooldownPassed(last, input.now, input.settings.reminders.memberCooldownMinutes)) return;
  out.push({
    kind: 'offer_support',
    incident: incident.category,
    why: 'self-harm: the writer gets the helplines privately (113, Kindertelefoon)',
  });
}

function planAlerts(
  input: PolicyInput,
  incident: PlannedIncident,
  askDelete: boolean,
  out: PolicyAction[],
): void {
  const rule = CATEGORY_RULES[incident.category];
  const reaches = severityRank(incident.severity) >= severityRank(input.settings.alerts.teacherFrom);
  if (!reaches && !rule.alwaysAlert && !askDelete) return;
  const route = routeAlert(incident, input.message.authorRole, input.group);
  const notes: AlertNote[] = [...route.notes];
  if (askDelete) notes.push('ask_delete');
  if (incident.raised) notes.push('raised_by_strikes');
  if (rule.policeFrom !== null && severityRank(incident.severity) >= severityRank(rule.policeFrom))
    notes.push('police_report_possible');
  if (incident.severity === 'critical' && !rule.support) notes.push('report_duty_inspector');
  const urgent = incident.severity === 'critical' || rule.support || incident.category === 'derailing';
  const reason = reaches ? `${incident.severity} >= ${input.settings.alerts.teacherFrom}` : 'always alerted';
  if (route.teacher) {
    out.push({
      kind: 'alert_teacher',
      incident: incident.category,
      urgent,
      notes,
      why: `${incident.clause}: ${reason}; ${route.why}`,
    });
  }
  if (route.supervisor) {
    const supervisorNotes = notes.filter((n) => n !== 'supervisor_informed' && n !== 'ask_delete');
    out.push({
      kind: 'alert_supervisor',
      incident: incident.category,
      urgent,
      notes: supervisorNotes,
      why: `${incident.clause}: ${reason}; ${route.why}`,
    });
  }
}

function planMute(
  input: PolicyInput,
  incidents: readonly PlannedIncident[],
  weight: number,
  out: PolicyAction[],
): void {
  const { muteAt, muteMinutes } = input.settings.strikes;
  if (muteAt === null || weight < muteAt || !input.capabilities.canMute) return;
  const breach = incidents.find((i) => i.withAuthor && CATEGORY_RULES[i.category].strike);
  if (!breach || incidents.some((i) => i.category === 'self_harm')) return;
  out.push({
    kind: 'mute',
    incident: breach.category,
    until: new Date(input.now.getTime() + muteMinutes * MINUTE_MS),
    why: `A7: earlier breaches weigh ${Math.round(weight * 100) / 100} >= ${muteAt}: muted for ${muteMinutes} min`,
  });
}

function planLessonTime(input: PolicyInput, selfHarm: boolean, out: PolicyAction[], why: string[]): void {
  const check = lessonTimeApplies(input.group, input.message.authorRole, input.message.sentAt);
  if (!check.applies) return;
  const last = input.history.lastGroupReminder.lesson_time;
  if (selfHarm || !cooldownPassed(last, input.now, input.settings.lessonTime.reminderCooldownMinutes)) {
    why.push(`lesson_time: ${check.why}, reminded recently`);
    return;
  }
  out.push({ kind: 'remind_group', topic: 'lesson_time', why: `${check.why}: a gentle reminder` });
}
