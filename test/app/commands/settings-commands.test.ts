import { describe, expect, it } from 'vitest';
import { formatLessonHours, parseLessonHours } from '../../../src/app/commands/lesson-hours.js';
import { newLinkCode } from '../../../src/app/commands/supervisor-command.js';
import { brainFixture, TEACHER } from '../support/brain-fixture.js';

const NEW_SUPERVISOR = { id: 'u-directeur', name: 'Mevrouw Bos' };
const lastReply = (f: ReturnType<typeof brainFixture>) => f.adapter.replies().at(-1)?.text ?? '';

describe('setup', () => {
  it('the admin who runs it becomes the teacher; type, language and class name are set', async () => {
    const f = brainFixture({ group: false });
    await f.send({
      type: 'bot_status',
      platform: 'test',
      chatId: 'klas-7b',
      status: 'added',
      chatTitle: 'Klas 7B ouders',
      at: f.now,
    });
    expect(f.adapter.groupTexts()).toEqual([
      expect.stringContaining('Hallo! Ik ben klaswacht'),
      expect.stringContaining('/setup'),
    ]);
    await f.command({ id: 'u-anna', name: 'Anna' }, 'setup');
    expect(lastReply(f)).toContain('alleen voor de leerkracht');
    await f.command({ id: 'u-ans', name: 'Juf Ans' }, 'setup', ['leerlingen', 'en', 'Group', '5A'], {
      admin: true,
    });
    const g = f.store.groups.findByChat('test', 'klas-7b');
    expect(g).toMatchObject({
      type: 'pupils',
      language: 'en',
      className: 'Group 5A',
      teacher: { platformId: 'u-ans' },
    });
    expect(lastReply(f)).toBe(
      'Group 5A is set up: a group of pupils, language en. Juf Ans is the teacher for klaswacht. Now link your supervisor with /supervisor.',
    );
    expect(f.store.audit.list({ action: 'group.settings_changed' })[0]?.details).toMatchObject({
      changed: expect.arrayContaining(['className', 'language', 'teacher', 'type']),
    });
  });

  it('a removed bot makes the group inactive; added again, it is active', async () => {
    const f = brainFixture();
    await f.send({ type: 'bot_status', platform: 'test', chatId: 'klas-7b', status: 'removed', at: f.now });
    expect(f.group().active).toBe(false);
    await f.send({ type: 'bot_status', platform: 'test', chatId: 'klas-7b', status: 'added', at: f.now });
    expect(f.group().active).toBe(true);
  });

  it('a chat that moves keeps its group (Telegram supergroup upgrade)', async () => {
    const f = brainFixture();
    await f.send({
      type: 'chat_moved',
      platform: 'test',
      fromChatId: 'klas-7b',
      toChatId: '-100777',
      at: f.now,
    });
    expect(f.store.groups.findByChat('test', '-100777')?.id).toBe(f.group().id);
  });
});

describe('supervisor link codes (B3, B4)', () => {
  it('the teacher gets a one-time code privately; the supervisor links with it; the teacher hears', async () => {
    const f = brainFixture({ group: { supervisor: undefined } });
    await f.command(TEACHER, 'supervisor');
    const reply = f.adapter.replies()[0];
    expect(reply?.private).toBe(true);
    const code = /KW-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(reply?.text ?? '')?.[0] as string;
    expect(code).toBeDefined();
    await f.command(NEW_SUPERVISOR, 'supervisor', [code.toLowerCase()], { private: true });
    expect(f.group().supervisor).toEqual({ platformId: 'u-directeur', name: 'Mevrouw Bos' });
    expect(lastReply(f)).toContain('Je bent nu gekoppeld als leidinggevende van Groep 7B');
    expect(f.adapter.privateTo(TEACHER.id)).toEqual([
      'Mevrouw Bos is nu gekoppeld als leidinggevende van Groep 7B.',
    ]);
    await f.command({ id: 'u-other', name: 'Iemand' }, 'supervisor', [code], { private: true });
    expect(lastReply(f)).toContain('al gebruikt');
    expect(f.store.audit.list().map((e) => e.action)).toEqual(
      expect.arrayContaining(['link_code.created', 'link_code.consumed']),
    );
  });

  it('refuses an expired or unknown code, and a parent cannot make one', async () => {
    const f = brainFixture({ group: { supervisor: undefined } });
    await f.command(TEACHER, 'supervisor');
    const code = /KW-[A-Z0-9-]{9}/.exec(f.adapter.replies()[0]?.text ?? '')?.[0] as string;
    f.advance(61 * 60_000);
    await f.command(NEW_SUPERVISOR, 'supervisor', [code], { private: true });
    expect(lastReply(f)).toContain('verlopen');
    await f.command(NEW_SUPERVISOR, 'supervisor', ['KW-AAAA-BBBB'], { private: true });
    expect(lastReply(f)).toContain('ken ik niet');
    await f.command({ id: 'u-anna', name: 'Anna' }, 'supervisor');
    expect(lastReply(f)).toContain('alleen voor de leerkracht');
    expect(f.group().supervisor).toBeUndefined();
  });

  it('codes avoid look-alike characters', () => {
    for (let i = 0; i < 50; i++) expect(newLinkCode()).toMatch(/^KW-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
  });
});

describe('lesson hours (A1)', () => {
  it.each([
    [['ma', '08:30-12:00'], 'ma 08:30-12:00'],
    [['ma-vr', '08:30-12:00', '13:00-14:30'], 'ma-vr 08:30-12:00, 13:00-14:30'],
    [['ma,wo', '9:00-10:00'], 'ma 09:00-10:00; wo 09:00-10:00'],
    [['mon-tue', '08:00-09:00', 'fri', '10:00-11:00'], 'ma-di 08:00-09:00; vr 10:00-11:00'],
  ])('%j reads as %s', (args, shown) => {
    const parsed = parseLessonHours(args);
    if (!('blocks' in parsed)) throw new Error(`not parsed: ${parsed.bad}`);
    const names = ['', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
    expect(formatLessonHours(parsed.blocks, (d) => names[d] as string, 'nl')).toBe(shown);
  });

  it.each([
    [['08:30-12:00'], '08:30-12:00'],
    [['ma'], 'ma'],
    [['ma', '12:00-08:30'], '12:00-08:30'],
    [['maandag', '08:30-12:00'], 'maandag'],
    [['ma', '25:00-26:00'], '25:00-26:00'],
  ])('%j is refused, quoting %s', (args, bad) => {
    expect(parseLessonHours(args)).toEqual({ bad });
  });

  it('an exception permits activity for a while, then lessons count again', async () => {
    const f = brainFixture({ group: { type: 'pupils' } });
    await f.command(TEACHER, 'lessons', ['di', '08:30-12:00']);
    await f.command(TEACHER, 'lessons', ['vrij', '30']);
    expect(lastReply(f)).toBe('Uitzondering op de lestijden tot 11:30 (A1: tenzij vooraf toegestaan).');
    await f.post('Sanne', 'hoi', { role: 'pupil' });
    expect(f.adapter.groupTexts()).toEqual([]);
    f.advance(31 * 60_000);
    await f.post('Sanne', 'hoi', { role: 'pupil' });
    expect(f.adapter.groupTexts()).toHaveLength(1);
    await f.command(TEACHER, 'lessons', ['uit']);
    expect(f.group().lessonHours).toEqual([]);
  });
});

describe('allow-list', () => {
  it('adds and removes the group own public numbers; the core then leaves them alone', async () => {
    const f = brainFixture();
    await f.command(TEACHER, 'allow', ['toevoegen', '06-11112222']);
    await f.command(TEACHER, 'allow', ['06', '33334444']);
    expect(f.group().allowList).toEqual(['06-11112222', '06 33334444']);
    await f.post('Anna', 'bel school op 06-11112222');
    expect(f.store.incidents.list()).toEqual([]);
    await f.command(TEACHER, 'allow', ['verwijderen', '0611112222']);
    expect(f.group().allowList).toEqual(['06 33334444']);
    await f.command(TEACHER, 'allow', ['verwijderen', '0600000000']);
    expect(lastReply(f)).toBe('0600000000 staat niet op de lijst.');
    await f.command(TEACHER, 'allow');
    expect(lastReply(f)).toContain('- 06 33334444');
  });
});

describe('consent register (A5)', () => {
  it('registers, lists and withdraws consent by member name; media is judged by it', async () => {
    const f = brainFixture();
    await f.post('Anna de Vries', 'hoi');
    await f.command(TEACHER, 'consent', [
      'anna',
      'foto,video',
      'door',
      'moeder',
      'Vries',
      'tot',
      '2026-07-01',
    ]);
    expect(lastReply(f)).toBe('Toestemming geregistreerd voor Anna de Vries: foto, video.');
    await f.command(TEACHER, 'consent');
    expect(lastReply(f)).toContain(
      '- Anna de Vries: foto, gegeven door moeder Vries op 2025-03-04 (tot 2026-07-01)',
    );
    await f.post('Anna de Vries', '', { media: { kind: 'photo', count: 1 } });
    expect(f.store.incidents.list()).toEqual([]);
    await f.command(TEACHER, 'consent', ['intrekken', 'Anna', 'de', 'Vries', 'foto']);
    expect(lastReply(f)).toBe('Toestemming ingetrokken voor Anna de Vries: foto.');
    await f.post('Anna de Vries', '', { media: { kind: 'photo', count: 1 } });
    expect(f.store.incidents.list({ category: 'media_without_consent' })).toHaveLength(1);
    expect(f.store.audit.list().map((e) => e.action)).toEqual(
      expect.arrayContaining(['consent.granted', 'consent.revoked']),
    );
  });

  it('answers an unknown or ambiguous name instead of guessing', async () => {
    const f = brainFixture();
    await f.post('Anna', 'hoi');
    await f.post('Annabel', 'hoi');
    await f.command(TEACHER, 'consent', ['Ann', 'foto']);
    expect(lastReply(f)).toBe(
      'Er zijn meerdere leden die op "Ann" lijken: Anna, Annabel. Gebruik de volledige naam.',
    );
    await f.command(TEACHER, 'consent', ['Zoë', 'foto']);
    expect(lastReply(f)).toContain('Ik ken niemand die "Zoë" heet');
    await f.command(TEACHER, 'consent', ['Anna', 'foto']);
    expect(lastReply(f)).toBe('Toestemming geregistreerd voor Anna: foto.');
  });
});
