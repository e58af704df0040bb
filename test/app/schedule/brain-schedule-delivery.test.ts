import { describe, expect, it } from 'vitest';
import { brainScheduleDelivery } from '../../../src/app/schedule/brain-schedule-delivery.js';
import { brainFixture, TEACHER } from '../support/brain-fixture.js';

describe('scheduled texts through the brain', () => {
  it('posts the tip in the group, and queues the digest for the teacher like an alert, once per key', async () => {
    const f = brainFixture();
    const delivery = brainScheduleDelivery(
      f.store,
      (p) => (p === 'test' ? f.adapter : undefined),
      f.brain.delivery,
    );
    expect(await delivery.toGroup(f.group(), '💡 Tip van de week')).toEqual({ ok: true });
    expect(f.adapter.groupTexts()).toEqual(['💡 Tip van de week']);
    delivery.toStaff(f.group(), 'teacher', 'teacher-digest:1:1', 'Weekoverzicht', f.now);
    delivery.toStaff(f.group(), 'teacher', 'teacher-digest:1:1', 'Weekoverzicht', f.now);
    await f.brain.drain();
    expect(f.adapter.privateTo(TEACHER.id)).toEqual(['Weekoverzicht']);
    expect(f.store.outbox.list()).toEqual([]);
  });

  it('keeps a digest for a teacher who never opened a private chat, until they do', async () => {
    const f = brainFixture();
    f.adapter.noPrivateChat.add(TEACHER.id);
    const delivery = brainScheduleDelivery(f.store, () => f.adapter, f.brain.delivery);
    delivery.toStaff(f.group(), 'teacher', 'teacher-digest:1:2', 'Weekoverzicht', f.now);
    await f.brain.drain();
    expect(f.store.outbox.list()).toHaveLength(1);
    f.adapter.noPrivateChat.delete(TEACHER.id);
    await f.send({ type: 'private_chat_opened', platform: 'test', userId: TEACHER.id, at: f.now });
    expect(f.adapter.privateTo(TEACHER.id)).toEqual(['Weekoverzicht']);
  });

  it('reports a platform that is not running as unsupported', async () => {
    const f = brainFixture();
    const delivery = brainScheduleDelivery(f.store, () => undefined, f.brain.delivery);
    expect(await delivery.toGroup(f.group(), 'x')).toMatchObject({ ok: false, reason: 'unsupported' });
  });
});
