import type { ChatAdapter } from '../../core/chat/chat-adapter.js';
import type { Store } from '../../store/store.js';
import type { Delivery } from '../dispatch/delivery.js';
import type { Logger } from '../log.js';
import type { Renderer } from '../templates/renderer.js';
import { brainScheduleDelivery } from './brain-schedule-delivery.js';
import { SCHEDULED_JOBS } from './jobs.js';
import type { ScheduleConfig } from './schedule-config.js';
import { Scheduler } from './scheduler.js';
import { SchoolCalendar } from './school-calendar.js';

export interface StartScheduleOptions {
  /** `config/schedule.yaml`, read before any platform starts so a mistake stops start-up cleanly. */
  readonly config: ScheduleConfig;
  readonly store: Store;
  readonly renderer: Renderer;
  readonly clock: () => Date;
  readonly log: Logger;
  readonly adapterFor: (platform: string) => ChatAdapter | undefined;
  readonly delivery: Pick<Delivery, 'flushGroup'>;
}

/** Starts every scheduled job and catches up what was missed; `npm start` calls this once. */
export async function startSchedule(o: StartScheduleOptions): Promise<Scheduler> {
  const config = o.config;
  const scheduler = new Scheduler(
    {
      store: o.store,
      renderer: o.renderer,
      config,
      calendar: new SchoolCalendar(config),
      delivery: brainScheduleDelivery(o.store, o.adapterFor, o.delivery),
    },
    SCHEDULED_JOBS,
    o.clock,
    o.log,
  );
  await scheduler.start();
  return scheduler;
}
