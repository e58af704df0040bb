import type { ActionResult, OutboundAction } from '../../core/chat/outbound-action.js';
import type { PolicyAction } from '../../core/policy/index.js';
import type { Group } from '../../store/groups.js';
import type { Incident } from '../../store/incidents.js';
import type { BrainDeps } from '../brain-deps.js';
import { describe } from '../pipeline/chat-queue.js';
import type { Judgement } from '../pipeline/judgement.js';
import type { AdapterLookup } from './adapter-lookup.js';
import { RetryTimers } from './retry-timers.js';

const MAX_ATTEMPTS = 3;
const ASK_DELETE_REASONS = ['unsupported', 'forbidden', 'too_old', 'failed'] as const;

/**
 * Turns the policy's abstract actions into what the platform does, in the group's
 * language: delete, the private note to the poster (A3), the reminder in the group,
 * the helplines, a mute. Alerts go through the outbox (delivery.ts), not here. A
 * refused delete becomes a request to the teacher to delete it (unless the message is
 * already gone); a rate limit is waited
 * out; anything else is logged (ids and reason codes only) and the rest goes on.
 */
export class Dispatcher {
  readonly retries = new RetryTimers();

  constructor(
    private readonly deps: BrainDeps,
    private readonly adapters: AdapterLookup,
    /** Queues the "please delete it yourself" alert; returns once it is queued or sent. */
    private readonly askTeacherToDelete: (
      group: Group,
      incident: Incident | undefined,
      reason: string,
    ) => Promise<void>,
  ) {}

  async perform(
    j: Judgement,
    actions: readonly PolicyAction[],
    incidents: ReadonlyMap<string, { readonly incident: Incident }>,
  ): Promise<void> {
    for (const action of actions) {
      try {
        await this.performOne(
          j,
          action,
          incidents.get('incident' in action ? action.incident : '')?.incident,
        );
      } catch (error) {
        this.deps.log.error('action.failed', {
          group: j.group.id,
          action: action.kind,
          error: describe(error),
        });
      }
    }
  }

  private async performOne(
    j: Judgement,
    action: PolicyAction,
    incident: Incident | undefined,
  ): Promise<void> {
    const t = this.deps.renderer.t;
    const lang = j.group.language;
    const params = { name: j.author.name, group: j.group.className };
    switch (action.kind) {
      case 'delete': {
        const result = await this.send(j.group, {
          kind: 'delete',
          chatId: j.ref.chatId,
          messageId: j.ref.messageId,
        });
        // `not_found`: the message is already gone (a member or the teacher removed it, or
        // this is the repeated delete of a redelivered message): nothing left to ask.
        if (!result.ok && result.reason !== 'rate_limited' && result.reason !== 'not_found') {
          const reason = (ASK_DELETE_REASONS as readonly string[]).includes(result.reason)
            ? result.reason
            : 'failed';
          await this.askTeacherToDelete(j.group, incident, reason);
        }
        return;
      }
      case 'remind_member': {
        const key = action.deleted ? `member_deleted.${action.topic}` : `member.${action.topic}`;
        await this.send(j.group, {
          kind: 'send_private',
          userId: j.author.platformId,
          text: t(lang, key, params),
        });
        return;
      }
      case 'offer_support':
        await this.send(j.group, {
          kind: 'send_private',
          userId: j.author.platformId,
          text: t(lang, 'support.self_harm', params),
        });
        return;
      case 'remind_group':
        await this.send(j.group, {
          kind: 'send_group',
          chatId: j.ref.chatId,
          text: t(lang, `group.${action.topic}`),
        });
        return;
      case 'mute':
        await this.send(j.group, {
          kind: 'mute',
          chatId: j.ref.chatId,
          userId: j.author.platformId,
          until: action.until,
        });
        return;
      case 'alert_teacher':
      case 'alert_supervisor':
        return;
    }
  }

  /** Performs one platform action; a rate limit is retried after the platform's delay. */
  async send(group: Group, action: OutboundAction, attempt = 1): Promise<ActionResult> {
    const adapter = this.adapters(group.platform);
    if (!adapter) return { ok: false, reason: 'unsupported', detail: 'platform not running' };
    const result = await adapter.perform(action);
    if (result.ok) return result;
    this.deps.log.warn('action.refused', {
      group: group.id,
      action: action.kind,
      reason: result.reason,
      attempt,
      ...(result.detail ? { detail: result.detail.slice(0, 120) } : {}),
    });
    if (result.reason === 'rate_limited' && attempt < MAX_ATTEMPTS) {
      this.retries.schedule(result.retryAfterMs ?? 1000, async () => {
        const again = await this.send(group, action, attempt + 1).catch(() => undefined);
        if (again && !again.ok && action.kind === 'delete') {
          await this.askTeacherToDelete(group, undefined, 'failed');
        }
      });
    }
    return result;
  }
}
