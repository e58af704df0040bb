import type { Category } from '../../core/categories.js';
import type { PlannedIncident, PolicyAction } from '../../core/policy/index.js';
import type { Incident, NewIncident } from '../../store/incidents.js';
import type { Store } from '../../store/store.js';
import { renderAlert } from '../dispatch/alert-text.js';
import type { Renderer } from '../templates/renderer.js';
import { DERAILING_RAISED } from './history.js';
import type { Judgement } from './judgement.js';
import { MemberSightings } from './member-sightings.js';

/** What recording a judgement gave: the stored incidents, and what is left to do. */
export interface RecordOutcome {
  readonly incidents: ReadonlyMap<
    Category,
    { readonly incident: Incident; readonly created: boolean; readonly raised: boolean }
  >;
  /**
   * The actions to perform now. Actions about an incident that already existed (a
   * redelivered or edited message) are dropped, unless an edit raised its severity;
   * a delete is always kept: harmless to repeat, and it must not be lost to a crash
   * between recording and deleting.
   */
  readonly actions: readonly PolicyAction[];
  readonly alertsQueued: number;
}

/**
 * Records one judgement in ONE transaction, before anything is performed: the member's
 * sighting, an incident per category (idempotent per message and category), the
 * reminders about to go out (rate limits), and the alerts in the outbox. A crash after
 * this loses nothing: the alerts wait in the outbox, the incidents are there once.
 * `alertsDelivered`: the alerts already went out directly (the store was failing when
 * the message came in); recording them again would send them twice.
 */
export function recordJudgement(
  store: Store,
  renderer: Renderer,
  j: Judgement,
  options: { readonly alertsDelivered: boolean; readonly strikeWindowDays: number },
): RecordOutcome {
  return store.transaction(() => {
    if (j.writeMember) {
      MemberSightings.write(store, j.group.id, j.author.pseudonym, j.author.name, j.author.role, j.sentAt);
    }
    const incidents = new Map<Category, { incident: Incident; created: boolean; raised: boolean }>();
    for (const planned of j.decision.incidents) {
      const recorded = store.incidents.record(toNewIncident(renderer, j, planned));
      incidents.set(planned.category, recorded);
      if (planned.category === 'derailing' && recorded.created) {
        store.reminders.record({ groupId: j.group.id, key: DERAILING_RAISED, sentAt: j.now });
      }
    }
    const keep = (a: PolicyAction) => {
      if (a.kind === 'delete') return true;
      const category = a.kind === 'remind_group' ? a.topic : a.incident;
      const recorded = incidents.get(category);
      return recorded === undefined ? a.kind === 'remind_group' : recorded.created || recorded.raised;
    };
    const actions = j.decision.actions.filter(keep);
    let alertsQueued = 0;
    for (const a of actions) {
      if (a.kind === 'remind_group')
        store.reminders.record({ groupId: j.group.id, key: a.topic, sentAt: j.now });
      if (a.kind === 'remind_member' || a.kind === 'offer_support') {
        const key = a.kind === 'remind_member' ? a.topic : a.incident;
        store.reminders.record({ groupId: j.group.id, key, member: j.author.pseudonym, sentAt: j.now });
      }
      if ((a.kind === 'alert_teacher' || a.kind === 'alert_supervisor') && !options.alertsDelivered) {
        const recorded = incidents.get(a.incident);
        if (!recorded) continue;
        const recipient = a.kind === 'alert_teacher' ? 'teacher' : 'supervisor';
        const planned = j.decision.incidents.find((p) => p.category === a.incident);
        const { text, buttons } = renderAlert(
          renderer.t,
          j.group,
          {
            incident: recorded.incident,
            fallback: recorded.incident,
            recipient,
            urgent: a.urgent,
            notes: a.notes,
            ...(planned?.raised ? { raised: planned.raised } : {}),
          },
          options.strikeWindowDays,
        );
        store.outbox.enqueue({
          groupId: j.group.id,
          incidentId: recorded.incident.id,
          // An edit that raised the severity alerts again: a key per severity.
          key: `incident:${recorded.incident.id}:${recipient}${recorded.raised ? `:${recorded.incident.severity}` : ''}`,
          recipient,
          urgent: a.urgent,
          text,
          buttons: [...buttons],
          createdAt: j.now,
        });
        alertsQueued += 1;
      }
    }
    return { incidents, actions, alertsQueued };
  });
}

/** The incident as stored: masked excerpt, the finding's sentence or the event's, clipped to the store's limits. */
export function toNewIncident(renderer: Renderer, j: Judgement, p: PlannedIncident): NewIncident {
  const lang = j.group.language;
  const facts = p.facts && {
    ...p.facts,
    ...(typeof p.facts.media === 'string' ? { media: renderer.t(lang, `media.${p.facts.media}`) } : {}),
  };
  const why = facts
    ? renderer.t(lang, `why.${p.category}`, facts)
    : p.why.trim() || renderer.t(lang, `category.${p.category}`);
  return {
    groupId: j.group.id,
    category: p.category,
    severity: p.severity,
    rule: p.rule.slice(0, 200),
    ...(p.kind !== undefined ? { kind: p.kind } : {}),
    ...(p.target !== undefined ? { target: p.target } : {}),
    why: why.slice(0, 500),
    excerpt: p.withAuthor ? j.excerpt : '',
    ref: j.ref,
    ...(p.withAuthor
      ? { author: { pseudonym: j.author.pseudonym, name: j.author.name.slice(0, 100) || '?' } }
      : {}),
    createdAt: j.now,
  };
}
