import { isStoreError } from '../../store/store-error.js';
import type { Logger } from '../log.js';
import type { Judgement } from './judgement.js';

/** A judgement whose transaction failed, waiting to be recorded. */
export interface PendingWrite {
  readonly judgement: Judgement;
  /** The alerts went out directly when recording failed: do not queue them again. */
  readonly alertsDelivered: boolean;
  attempts: number;
}

const MAX_PENDING = 10_000;

/**
 * Judgements the store could not record (a full disk, a read-only or busy file). The
 * teacher was alerted directly; the incident is retried before the next message, by
 * the delivery timer and at shutdown, so nothing is lost when the disk has room again.
 * Held in memory only, with masked excerpts; bounded, and every drop is logged.
 */
export class PendingWrites {
  private readonly queue: PendingWrite[] = [];

  constructor(private readonly log: Logger) {}

  add(judgement: Judgement, alertsDelivered: boolean): void {
    if (this.queue.length >= MAX_PENDING) {
      const dropped = this.queue.shift();
      this.log.error('incident.dropped', { group: dropped?.judgement.group.id, pending: this.queue.length });
    }
    this.queue.push({ judgement, alertsDelivered, attempts: 1 });
    this.log.warn('incident.pending', { group: judgement.group.id, pending: this.queue.length });
  }

  get size(): number {
    return this.queue.length;
  }

  /**
   * Tries to record every pending judgement, oldest first, stopping at the first one
   * that still fails with a storage error (the disk is still full). `record` throwing
   * anything else is a bug for that one judgement: logged, dropped, the rest goes on.
   */
  retry(record: (p: PendingWrite) => void): number {
    let done = 0;
    while (this.queue.length > 0) {
      const next = this.queue[0] as PendingWrite;
      try {
        record(next);
        done += 1;
      } catch (error) {
        next.attempts += 1;
        if (isStoreError(error) && error.code !== 'constraint') {
          this.log.warn('incident.still_pending', { code: error.code, pending: this.queue.length });
          break;
        }
        this.log.error('incident.unrecordable', { group: next.judgement.group.id, attempts: next.attempts });
      }
      this.queue.shift();
    }
    if (done > 0) this.log.info('incident.recorded_late', { count: done, pending: this.queue.length });
    return done;
  }
}
