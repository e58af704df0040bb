import type { ChatAdapter } from '../../core/chat/chat-adapter.js';
import type { Store } from '../../store/store.js';
import type { Delivery } from '../dispatch/delivery.js';
import type { ScheduleDelivery } from './scheduled-job.js';

/**
 * Scheduled texts through the brain: the tip straight to the group on its platform;
 * digests and reminders for staff into the brain's outbox (the same road as alerts:
 * retried, and kept for a teacher who has not opened a private chat with the bot).
 */
export function brainScheduleDelivery(
  store: Store,
  adapterFor: (platform: string) => ChatAdapter | undefined,
  delivery: Pick<Delivery, 'flushGroup'>,
): ScheduleDelivery {
  return {
    async toGroup(group, text) {
      const adapter = adapterFor(group.platform);
      if (!adapter) return { ok: false, reason: 'unsupported', detail: 'platform not running' };
      return adapter.perform({ kind: 'send_group', chatId: group.chatId, text });
    },
    toStaff(group, recipient, key, text, now) {
      store.outbox.enqueue({
        groupId: group.id,
        key,
        recipient,
        urgent: false,
        text,
        buttons: [],
        createdAt: now,
      });
      void delivery.flushGroup(group.id, { recipient });
    },
  };
}
