import { describe, expect, it } from 'vitest';
import { brainFixture, SUPERVISOR, TEACHER } from '../support/brain-fixture.js';

describe('the message pipeline', () => {
  it('ignores the bot itself (and other bots): nothing is judged or stored', async () => {
    const f = brainFixture();
    await f.post('Klaswacht', 'mijn nummer is 06-12345678', {
      author: { id: 'bot', name: 'klaswacht', role: 'unknown', isBot: true },
    });
    expect(f.engine.seen).toEqual([]);
    expect(f.store.incidents.list()).toEqual([]);
    expect(f.adapter.performed).toEqual([]);
  });

  it('stores nothing for an unflagged message except one member sighting an hour', async () => {
    const f = brainFixture();
    await f.post('Anna', 'Morgen gym, vergeet de tas niet!');
    await f.post('Anna', 'En de drinkfles!');
    f.advance(2 * 60 * 60_000);
    await f.post('Anna', 'Tot morgen');
    expect(f.store.incidents.list()).toEqual([]);
    expect(f.adapter.performed).toEqual([]);
    const member = f.store.members.get(f.group().id, f.pseudonym('u-anna'));
    expect(member).toMatchObject({ displayName: 'Anna', role: 'parent' });
    expect(member?.lastSeen).toEqual(f.now);
  });

  it('records the incident before acting, with a masked excerpt, and alerts the teacher', async () => {
    const f = brainFixture();
    await f.post('Bram', 'bel me op 06-12345678 jij loser', { id: '7' });
    const incidents = f.store.incidents.list();
    expect(incidents.map((i) => i.category).sort()).toEqual(['bullying', 'personal_data']);
    for (const i of incidents) {
      expect(i.excerpt).toBe('bel me op [telefoonnummer] jij loser');
      expect(i.author?.pseudonym).toBe(f.pseudonym('u-bram'));
      expect(i.ref).toEqual({ platform: 'test', chatId: 'klas-7b', messageId: '7' });
    }
    expect(f.adapter.deleted()).toEqual(['7']);
    const alerts = f.adapter.privateTo(TEACHER.id);
    expect(alerts).toHaveLength(2);
    expect(alerts.join('\n')).toContain('[telefoonnummer]');
    expect(alerts.join('\n')).not.toContain('06-12345678');
    expect(f.store.outbox.list()).toEqual([]);
  });

  it('makes one incident of a redelivered message, and acts on it once (a delete may repeat)', async () => {
    const f = brainFixture();
    await f.post('Bram', 'mijn nummer is 06-12345678', { id: '9' });
    await f.post('Bram', 'mijn nummer is 06-12345678', { id: '9' });
    expect(f.store.incidents.list()).toHaveLength(1);
    expect(f.adapter.privateTo(TEACHER.id)).toHaveLength(1);
    expect(f.adapter.privateTo('u-bram')).toHaveLength(1);
    expect(f.adapter.groupTexts()).toHaveLength(1);
    expect(f.adapter.deleted()).toEqual(['9', '9']);
  });

  it('re-checks edited messages: a new problem is a new incident, the same one is not doubled', async () => {
    const f = brainFixture();
    await f.post('Cem', 'hoi allemaal', { id: '3' });
    await f.post('Cem', 'hoi allemaal, mijn nummer is 06-12345678', { id: '3', edited: true });
    await f.post('Cem', 'mijn nummer is 06-12345678 loser', { id: '3', edited: true });
    await f.post('Cem', 'mijn nummer is 06-87654321 loser', { id: '3', edited: true });
    expect(
      f.store.incidents
        .list()
        .map((i) => i.category)
        .sort(),
    ).toEqual(['bullying', 'personal_data']);
    expect(f.adapter.privateTo(TEACHER.id)).toHaveLength(2);
  });

  it('an edit that makes it worse raises the incident and alerts the teacher; toning it down does not', async () => {
    const f = brainFixture();
    await f.post('Cem', 'jij sukkel', { id: '4' });
    expect(f.store.incidents.list()).toMatchObject([{ category: 'bullying', severity: 'low' }]);
    expect(f.adapter.privateTo(TEACHER.id)).toHaveLength(0);
    await f.post('Cem', 'jij loser', { id: '4', edited: true });
    await f.post('Cem', 'jij sukkel', { id: '4', edited: true });
    await f.post('Cem', 'jij loser', { id: '4', edited: true });
    const incidents = f.store.incidents.list();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ severity: 'medium', excerpt: 'jij loser', status: 'open' });
    expect(f.adapter.privateTo(TEACHER.id)).toHaveLength(1);
    expect(f.log.lines.some((l) => l.includes('message.flagged') && l.includes('raised'))).toBe(true);
  });

  it('handles the messages of one chat in order, even when they arrive together', async () => {
    const f = brainFixture();
    await Promise.all([
      f.post('Anna', 'jij sukkel', { id: '1' }),
      f.post('Bram', 'loser', { id: '2' }),
      f.post('Cem', 'kut', { id: '3' }),
    ]);
    const order = f.log.lines
      .filter((l) => l.includes('message.flagged'))
      .map((l) => /message=(\d+)/.exec(l)?.[1]);
    expect(order).toEqual(['1', '2', '3']);
    // The third flagged message from three people within minutes: derailing (B3), in order.
    expect(f.store.incidents.list({ category: 'derailing' })).toMatchObject([{ ref: { messageId: '3' } }]);
    expect(f.adapter.privateTo(SUPERVISOR.id).some((t) => t.includes('ontsporend gesprek'))).toBe(true);
  });

  it('isolates a failure: a message that breaks the engine is logged, the next one goes on', async () => {
    const f = brainFixture();
    f.engine.explodeOn.add('boem 06-11111111');
    await f.post('Anna', 'boem 06-11111111');
    await f.post('Bram', 'mijn nummer is 06-12345678');
    expect(f.store.incidents.list()).toHaveLength(1);
    const failure = f.log.lines.find((l) => l.includes('event.failed'));
    expect(failure).toMatch(/TypeError: detector bug/);
    expect(f.log.lines.join('\n')).not.toMatch(/boem|06-1/);
  });

  it('ignores chats that are not class groups, and inactive groups', async () => {
    const f = brainFixture({ group: false });
    await f.post('Anna', 'mijn nummer is 06-12345678');
    expect(f.engine.seen).toEqual([]);
    const g = brainFixture();
    g.store.groups.update(g.group().id, { active: false }, 'test', g.now);
    await g.post('Anna', 'mijn nummer is 06-12345678');
    expect(g.store.incidents.list()).toEqual([]);
  });

  it('never logs message text or names, only ids and codes', async () => {
    const f = brainFixture();
    await f.post('Bram', 'mijn nummer is 06-12345678 loser');
    await f.post('Anna', 'ik wil niet meer leven');
    expect(f.log.lines.length).toBeGreaterThan(2);
    expect(f.log.lines.join('\n')).not.toMatch(/06-|loser|leven|Bram|Anna|Marieke/);
  });

  it('passes the group settings to the core: allow-list, teacher names, member names, role', async () => {
    const f = brainFixture({ group: { allowList: ['06-99999999'] } });
    await f.post('Anna', 'hallo');
    await f.post('Juf', 'bel school op 06-99999999', {
      author: { id: TEACHER.id, name: 'Juf Marieke', role: 'unknown', isBot: false },
    });
    expect(f.store.incidents.list()).toEqual([]);
    expect(f.engine.seen.at(-1)?.context).toMatchObject({
      allowList: ['06-99999999'],
      teacherNames: ['juf marieke', 'marieke'],
      memberNames: ['anna'],
      authorRole: 'teacher',
      groupType: 'parents',
    });
  });
});
