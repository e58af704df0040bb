import type { Category } from '../../core/categories.js';
import type { Author, IncomingMessage } from '../../core/message.js';
import { type Decision, decide, needsConsentCheck, type PolicyHistory } from '../../core/policy/index.js';
import type { Group } from '../../store/groups.js';
import type { Pseudonym } from '../../store/pseudonym.js';
import { isStoreError, type StoreError } from '../../store/store-error.js';
import type { BrainDeps } from '../brain-deps.js';
import type { CapabilityCache } from '../dispatch/adapter-lookup.js';
import { renderAlert } from '../dispatch/alert-text.js';
import type { Delivery } from '../dispatch/delivery.js';
import type { Dispatcher } from '../dispatch/dispatcher.js';
import { maskedExcerpt } from './excerpt.js';
import { effectiveRole, type GroupBook, teacherNames } from './group-book.js';
import { readHistory } from './history.js';
import type { Judgement } from './judgement.js';
import { MemberSightings } from './member-sightings.js';
import type { PendingWrites } from './pending-writes.js';
import { recordJudgement } from './record-judgement.js';
import { StaffRoleReminder } from './staff-role-reminder.js';

const EMPTY_HISTORY: PolicyHistory = { member: [], group: [], lastGroupReminder: {}, lastMemberReminder: {} };
const EVENT_TOPICS: readonly Category[] = ['derailing', 'lesson_time', 'media_without_consent'];

/**
 * One message through the brain: judge it (core), decide (policy), record it in one
 * transaction (incidents BEFORE actions), then act (dispatch) and deliver the alerts
 * (outbox). The bot's own messages are ignored; an unflagged message writes nothing but
 * an occasional member sighting, so its text never reaches the file. When the store
 * fails, the teacher is alerted directly and the incident waits in memory to be retried.
 */
export class MessagePipeline {
  readonly sightings = new MemberSightings();
  private readonly pseudonyms = new Map<string, Pseudonym>();
  private readonly staffRole: StaffRoleReminder;

  constructor(
    private readonly deps: BrainDeps,
    private readonly groups: GroupBook,
    private readonly caps: CapabilityCache,
    private readonly dispatcher: Dispatcher,
    private readonly delivery: Delivery,
    private readonly pending: PendingWrites,
  ) {
    this.staffRole = new StaffRoleReminder(deps, (group, action) => dispatcher.send(group, action));
  }

  async handle(m: IncomingMessage): Promise<void> {
    if (m.author.isBot) return;
    if (this.pending.size > 0) await this.retryPending();
    const { store, engine, log, config } = this.deps;
    const group = this.groups.find(m.ref.platform, m.ref.chatId);
    if (!group?.active) {
      log.debug('message.ignored', { platform: m.ref.platform, reason: group ? 'inactive' : 'not_a_group' });
      return;
    }
    // Windows, cooldowns and incident times run on the bot's clock; the message's own time
    // (never in the future) decides lesson time (A1) and whether it is too old to delete.
    const now = this.deps.clock();
    const sentAt = m.sentAt.getTime() > now.getTime() ? now : m.sentAt;
    const pseudonym = this.pseudonymOf(m.ref.platform, m.author.id);
    const role = effectiveRole(group, m.author, () => this.groups.storedRole(group.id, pseudonym));
    const analysis = engine.analyse({
      text: m.text,
      context: {
        allowList: group.allowList,
        memberNames: this.groups.memberNames(group.id),
        teacherNames: teacherNames(group),
        mentions: m.mentions,
        isReply: m.replyTo !== undefined,
        authorRole: role,
        groupType: group.type,
      },
    });
    // B2: staff who join a discussion about the school say who they are (a private reminder).
    await this.staffRole.consider({
      group,
      ref: m.ref,
      author: { platformId: m.author.id, pseudonym, name: m.author.name },
      role,
      normalised: analysis.normalised.value,
      findings: analysis.findings,
      now,
    });
    const writeMember = this.sightings.shouldWrite(group.id, pseudonym, m.author.name, role, sentAt);
    const consentCheck = needsConsentCheck(m.media, role);
    const lessons = group.type === 'pupils' && group.lessonHours.length > 0;
    if (analysis.findings.length === 0 && !consentCheck && !lessons) {
      if (writeMember) this.writeSighting(group.id, pseudonym, m.author.name, role, sentAt);
      return;
    }
    const caps = await this.caps.get(m.ref.platform, m.ref.chatId);
    const topics = [...analysis.findings.map((f) => f.category), ...EVENT_TOPICS];
    let history = EMPTY_HISTORY;
    let consent: { covered: boolean } | undefined;
    try {
      history = readHistory(store, {
        groupId: group.id,
        author: pseudonym,
        ref: m.ref,
        now,
        topics,
        settings: config.policy,
      });
      if (consentCheck) consent = { covered: store.consent.covers(group.id, pseudonym, m.media.kind, now) };
    } catch (error) {
      if (!isStoreError(error)) throw error;
      log.error('history.read_failed', { group: group.id, code: error.code });
      if (consentCheck) consent = { covered: false };
    }
    const decision: Decision = decide({
      now,
      settings: config.policy,
      group: {
        type: group.type,
        timeZone: group.timeZone,
        lessonHours: group.lessonHours,
        ...(group.lessonExceptionUntil ? { lessonExceptionUntil: group.lessonExceptionUntil } : {}),
        hasTeacher: group.teacher !== undefined,
        hasSupervisor: group.supervisor !== undefined,
      },
      message: {
        ref: m.ref,
        authorRole: role,
        sentAt,
        edited: m.edited,
        ...(m.media ? { media: m.media } : {}),
      },
      author: pseudonym,
      findings: analysis.findings,
      history,
      capabilities: caps,
      ...(consent ? { consent } : {}),
    });
    if (decision.incidents.length === 0 && decision.actions.length === 0) {
      if (writeMember) this.writeSighting(group.id, pseudonym, m.author.name, role, sentAt);
      return;
    }
    const judgement: Judgement = {
      group,
      ref: m.ref,
      author: { platformId: m.author.id, pseudonym, name: m.author.name, role },
      sentAt,
      now,
      lang: analysis.lang,
      decision,
      excerpt: maskedExcerpt(this.deps.mask, m.text, analysis.findings, group.language),
      writeMember,
    };
    await this.act(judgement);
  }

  private async act(j: Judgement): Promise<void> {
    let outcome: ReturnType<typeof recordJudgement>;
    try {
      outcome = recordJudgement(this.deps.store, this.deps.renderer, j, {
        alertsDelivered: false,
        strikeWindowDays: this.deps.config.policy.strikes.windowDays,
      });
    } catch (error) {
      if (!isStoreError(error)) throw error;
      return this.degraded(j, error);
    }
    if (j.writeMember) this.groups.forgetNames(j.group.id);
    const created = [...outcome.incidents.values()].filter((i) => i.created).map((i) => i.incident.id);
    const raised = [...outcome.incidents.values()].filter((i) => i.raised).map((i) => i.incident.id);
    this.deps.log.info('message.flagged', {
      group: j.group.id,
      message: j.ref.messageId,
      categories: [...outcome.incidents.keys()].join(','),
      incidents: created.join(',') || 'none-new',
      ...(raised.length > 0 ? { raised: raised.join(',') } : {}),
      actions: outcome.actions.map((a) => a.kind).join(','),
    });
    // The policy's reasons (clauses, rule ids, thresholds; never text) for an operator at debug level.
    this.deps.log.debug('decision', {
      group: j.group.id,
      message: j.ref.messageId,
      why: j.decision.why.join(' | '),
    });
    await this.dispatcher.perform(j, outcome.actions, outcome.incidents);
    if (outcome.alertsQueued > 0) await this.delivery.flushGroup(j.group.id);
  }

  /** The store failed: act anyway, alert directly, keep the judgement to record later. */
  private async degraded(j: Judgement, error: StoreError): Promise<void> {
    const { log, renderer, config } = this.deps;
    log.error('incident.store_failed', { group: j.group.id, code: error.code, operation: error.operation });
    if (j.writeMember) this.sightings.forget(j.group.id, j.author.pseudonym);
    await this.dispatcher.perform(j, j.decision.actions, new Map());
    let allSent = true;
    for (const a of j.decision.actions) {
      if (a.kind !== 'alert_teacher' && a.kind !== 'alert_supervisor') continue;
      const planned = j.decision.incidents.find((p) => p.category === a.incident);
      if (!planned) continue;
      const recipient = a.kind === 'alert_teacher' ? 'teacher' : 'supervisor';
      const { text, buttons } = renderAlert(
        renderer.t,
        j.group,
        {
          incident: undefined,
          fallback: {
            category: planned.category,
            severity: planned.severity,
            why: planned.why,
            excerpt: planned.withAuthor ? j.excerpt : '',
            ...(planned.withAuthor ? { author: { name: j.author.name } } : {}),
          },
          recipient,
          urgent: a.urgent,
          notes: a.notes,
          ...(planned.raised ? { raised: planned.raised } : {}),
        },
        config.policy.strikes.windowDays,
      );
      allSent = (await this.delivery.sendDirect(j.group, recipient, text, buttons)) && allSent;
    }
    if (error.code === 'constraint') {
      log.error('incident.unrecordable', { group: j.group.id, operation: error.operation });
      return;
    }
    this.pending.add(j, allSent);
  }

  /**
   * A member was seen without a message (they joined): recorded as a message's author
   * would be (pseudonym, name, role), so staff can name them in `consent` before they
   * ever post. Nothing else about them is kept.
   */
  recordSighting(group: Group, author: Author, at: Date): void {
    const pseudonym = this.pseudonymOf(group.platform, author.id);
    const role = effectiveRole(group, author, () => this.groups.storedRole(group.id, pseudonym));
    if (this.sightings.shouldWrite(group.id, pseudonym, author.name, role, at))
      this.writeSighting(group.id, pseudonym, author.name, role, at);
  }

  /** HMAC per author, remembered: a chat has few authors and many messages. */
  private pseudonymOf(platform: string, userId: string): Pseudonym {
    const key = `${platform}\u0000${userId}`;
    let p = this.pseudonyms.get(key);
    if (!p) {
      p = this.deps.pseudonymise(platform, userId);
      if (this.pseudonyms.size >= 10_000) this.pseudonyms.clear();
      this.pseudonyms.set(key, p);
    }
    return p;
  }

  /** Records what waited for the store, then delivers the alerts that were queued with it. */
  async retryPending(): Promise<number> {
    const done = this.pending.retry((p) =>
      recordJudgement(this.deps.store, this.deps.renderer, p.judgement, {
        alertsDelivered: p.alertsDelivered,
        strikeWindowDays: this.deps.config.policy.strikes.windowDays,
      }),
    );
    if (done > 0) await this.delivery.flushDue();
    return done;
  }

  private writeSighting(
    groupId: number,
    pseudonym: Judgement['author']['pseudonym'],
    name: string,
    role: Judgement['author']['role'],
    at: Date,
  ): void {
    try {
      MemberSightings.write(this.deps.store, groupId, pseudonym, name, role, at);
      this.groups.forgetNames(groupId);
    } catch (error) {
      if (!isStoreError(error)) throw error;
      this.sightings.forget(groupId, pseudonym);
      this.deps.log.warn('member.write_failed', { group: groupId, code: error.code });
    }
  }
}
