import { describe, expect, it } from 'vitest';
import { brainFixture, CHAT, SUPERVISOR, TEACHER } from '../support/brain-fixture.js';

const lastReply = (f: ReturnType<typeof brainFixture>) => f.adapter.replies().at(-1);
const roleChanges = (f: ReturnType<typeof brainFixture>) =>
  f.store.audit.list({ action: 'member.role_changed' });

/** A group where Tom and Anna have posted, on a platform that does not know their roles. */
async function withMembers(options: Parameters<typeof brainFixture>[0] = {}) {
  const f = brainFixture(options);
  await f.post('Tom', 'Goedemorgen allemaal', { role: 'unknown' });
  await f.post('Anna', 'Hoi!', { role: 'unknown' });
  f.adapter.clear();
  return f;
}

describe('role: the teacher says who someone is in the group', () => {
  it.each([
    ['medewerker', 'staff', 'medewerker'],
    ['staff', 'staff', 'medewerker'],
    ['Ouder', 'parent', 'ouder'],
    ['parent', 'parent', 'ouder'],
    ['leerling', 'pupil', 'leerling'],
    ['PUPIL', 'pupil', 'leerling'],
  ])('/role Tom %s sets %s, answered privately and audited without names', async (word, role, shown) => {
    const f = await withMembers();
    await f.command(TEACHER, 'role', ['Tom', word]);
    expect(lastReply(f)).toMatchObject({ private: true });
    expect(lastReply(f)?.text).toContain(`Tom staat nu als ${shown} in Groep 7B.`);
    expect(f.store.members.get(f.group().id, f.pseudonym('u-tom'))?.role).toBe(role);
    const [entry] = roleChanges(f);
    expect(entry).toMatchObject({
      actor: 'test:u-juf',
      groupId: f.group().id,
      details: { member: f.pseudonym('u-tom'), from: 'unknown', to: role },
    });
    expect(JSON.stringify(roleChanges(f))).not.toContain('Tom');
    expect(f.adapter.groupTexts()).toEqual([]);
  });

  it('tells the teacher what marking staff does in a parents group (B2)', async () => {
    const f = await withMembers();
    await f.command(TEACHER, 'role', ['Tom', 'medewerker']);
    expect(lastReply(f)?.text).toContain('krijgt Tom privé een vriendelijke herinnering (B2)');
    await f.command(TEACHER, 'role', ['Anna', 'ouder']);
    expect(lastReply(f)?.text).not.toContain('(B2)');
  });

  it('answers in the group language, in English words too', async () => {
    const f = await withMembers({ group: { language: 'en' } });
    await f.command(TEACHER, 'role', ['tom', 'medewerker']);
    expect(lastReply(f)?.text).toMatch(/^Tom is now listed as staff member in Groep 7B\..*\(B2\)/s);
  });

  it('the supervisor may, from the private chat, for the one group they serve', async () => {
    const f = await withMembers();
    await f.command(SUPERVISOR, 'role', ['Anna', 'leerling'], { private: true });
    expect(lastReply(f)?.text).toContain('Anna staat nu als leerling in Groep 7B.');
    expect(roleChanges(f)[0]?.actor).toBe('test:u-henk');
  });

  it('a member who has the role already: said so, nothing audited twice', async () => {
    const f = await withMembers();
    await f.command(TEACHER, 'role', ['Tom', 'staff']);
    await f.command(TEACHER, 'role', ['Tom', 'medewerker']);
    expect(lastReply(f)?.text).toBe('Tom staat al als medewerker in Groep 7B.');
    expect(roleChanges(f)).toHaveLength(1);
  });

  it.each([
    ['an unknown member', ['Bram', 'medewerker'], 'Ik ken niemand die "Bram" heet in deze groep.'],
    ['an unknown role word', ['Tom', 'directeur'], 'Zo gebruik je het: /role naam medewerker|ouder|leerling'],
    ['the teacher role, which setup gives', ['Tom', 'leerkracht'], 'Zo gebruik je het: /role naam'],
    ['no name', ['medewerker'], 'Zo gebruik je het: /role naam'],
    ['nothing', [], 'Zo gebruik je het: /role naam'],
  ])('%s: a private answer and no change', async (_what, args, answer) => {
    const f = await withMembers();
    await f.command(TEACHER, 'role', args);
    expect(lastReply(f)).toMatchObject({ private: true });
    expect(lastReply(f)?.text).toContain(answer);
    expect(roleChanges(f)).toEqual([]);
    expect(f.store.members.get(f.group().id, f.pseudonym('u-tom'))?.role).toBe('unknown');
  });

  it('finds a member by a typed @mention, and by the start of a unique name', async () => {
    const f = await withMembers();
    await f.post('Tomas de Vries', 'Hallo', { role: 'unknown' });
    await f.command(TEACHER, 'role', ['@Tom', 'medewerker']);
    await f.command(TEACHER, 'role', ['tomas', 'ouder']);
    const roleOf = (id: string) => f.store.members.get(f.group().id, f.pseudonym(id))?.role;
    expect([roleOf('u-tom'), roleOf('u-tomas de vries')]).toEqual(['staff', 'parent']);
  });

  it('a member picked from the platform list is found by id, even when two share a name', async () => {
    const f = brainFixture();
    await f.post('Anna', 'Hoi', { author: anna('u-anna-1') });
    await f.post('Anna', 'Hallo', { author: anna('u-anna-2') });
    await f.command(TEACHER, 'role', ['Anna', 'staff']);
    expect(lastReply(f)?.text).toContain('Er zijn meerdere leden die op "Anna" lijken');
    await f.send(picked('u-anna-2', 'Anna'));
    expect(lastReply(f)?.text).toContain('Anna staat nu als medewerker in Groep 7B.');
    expect(roleChanges(f).map((e) => e.details)).toEqual([
      { member: f.pseudonym('u-anna-2'), from: 'unknown', to: 'staff' },
    ]);
  });

  it('a picked member the bot has not seen yet: explained, nothing stored', async () => {
    const f = await withMembers();
    await f.send(picked('u-new', 'Nieuwe Ouder'));
    expect(lastReply(f)?.text).toContain('Nieuwe Ouder ken ik nog niet in deze groep');
    expect(roleChanges(f)).toEqual([]);
    expect(f.store.members.list(f.group().id)).toHaveLength(2);
  });
});

function anna(id: string) {
  return { id, name: 'Anna', role: 'unknown' as const, isBot: false };
}

/** `/role` as Discord sends it when the teacher picks the member from the server list. */
function picked(id: string, name: string) {
  return {
    type: 'command' as const,
    command: {
      platform: 'test',
      chatId: CHAT,
      isPrivate: false,
      from: { id: TEACHER.id, name: TEACHER.name, role: 'unknown' as const, isBot: false },
      fromIsChatAdmin: false,
      name: 'role' as const,
      args: [...name.split(' '), 'staff'],
      target: { id, name },
      at: new Date('2025-03-04T10:00:00.000Z'),
      replyHandle: `picked-${id}`,
    },
  };
}
