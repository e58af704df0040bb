import { describe, expect, it } from 'vitest';
import { brainFixture, SUPERVISOR, TEACHER } from '../support/brain-fixture.js';

const MINUTE = 60_000;

describe('dispatch: capability fallbacks', () => {
  it('a platform that cannot delete: no attempt, and the teacher is asked to delete it', async () => {
    const f = brainFixture();
    f.adapter.caps = { ...f.adapter.caps, canDelete: false };
    await f.post('Bram', 'mijn nummer is 06-12345678', { id: '4' });
    expect(f.adapter.deleted()).toEqual([]);
    const [alert] = f.adapter.privateTo(TEACHER.id);
    expect(alert).toContain('Ik kon dit bericht niet zelf verwijderen');
    // The poster is reminded, but not told it was removed.
    expect(f.adapter.privateTo('u-bram')[0]).not.toContain('verwijderd');
  });

  it('a message older than the platform delete window: the teacher is asked', async () => {
    const f = brainFixture();
    f.adapter.caps = { ...f.adapter.caps, deleteWindowMs: 48 * 60 * MINUTE };
    const sentAt = new Date(f.now.getTime() - 49 * 60 * MINUTE);
    await f.post('Bram', 'mijn nummer is 06-12345678', { id: '4', sentAt, edited: true });
    expect(f.adapter.deleted()).toEqual([]);
    expect(f.adapter.privateTo(TEACHER.id)[0]).toContain('Ik kon dit bericht niet zelf verwijderen');
  });

  it('a refused delete becomes a request to the teacher, naming why', async () => {
    const f = brainFixture();
    f.adapter.refuse('delete', { ok: false, reason: 'forbidden' });
    await f.post('Bram', 'mijn nummer is 06-12345678', { id: '4' });
    const texts = f.adapter.privateTo(TEACHER.id);
    expect(texts).toHaveLength(2);
    expect(texts.some((t) => t.includes('ik heb daar geen rechten voor') && t.includes('melding #1'))).toBe(
      true,
    );
    expect(f.log.lines.join('\n')).toMatch(/action\.refused .*action=delete reason=forbidden/);
  });

  it('no private chat with the teacher: the alert waits, the group is asked once, and it goes out when the chat opens', async () => {
    const f = brainFixture();
    f.adapter.noPrivateChat.add(TEACHER.id);
    await f.post('Bram', 'loser', { id: '1' });
    await f.post('Cem', 'jij loser', { id: '2' });
    expect(f.adapter.privateTo(TEACHER.id)).toEqual([]);
    const waiting = f.store.outbox.list();
    expect(waiting).toHaveLength(2);
    expect(waiting[0]).toMatchObject({ waiting: 'private_chat', lastFailure: 'no_private_chat' });
    const notes = f.adapter.groupTexts().filter((t) => t.includes('privégesprek'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('de leerkracht');
    expect(notes[0]).not.toContain('Marieke');
    // A platform that says nothing about private chats gets the neutral wording, no /start.
    expect(notes[0]).not.toContain('/start');

    f.adapter.noPrivateChat.delete(TEACHER.id);
    await f.send({ type: 'private_chat_opened', platform: 'test', userId: TEACHER.id, at: f.now });
    expect(f.adapter.privateTo(TEACHER.id)).toHaveLength(2);
    expect(f.store.outbox.list()).toEqual([]);
  });

  it("the note says how to open a private chat in the platform's own words", async () => {
    const f = brainFixture();
    f.adapter.hints = { private_chat: 'Druk op Start bij @klaswacht_bot.' };
    f.adapter.noPrivateChat.add(TEACHER.id);
    await f.post('Bram', 'loser', { id: '1' });
    const [note] = f.adapter.groupTexts().filter((t) => t.includes('privébericht'));
    expect(note).toContain('ik kan je nog geen privébericht sturen. Druk op Start bij @klaswacht_bot. Dan');
  });

  it('a rate limit is waited out: the alert goes at the next due flush, not before', async () => {
    const f = brainFixture();
    f.adapter.refuse(
      'send_private',
      { ok: false, reason: 'rate_limited', retryAfterMs: 5000 },
      1,
      TEACHER.id,
    );
    await f.post('Bram', 'loser');
    expect(f.store.outbox.list()[0]).toMatchObject({ attempts: 1, lastFailure: 'rate_limited' });
    f.advance(4000);
    expect(await f.brain.delivery.flushDue()).toBe(0);
    f.advance(1000);
    expect(await f.brain.delivery.flushDue()).toBe(1);
    expect(f.adapter.privateTo(TEACHER.id)).toHaveLength(1);
  });

  it('other failures back off and keep the alert', async () => {
    const f = brainFixture();
    f.adapter.refuse('send_private', { ok: false, reason: 'failed', detail: 'HTTP 502' }, 2, TEACHER.id);
    await f.post('Bram', 'loser');
    f.advance(30_000);
    await f.brain.delivery.flushDue();
    expect(f.store.outbox.list()[0]).toMatchObject({ attempts: 2 });
    f.advance(30_000);
    expect(await f.brain.delivery.flushDue()).toBe(0);
    f.advance(30_000);
    expect(await f.brain.delivery.flushDue()).toBe(1);
  });

  it('a group without a teacher keeps its alerts until someone runs setup', async () => {
    const f = brainFixture({ group: { teacher: undefined, supervisor: undefined } });
    await f.post('Bram', 'loser');
    expect(f.store.outbox.list()[0]).toMatchObject({ waiting: 'recipient' });
    await f.command({ id: 'u-admin', name: 'Juf Ans' }, 'setup', ['ouders'], { admin: true });
    expect(f.adapter.privateTo('u-admin').some((t) => t.includes('Melding #1'))).toBe(true);
  });

  it('a rate-limited group reminder is sent again after the delay', async () => {
    const f = brainFixture();
    f.adapter.refuse('send_group', { ok: false, reason: 'rate_limited', retryAfterMs: 60_000 });
    await f.post('Daan', 'kut');
    expect(f.adapter.groupTexts()).toEqual([]);
    await f.brain.drain();
    expect(f.adapter.groupTexts()).toHaveLength(1);
  });

  it('a private note that cannot be delivered is skipped and logged; the rest goes on', async () => {
    const f = brainFixture();
    f.adapter.noPrivateChat.add('u-bram');
    await f.post('Bram', 'loser');
    expect(f.adapter.groupTexts()).toHaveLength(1);
    expect(f.adapter.privateTo(TEACHER.id)).toHaveLength(1);
    expect(f.log.lines.join('\n')).toMatch(/action\.refused .*action=send_private reason=no_private_chat/);
  });
});

describe('dispatch: routing and texts', () => {
  it('critical: teacher and supervisor, urgent, with the inspector number and aangifte', async () => {
    const f = brainFixture();
    await f.post('Bram', 'ik maak je af');
    const [teacher] = f.adapter.privateTo(TEACHER.id);
    const [supervisor] = f.adapter.privateTo(SUPERVISOR.id);
    expect(teacher).toContain('DRINGEND');
    expect(teacher).toContain('0900-1113111');
    expect(teacher).toContain('aangifte');
    expect(teacher).toContain('De leidinggevende heeft deze melding ook ontvangen');
    expect(supervisor).toContain('melding voor de leidinggevende');
  });

  it('about the teacher: to the supervisor only', async () => {
    const f = brainFixture();
    await f.post('Bram', 'die juf kan er niks van');
    expect(f.adapter.privateTo(TEACHER.id)).toEqual([]);
    expect(f.adapter.privateTo(SUPERVISOR.id)[0]).toContain('gaat over de leerkracht');
  });

  it('self-harm: only private, urgent to the teacher, helplines to the writer, nothing in the group', async () => {
    const f = brainFixture();
    await f.post('Sanne', 'ik wil niet meer leven', { role: 'pupil' });
    expect(f.adapter.groupTexts()).toEqual([]);
    expect(f.adapter.deleted()).toEqual([]);
    expect(f.adapter.privateTo(TEACHER.id)[0]).toContain('DRINGEND');
    const support = f.adapter.privateTo('u-sanne');
    expect(support).toHaveLength(1);
    expect(support[0]).toContain('0800-0113');
    expect(support[0]).toContain('0800-0432');
  });

  it('group reminders name no one; alerts carry handle buttons', async () => {
    const f = brainFixture();
    await f.post('Bram', 'jij loser');
    for (const t of f.adapter.groupTexts()) expect(t).not.toMatch(/Bram|loser/);
    const alert = f.adapter.performed.find((a) => a.kind === 'send_private' && a.userId === TEACHER.id);
    expect(alert && 'buttons' in alert ? alert.buttons?.map((b) => b.command) : []).toEqual([
      'handle 1 seen',
      'handle 1 resolved',
      'handle 1 false_alarm',
      'handle 1 forward',
    ]);
  });

  it('writes in the group language', async () => {
    const f = brainFixture({ group: { language: 'en' } });
    await f.post('Bram', 'mijn nummer is 06-12345678');
    expect(f.adapter.privateTo(TEACHER.id)[0]).toContain('Alert for the teacher');
    expect(f.adapter.privateTo(TEACHER.id)[0]).toContain('[phone number]');
    expect(f.adapter.groupTexts()[0]).toContain('A message was removed');
  });

  it('media without consent: a private reminder and a note to the teacher; covered media: nothing', async () => {
    const f = brainFixture();
    await f.post('Anna', 'hoi');
    await f.post('Bram', 'hoi');
    f.store.consent.grant(
      {
        groupId: f.group().id,
        member: f.pseudonym('u-anna'),
        kind: 'photo',
        givenBy: 'Anna',
        givenAt: f.now,
      },
      'test',
      f.now,
    );
    f.adapter.clear();
    await f.post('Anna', 'klassenfoto', { media: { kind: 'photo', count: 1 } });
    expect(f.adapter.performed).toEqual([]);
    await f.post('Bram', '', { media: { kind: 'video', count: 1 } });
    expect(f.adapter.privateTo('u-bram')[0]).toContain('schriftelijke toestemming');
    expect(f.adapter.privateTo(TEACHER.id)[0]).toContain('beeld of geluid zonder toestemming');
    expect(f.adapter.groupTexts()).toEqual([]);
    expect(f.store.incidents.list({ category: 'media_without_consent' })[0]?.why).toContain('video');
  });

  it('A1: a pupil in lesson time gets a gentle reminder in the group', async () => {
    const f = brainFixture({
      group: { type: 'pupils', lessonHours: [{ weekday: 2, from: '08:30', to: '12:00' }] },
    });
    await f.post('Sanne', 'hoi', { role: 'pupil' });
    expect(f.adapter.groupTexts()).toEqual([expect.stringContaining('lestijd')]);
    await f.post('Sanne', 'hoi', { role: 'pupil' });
    expect(f.adapter.groupTexts()).toHaveLength(1);
    expect(f.store.incidents.list()).toEqual([]);
  });
});
