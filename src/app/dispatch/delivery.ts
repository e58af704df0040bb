import type { ActionButton } from '../../core/chat/outbound-action.js';
import type { Group } from '../../store/groups.js';
import type { OutboxEntry, OutboxRecipient } from '../../store/outbox.js';
import { isStoreError } from '../../store/store-error.js';
import type { BrainDeps } from '../brain-deps.js';
import { describe } from '../pipeline/chat-queue.js';
import type { AdapterLookup } from './adapter-lookup.js';
import { platformHint } from './platform-hint.js';

const MINUTE_MS = 60_000;

/**
 * Delivers the alerts waiting in the outbox to the teacher and the supervisor. An alert
 * leaves the outbox only when the platform accepted it. A recipient who never opened a
 * private chat with the bot gets a short note in the group and the alert waits for
 * `private_chat_opened`; a rate limit is waited out; any other failure is retried with
 * a growing delay. Every failure is logged with ids and reason codes, never text.
 */
export class Delivery {
  private readonly inFlight = new Set<number>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly deps: BrainDeps,
    private readonly adapters: AdapterLookup,
  ) {}

  /** Checks for due alerts every `delivery.retrySeconds` until stopped. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flushDue(), this.deps.config.delivery.retrySeconds * 1000);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Every alert due now, in every group (the timer, start-up after a crash). */
  async flushDue(): Promise<number> {
    return this.deliverAll(() => this.deps.store.outbox.list({ dueBy: this.deps.clock(), limit: 200 }));
  }

  /**
   * A group's waiting alerts. `all`: also those not due yet, because what they waited
   * for just happened (the recipient opened a private chat, a supervisor was linked).
   */
  async flushGroup(
    groupId: number,
    options: { all?: boolean; recipient?: OutboxRecipient } = {},
  ): Promise<number> {
    return this.deliverAll(() =>
      this.deps.store.outbox.list({
        groupId,
        ...(options.recipient ? { recipient: options.recipient } : {}),
        ...(options.all ? {} : { dueBy: this.deps.clock() }),
      }),
    );
  }

  /** A user opened a private chat: deliver what waited for them in every group they serve. */
  async privateChatOpened(platform: string, userId: string): Promise<number> {
    let sent = 0;
    for (const g of this.deps.store.groups.list({ platform })) {
      if (g.teacher?.platformId === userId)
        sent += await this.flushGroup(g.id, { all: true, recipient: 'teacher' });
      if (g.supervisor?.platformId === userId)
        sent += await this.flushGroup(g.id, { all: true, recipient: 'supervisor' });
    }
    return sent;
  }

  /**
   * Sends an alert straight away, bypassing the outbox: for when the store itself is
   * failing (a full disk), so the teacher still hears about the message. True if sent.
   */
  async sendDirect(
    group: Group,
    recipient: OutboxRecipient,
    text: string,
    buttons: readonly ActionButton[],
  ): Promise<boolean> {
    const staff = recipient === 'teacher' ? group.teacher : group.supervisor;
    const adapter = this.adapters(group.platform);
    if (!staff || !adapter) return false;
    const result = await adapter.perform({
      kind: 'send_private',
      userId: staff.platformId,
      text,
      buttons,
      aboutChatId: group.chatId,
    });
    if (!result.ok)
      this.deps.log.warn('alert.direct_failed', { group: group.id, recipient, reason: result.reason });
    return result.ok;
  }

  private async deliverAll(list: () => OutboxEntry[]): Promise<number> {
    let entries: OutboxEntry[];
    try {
      entries = list();
    } catch (error) {
      this.deps.log.error('outbox.read_failed', { error: describe(error) });
      return 0;
    }
    let sent = 0;
    for (const entry of entries) if (await this.deliver(entry)) sent += 1;
    return sent;
  }

  private async deliver(entry: OutboxEntry): Promise<boolean> {
    if (this.inFlight.has(entry.id)) return false;
    this.inFlight.add(entry.id);
    try {
      return await this.attempt(entry);
    } catch (error) {
      this.deps.log.error('alert.delivery_error', { outbox: entry.id, error: describe(error) });
      return false;
    } finally {
      this.inFlight.delete(entry.id);
    }
  }

  private async attempt(entry: OutboxEntry): Promise<boolean> {
    const { store, clock, config, log } = this.deps;
    const now = clock().getTime();
    const group = store.groups.get(entry.groupId);
    const staff = entry.recipient === 'teacher' ? group?.teacher : group?.supervisor;
    const adapter = group && this.adapters(group.platform);
    if (!group || !staff || !adapter) {
      const reason = !staff ? 'no_recipient' : 'no_adapter';
      this.fail(entry, reason, now + config.delivery.waitingRetryMinutes * MINUTE_MS, 'recipient');
      return false;
    }
    const result = await adapter.perform({
      kind: 'send_private',
      userId: staff.platformId,
      text: entry.text,
      buttons: entry.buttons,
      aboutChatId: group.chatId,
    });
    if (result.ok) {
      store.outbox.delivered(entry.id);
      log.info('alert.delivered', {
        group: group.id,
        incident: entry.incidentId,
        recipient: entry.recipient,
        attempts: entry.attempts + 1,
      });
      return true;
    }
    if (result.reason === 'no_private_chat' || result.reason === 'forbidden') {
      this.fail(entry, result.reason, now + config.delivery.waitingRetryMinutes * MINUTE_MS, 'private_chat');
      await this.askToOpenPrivateChat(group, entry.recipient);
    } else if (result.reason === 'rate_limited') {
      this.fail(entry, result.reason, now + (result.retryAfterMs ?? config.delivery.retrySeconds * 1000));
    } else {
      const backoff = Math.min(
        config.delivery.retrySeconds * 1000 * 2 ** entry.attempts,
        config.delivery.maxRetryMinutes * MINUTE_MS,
      );
      this.fail(entry, result.reason, now + backoff);
    }
    return false;
  }

  private fail(
    entry: OutboxEntry,
    reason: string,
    retryAt: number,
    waiting?: 'private_chat' | 'recipient',
  ): void {
    this.deps.log.warn('alert.waiting', {
      group: entry.groupId,
      incident: entry.incidentId,
      recipient: entry.recipient,
      reason,
      attempts: entry.attempts + 1,
    });
    try {
      this.deps.store.outbox.failed(entry.id, {
        reason,
        retryAt: new Date(retryAt),
        ...(waiting ? { waiting } : {}),
      });
    } catch (error) {
      if (!isStoreError(error)) throw error;
      this.deps.log.error('outbox.write_failed', { outbox: entry.id, code: error.code });
    }
  }

  /**
   * The short in-group note asking the teacher (or supervisor) to open a private chat,
   * rate-limited; how to open one comes from the platform (Telegram: /start).
   */
  private async askToOpenPrivateChat(group: Group, recipient: OutboxRecipient): Promise<void> {
    const { store, clock, config, renderer } = this.deps;
    const key = `open_private_chat:${recipient}`;
    const now = clock();
    const last = store.reminders.last({ groupId: group.id, key });
    if (last && now.getTime() - last.getTime() < config.delivery.privateChatNoteCooldownMinutes * MINUTE_MS)
      return;
    const adapter = this.adapters(group.platform);
    if (!adapter) return;
    const text = renderer.t(group.language, 'group.open_private_chat', {
      recipient: renderer.t(group.language, `role.${recipient}`),
      how: platformHint(adapter, renderer, 'private_chat', group.language),
    });
    const result = await adapter.perform({ kind: 'send_group', chatId: group.chatId, text });
    if (result.ok) store.reminders.record({ groupId: group.id, key, sentAt: now });
  }
}
