import { consentReminderJob } from './consent-reminder-job.js';
import { supervisorDigestJob, teacherDigestJob } from './digest-job.js';
import { etiquetteTipJob } from './etiquette-tip-job.js';
import { retentionJob } from './retention-job.js';
import type { ScheduledJob } from './scheduled-job.js';

/** Every job `npm start` schedules. */
export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  retentionJob,
  etiquetteTipJob,
  teacherDigestJob,
  supervisorDigestJob,
  consentReminderJob,
];
