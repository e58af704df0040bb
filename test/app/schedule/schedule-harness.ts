import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryLogger } from '../../../src/app/log.js';
import { DEFAULT_CONFIG_DIR } from '../../../src/app/paths.js';
import { parseScheduleConfig, type ScheduleConfig } from '../../../src/app/schedule/schedule-config.js';
import type { JobContext, ScheduleDelivery } from '../../../src/app/schedule/scheduled-job.js';
import { SchoolCalendar } from '../../../src/app/schedule/school-calendar.js';
import type { Renderer } from '../../../src/app/templates/renderer.js';
import type { ActionResult } from '../../../src/core/chat/outbound-action.js';
import type { Group } from '../../../src/store/groups.js';
import type { OutboxRecipient } from '../../../src/store/outbox.js';
import type { Store } from '../../../src/store/store.js';

/** The shipped schedule.yaml, with edits for a test. */
export function scheduleConfig(edit: (yaml: string) => string = (y) => y): ScheduleConfig {
  return parseScheduleConfig(
    edit(readFileSync(join(DEFAULT_CONFIG_DIR, 'schedule.yaml'), 'utf8')),
    'schedule.yaml',
  );
}

export interface Sent {
  readonly to: 'group' | OutboxRecipient;
  readonly groupId: number;
  readonly text: string;
  readonly key?: string;
  readonly at: Date;
}

/** Records what the jobs sent; `groupResult` decides how the next group message goes. */
export class RecordingDelivery implements ScheduleDelivery {
  readonly sent: Sent[] = [];
  groupResult: () => ActionResult = () => ({ ok: true });

  async toGroup(group: Group, text: string): Promise<ActionResult> {
    const result = this.groupResult();
    if (result.ok) this.sent.push({ to: 'group', groupId: group.id, text, at: new Date() });
    return result;
  }

  toStaff(group: Group, recipient: OutboxRecipient, key: string, text: string, now: Date): void {
    this.sent.push({ to: recipient, groupId: group.id, text, key, at: now });
  }
}

/** A context for jobs that render nothing (timing tests). */
export function jobContext(
  store: Store,
  config: ScheduleConfig,
  renderer?: Renderer,
): JobContext & { delivery: RecordingDelivery } {
  return {
    store,
    config,
    calendar: new SchoolCalendar(config),
    delivery: new RecordingDelivery(),
    renderer: renderer ?? {
      t: () => {
        throw new Error('this test renders no text');
      },
    },
  };
}

export const quietLog = () => createMemoryLogger();

/** A parents' group created well before the test's times, with a teacher and a supervisor. */
export function addGroup(store: Store, chatId = '-100', createdAt = new Date('2025-01-06T08:00:00Z')): Group {
  return store.groups.create(
    {
      platform: 'telegram',
      chatId,
      className: 'Groep 6',
      school: 'De Regenboog',
      type: 'parents',
      language: 'nl',
      teacher: { platformId: '777', name: 'Juf Mirjam' },
      supervisor: { platformId: '888', name: 'Meester Kees' },
      createdAt,
    },
    'test',
  );
}
