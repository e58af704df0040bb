import type { MailEntry } from '../../store/mail-outbox.js';
import type { Store } from '../../store/store.js';
import type { MailSender } from './smtp-sender.js';

export interface MailDeliveryOptions {
  readonly store: Store;
  readonly sender: MailSender;
  readonly now: () => Date;
  /** Domain of the Message-IDs (`<klaswacht.17.1712345@school.nl>`): the sender's domain. */
  readonly messageIdDomain: string;
  /** First retry after this; doubling per attempt up to `maxRetryMs`. */
  readonly firstRetryMs?: number;
  readonly maxRetryMs?: number;
  /** A mail still not delivered this long after it was queued fails for good (`expired`). */
  readonly expireAfterMs?: number;
  /** Mails per round; the rest wait for the next one. */
  readonly batch?: number;
}

export interface DeliveryRound {
  readonly sent: number;
  readonly retrying: number;
  readonly failed: number;
}

const MINUTE = 60_000;

/**
 * Delivers the mail outbox. Every attempt is claimed in the store first, so two rounds
 * (or two processes) never send the same row; a mail is marked sent only after the SMTP
 * server accepted it, so a crash or a server that is down loses nothing. A crash between
 * the two leaves the row `sending`: {@link recover} puts it back and it is sent again
 * with the same Message-ID, which mail programs show once.
 */
export class MailDelivery {
  private readonly first: number;
  private readonly max: number;
  private readonly expire: number;

  constructor(private readonly o: MailDeliveryOptions) {
    this.first = o.firstRetryMs ?? MINUTE;
    this.max = o.maxRetryMs ?? 60 * MINUTE;
    this.expire = o.expireAfterMs ?? 72 * 60 * MINUTE;
  }

  /** At start-up: mails a crash left half-sent go back in the queue. */
  recover(): number {
    return this.o.store.mail.recoverInterrupted(this.o.now());
  }

  /** Sends what is due, one by one, and records each outcome. */
  async deliverDue(): Promise<DeliveryRound> {
    let sent = 0;
    let retrying = 0;
    let failed = 0;
    for (const mail of this.o.store.mail.due(this.o.now(), this.o.batch ?? 50)) {
      if (!this.o.store.mail.claim(mail.id, this.o.now())) continue;
      const result = await this.o.sender.send({
        to: { name: mail.toName, address: mail.to },
        subject: mail.subject,
        text: mail.text,
        messageId: messageIdOf(mail, this.o.messageIdDomain),
      });
      const now = this.o.now();
      if (result.ok) {
        this.o.store.mail.sent(mail.id, now);
        sent++;
        continue;
      }
      const expired = now.getTime() - mail.createdAt.getTime() >= this.expire;
      const final = result.permanent || expired;
      const retryAt = final ? null : new Date(now.getTime() + this.backoff(mail.attempts + 1));
      this.o.store.mail.failed(mail.id, {
        reason: !result.permanent && expired ? 'expired' : result.reason,
        at: now,
        retryAt,
      });
      if (final) failed++;
      else retrying++;
    }
    return { sent, retrying, failed };
  }

  /** Delay before the next try after `attempts` attempts: 1, 2, 4, ... minutes, capped. */
  backoff(attempts: number): number {
    return Math.min(this.max, this.first * 2 ** Math.max(0, attempts - 1));
  }
}

/** Stable per outbox row, so a resend after a crash carries the same Message-ID. */
export function messageIdOf(mail: Pick<MailEntry, 'id' | 'createdAt'>, domain: string): string {
  return `<klaswacht.${mail.id}.${mail.createdAt.getTime()}@${domain}>`;
}
