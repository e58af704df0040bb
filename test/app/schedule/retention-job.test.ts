import { describe, expect, it } from 'vitest';
import { retentionJob } from '../../../src/app/schedule/retention-job.js';
import { createMemoryStore } from '../../../src/store/memory/memory-store.js';
import { addGroup, jobContext, scheduleConfig } from './schedule-harness.js';

const DAY = 86_400_000;

describe('the daily retention job', () => {
  it('purges what is older than the group’s retention, finished e-mails and old run records', async () => {
    const store = createMemoryStore();
    const g = addGroup(store, '-1', new Date('2025-01-01T00:00:00Z'));
    const now = new Date('2026-03-30T01:30:00Z');
    const old = new Date(now.getTime() - 200 * DAY);
    store.incidents.record({
      groupId: g.id,
      category: 'profanity',
      severity: 'low',
      rule: 'r',
      why: 'w',
      excerpt: 'kut',
      ref: { platform: 'telegram', chatId: '-1', messageId: '1' },
      createdAt: old,
    });
    const contact = store.contacts.add({
      groupId: g.id,
      name: 'Opa',
      email: 'opa@example.org',
      addedBy: 't',
      addedAt: old,
    }).contact;
    const mail = store.mail.enqueue({
      groupId: g.id,
      contactId: contact.id,
      key: 'k',
      to: 'opa@example.org',
      toName: 'Opa',
      subject: 's',
      text: 't',
      createdAt: old,
    }).entry;
    store.mail.claim(mail.id, old);
    store.mail.sent(mail.id, old);
    const run = store.jobRuns.claim({
      job: 'teacher-digest',
      scope: 'group:1',
      slot: new Date(now.getTime() - 500 * DAY),
      startedAt: old,
    }).run;
    store.jobRuns.finish(run.id, 'done', old);

    const ctx = jobContext(store, scheduleConfig());
    const [scope] = retentionJob.scopes(ctx);
    expect(scope).toEqual({ id: 'all', cron: '30 3 * * *' });
    const outcome = await retentionJob.run(ctx, scope as never, now, now);
    expect(outcome).toEqual({
      status: 'done',
      detail: 'incidents:1,reminders:0,linkCodes:0,members:0,outbox:0,mail:1,runs:1',
    });
    expect(store.incidents.list()).toEqual([]);
    expect(store.mail.list()).toEqual([]);
  });
});
