import { describe, expect, it } from 'vitest';
import { Brain } from '../../src/app/brain.js';
import type { ChatEvent } from '../../src/core/chat/chat-event.js';
import { brainFixture, CHAT, TEACHER } from './support/brain-fixture.js';
import { RecordingAdapter } from './support/recording-adapter.js';

const MINUTE = 60_000;
const joined = (id: string, name: string, at: Date, isBot = false): ChatEvent => ({
  type: 'member_joined',
  platform: 'test',
  chatId: CHAT,
  member: { id, name, role: 'unknown', isBot },
  at,
});
const welcomes = (texts: string[]) => texts.filter((t) => t.startsWith('Welkom in'));

describe('members joining and leaving', () => {
  it('welcomes newcomers in the group with its norms in plain words, naming no one', async () => {
    const f = brainFixture();
    await f.send(joined('u-fleur', 'Fleur de Vries', f.now));
    const [welcome] = welcomes(f.adapter.groupTexts());
    expect(welcome).toContain('Welkom in Groep 7B');
    expect(welcome).toContain('De Regenboog');
    expect(welcome).toContain('schriftelijke toestemming van wie erop staat (A5)');
    expect(welcome).toContain('Wat je plaatst blijft bestaan, ook na verwijderen (A4)');
    expect(welcome).toContain('/rules');
    expect(welcome).not.toContain('Fleur');
    expect(f.adapter.privateTo('u-fleur')).toEqual([]);
  });

  it('records the newcomer (pseudonymised), so the teacher can register consent before they post', async () => {
    const f = brainFixture();
    await f.send(joined('u-fleur', 'Fleur de Vries', f.now));
    const member = f.store.members.get(f.group().id, f.pseudonym('u-fleur'));
    expect(member).toMatchObject({ displayName: 'Fleur de Vries', role: 'unknown' });
    expect(JSON.stringify(f.store.members.list(f.group().id))).not.toContain('u-fleur');
    await f.command(TEACHER, 'consent', ['Fleur', 'foto']);
    expect(f.adapter.replies()[0]?.text).toBe('Toestemming geregistreerd voor Fleur de Vries: foto.');
  });

  it('several joins in a short while share one welcome; after the cooldown the next join gets one', async () => {
    const f = brainFixture();
    await f.send(joined('u-a', 'Aylin', f.now));
    f.advance(5 * MINUTE);
    await f.send(joined('u-b', 'Bas', f.now));
    await f.send(joined('u-c', 'Cor', f.now));
    expect(welcomes(f.adapter.groupTexts())).toHaveLength(1);
    expect(f.store.members.list(f.group().id).map((m) => m.displayName)).toEqual(['Aylin', 'Bas', 'Cor']);
    f.advance(f.deps.config.welcome.cooldownMinutes * MINUTE);
    await f.send(joined('u-d', 'Dirk', f.now));
    expect(welcomes(f.adapter.groupTexts())).toHaveLength(2);
  });

  it('the cooldown survives a restart: it is a record in the store', async () => {
    const f = brainFixture();
    await f.send(joined('u-a', 'Aylin', f.now));
    const restarted = new Brain(f.deps);
    const adapter = new RecordingAdapter();
    const sink = restarted.sinkFor(adapter);
    await sink(joined('u-b', 'Bas', new Date(f.now.getTime() + MINUTE)));
    expect(adapter.groupTexts()).toEqual([]);
    // A welcome is a note, not a reminder of the norms: the digest does not count it.
    expect(
      f.store.reminders.count(f.group().id, { since: f.now, until: new Date(f.now.getTime() + 1) }),
    ).toEqual({
      group: 0,
      members: 0,
    });
  });

  it('before set-up there is no welcome (the bot asks for /setup), but the member is known', async () => {
    const f = brainFixture({ group: { teacher: undefined, supervisor: undefined } });
    await f.send(joined('u-a', 'Aylin', f.now));
    expect(f.adapter.groupTexts()).toEqual([]);
    expect(f.store.members.list(f.group().id)).toHaveLength(1);
  });

  it('an inactive group, another chat or a bot joining: nothing at all', async () => {
    const f = brainFixture();
    await f.send(joined('u-bot', 'Quizbot', f.now, true));
    await f.send({ ...joined('u-a', 'Aylin', f.now), chatId: 'elders' } as ChatEvent);
    f.store.groups.update(f.group().id, { active: false }, 'system', f.now);
    f.brain.groups.changed();
    await f.send(joined('u-b', 'Bas', f.now));
    expect(f.adapter.performed).toEqual([]);
    expect(f.store.members.list(f.group().id)).toEqual([]);
  });

  it('a pupils group with lesson hours also hears the lesson-time agreement (A1); an English group English', async () => {
    const pupils = brainFixture({
      group: { type: 'pupils', lessonHours: [{ weekday: 1, from: '08:30', to: '12:00' }] },
    });
    await pupils.send(joined('u-a', 'Aylin', pupils.now));
    expect(pupils.adapter.groupTexts()[0]).toContain('Tijdens de lessen (ma 08:30-12:00)');
    const english = brainFixture({ group: { language: 'en' } });
    await english.send(joined('u-a', 'Aylin', english.now));
    expect(english.adapter.groupTexts()[0]).toMatch(/^Welcome to Groep 7B/);
  });

  it('a member leaving stores nothing and is logged without a name', async () => {
    const f = brainFixture();
    await f.post('Bram', 'hallo allemaal');
    const before = JSON.stringify(f.store.members.list(f.group().id));
    await f.send({ type: 'member_left', platform: 'test', chatId: CHAT, memberId: 'u-bram', at: f.now });
    expect(JSON.stringify(f.store.members.list(f.group().id))).toBe(before);
    const log = f.log.lines.join('\n');
    expect(log).toMatch(/member\.left group=\d+ platform=test/);
    expect(log).not.toMatch(/Bram|u-bram/);
    expect(f.adapter.performed).toEqual([]);
  });
});
