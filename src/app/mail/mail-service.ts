import type { Store } from '../../store/store.js';
import type { Logger } from '../log.js';
import type { Renderer } from '../templates/renderer.js';
import { type Announcement, type QueuedAnnouncement, queueAnnouncement } from './announcement.js';
import { type DeliveryRound, MailDelivery } from './mail-delivery.js';
import type { MailSender } from './smtp-sender.js';

export interface MailServiceOptions {
  readonly store: Store;
  readonly renderer: Renderer;
  readonly sender: MailSender;
  readonly now: () => Date;
  readonly log: Logger;
  /** The From address, for the Message-ID's domain. */
  readonly from: string;
  /** How often the outbox is looked at for retries. */
  readonly pollMs?: number;
  readonly firstRetryMs?: number;
  readonly maxRetryMs?: number;
}

/**
 * B1 e-mail for the brain: `announce` queues, the outbox delivers. Started by `npm start`
 * when SMTP is configured: it first puts back what a crash left half-sent, then looks
 * at the outbox now, after every announcement, and every `pollMs` for retries.
 */
export class MailService {
  private readonly delivery: MailDelivery;
  private timer: ReturnType<typeof setInterval> | undefined;
  private round: Promise<DeliveryRound> | undefined;
  private again = false;

  constructor(private readonly o: MailServiceOptions) {
    this.delivery = new MailDelivery({
      store: o.store,
      sender: o.sender,
      now: o.now,
      messageIdDomain: domainOf(o.from),
      ...(o.firstRetryMs !== undefined ? { firstRetryMs: o.firstRetryMs } : {}),
      ...(o.maxRetryMs !== undefined ? { maxRetryMs: o.maxRetryMs } : {}),
    });
  }

  start(): void {
    if (this.timer) return;
    const recovered = this.delivery.recover();
    if (recovered > 0) this.o.log.warn('mail.recovered', { mails: recovered });
    this.timer = setInterval(() => void this.flush(), this.o.pollMs ?? 30_000);
    this.timer.unref?.();
    void this.flush();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.round;
    this.o.sender.close();
  }

  /** Queues the announcement for every contact of the group and starts delivering. */
  announce(a: Announcement): QueuedAnnouncement {
    const result = queueAnnouncement(this.o.store, this.o.renderer, a);
    this.o.log.info('mail.queued', { group: a.group.id, contacts: result.contacts, queued: result.queued });
    if (result.queued > 0) void this.flush();
    return result;
  }

  /**
   * One delivery round. A call while a round runs does not start a second one beside
   * it; it asks for one more round after, which sees what was queued in between.
   */
  flush(): Promise<DeliveryRound> {
    if (this.round) {
      this.again = true;
      return this.round;
    }
    this.round = this.delivery
      .deliverDue()
      .then((r) => {
        if (r.sent + r.retrying + r.failed > 0) this.o.log.info('mail.delivered', { ...r });
        return r;
      })
      .catch((error: unknown) => {
        this.o.log.error('mail.round_failed', { error: (error as Error).name });
        return { sent: 0, retrying: 0, failed: 0 };
      })
      .finally(() => {
        this.round = undefined;
        if (this.again) {
          this.again = false;
          void this.flush();
        }
      });
    return this.round;
  }
}

/** `klaswacht <bot@school.nl>` -> `school.nl`. */
export function domainOf(from: string): string {
  const m = /@([^>\s]+)>?\s*$/.exec(from);
  return m?.[1] ?? 'klaswacht.invalid';
}
