import { describe, expect, it } from 'vitest';
import type { CommandName } from '../../../src/core/chat/chat-event.js';
import { brainFixture, SUPERVISOR, TEACHER } from '../support/brain-fixture.js';

const PARENT = { id: 'u-anna', name: 'Anna' };
const STAFF_ONLY: [CommandName, string[]][] = [
  ['consent', []],
  ['role', ['Bram', 'medewerker']],
  ['lessons', ['ma', '08:30-12:00']],
  ['allow', ['toevoegen', '020-1234567']],
  ['incidents', []],
  ['export', ['groep']],
  ['forget', ['Bram', 'bevestig']],
  ['announce', ['Morgen', 'vrij']],
  ['contacts', []],
];

describe('who may use which command', () => {
  it.each(STAFF_ONLY)(
    'a parent gets a polite refusal for /%s, privately, and nothing changes',
    async (name, args) => {
      const f = brainFixture();
      await f.command(PARENT, name, args);
      const [reply] = f.adapter.replies();
      expect(reply).toMatchObject({ private: true });
      expect(reply?.text).toBe(
        `Sorry, /${name} is alleen voor de leerkracht, de leidinggevende en de beheerders van de groep. Met /rules zie je de afspraken van de groep.`,
      );
      expect(f.group().lessonHours).toEqual([]);
      expect(f.group().allowList).toEqual([]);
      expect(f.store.audit.list().map((e) => e.action)).toEqual(['group.created']);
    },
  );

  it.each([
    ['the teacher', TEACHER, false],
    ['the supervisor', SUPERVISOR, false],
    ['a group admin', { id: 'u-admin', name: 'Ouder admin' }, true],
  ])('%s may change settings', async (_who, user, admin) => {
    const f = brainFixture();
    await f.command(user, 'lessons', ['ma-vr', '08:30-12:00'], { admin });
    expect(f.group().lessonHours).toHaveLength(5);
    expect(f.adapter.replies()[0]?.text).toContain('Lestijden ingesteld (A1): ma-vr 08:30-12:00');
  });

  it.each<[CommandName, string]>([
    ['rules', 'De afspraken in Groep 7B'],
    ['help', '/rules - de afspraken van de groep'],
    ['status', 'Leerkracht: Juf Marieke. Leidinggevende: Meester Henk.'],
  ])('everyone may read /%s', async (name, expected) => {
    const f = brainFixture();
    await f.command(PARENT, name);
    expect(f.adapter.replies()[0]?.text).toContain(expected);
    expect(f.adapter.replies().some((r) => r.text.includes('/forget'))).toBe(false);
  });

  it('staff see the staff help and the number of open alerts, privately', async () => {
    const f = brainFixture();
    await f.post('Bram', 'loser');
    await f.command(TEACHER, 'help');
    await f.command(TEACHER, 'status');
    const texts = f.adapter.replies().map((r) => r.text);
    expect(texts.some((t) => t.includes('/forget naam'))).toBe(true);
    expect(texts.some((t) => t.includes('Open meldingen: 1.'))).toBe(true);
  });

  it('a command in the private chat finds the one group the teacher runs', async () => {
    const f = brainFixture();
    await f.command(TEACHER, 'lessons', [], { private: true });
    expect(f.adapter.replies()[0]?.text).toBe('Er zijn geen lestijden ingesteld (A1).');
    await f.command(PARENT, 'lessons', [], { private: true });
    expect(f.adapter.replies()[1]?.text).toBe(
      'Ik ken geen groep waarin jij leerkracht of leidinggevende bent.',
    );
  });

  it('setup only in the group itself; a second admin cannot take an existing group over', async () => {
    const f = brainFixture();
    await f.command(TEACHER, 'setup', [], { private: true });
    expect(f.adapter.replies()[0]?.text).toBe('/setup werkt alleen in de klassengroep zelf.');
    await f.command({ id: 'u-other', name: 'Meester Piet' }, 'setup', ['leerlingen'], { admin: true });
    expect(f.adapter.replies()[1]?.text).toContain(
      'Deze groep is al ingesteld; Juf Marieke is de leerkracht.',
    );
    expect(f.group().type).toBe('parents');
  });

  it('announce and contacts say politely that e-mail is not set up (B1)', async () => {
    const f = brainFixture();
    await f.command(TEACHER, 'announce', ['Morgen', 'vrij']);
    expect(f.adapter.replies()[0]?.text).toContain('e-mail is nog niet ingesteld');
  });

  it('a failing command is answered with an apology and logged without content', async () => {
    const f = brainFixture();
    f.store.close();
    await f.command(TEACHER, 'incidents');
    expect(f.adapter.replies()[0]?.text).toContain('Er ging iets mis');
    expect(f.log.lines.join('\n')).toMatch(/command\.failed command=incidents/);
  });
});
