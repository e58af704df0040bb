import { describe, expect, it } from 'vitest';
import { brainFixture, TEACHER } from '../support/brain-fixture.js';

const MINUTE = 60_000;
const TOM = 'u-tom';
const b2 = (texts: string[]) => texts.filter((t) => t.includes('(B2)'));

describe('B2 in the brain: a kind private reminder to staff who join a discussion about the school', () => {
  it('a staff member names the school without saying they work there: reminded once a day, privately', async () => {
    const f = brainFixture();
    await f.post('Tom', 'De school doet er echt alles aan, hoor.', { role: 'staff' });
    const [reminder] = b2(f.adapter.privateTo(TOM));
    expect(reminder).toContain('Hallo Tom, dank je voor je bericht in Groep 7B.');
    expect(reminder).toContain('erbij zeggen dat ze op school werken en wat hun rol is (B2)');
    expect(f.adapter.groupTexts()).toEqual([]);

    f.advance(60 * MINUTE);
    await f.post('Tom', 'En de directie ook.', { role: 'staff' });
    expect(b2(f.adapter.privateTo(TOM))).toHaveLength(1);
    f.advance(24 * 60 * MINUTE);
    await f.post('Tom', 'Nogmaals: de school luistert.', { role: 'staff' });
    expect(b2(f.adapter.privateTo(TOM))).toHaveLength(2);
    const log = f.log.lines.join('\n');
    expect(log).toMatch(/staff_role\.reminded group=\d+/);
    expect(log).not.toMatch(/directie|luistert|Tom/);
  });

  it('joining a discussion the group is having about a teacher counts too', async () => {
    const f = brainFixture();
    await f.post('Bram', 'die juf kan er niks van');
    f.advance(3 * MINUTE);
    await f.post('Tom', 'Dat vind ik niet eerlijk, ze doet haar best.', { role: 'staff' });
    expect(b2(f.adapter.privateTo(TOM))).toHaveLength(1);
  });

  it('no reminder when they say who they are, when nobody talks about the school, or when it is not staff', async () => {
    const f = brainFixture();
    await f.post('Tom', 'Als gymleerkracht: de school heeft nieuwe ballen gekocht.', { role: 'staff' });
    await f.post('Tom', 'Wie heeft er nog een regenjas over?', { role: 'staff' });
    await f.post('Anna', 'De school doet er echt alles aan.', { role: 'parent' });
    // The group's own teacher, whom the platform calls staff: the teacher speaks for the class.
    const teacher = { id: TEACHER.id, name: TEACHER.name, role: 'staff' as const, isBot: false };
    await f.post(TEACHER.name, 'De school is morgen om 12 uur uit.', { author: teacher });
    expect(f.adapter.performed.filter((a) => a.kind === 'send_private' && a.text.includes('(B2)'))).toEqual(
      [],
    );
  });

  it('a member the teacher marked staff with /role, on a platform that reports unknown', async () => {
    const f = brainFixture();
    await f.post('Tom', 'De school doet er echt alles aan, hoor.', { role: 'unknown' });
    expect(b2(f.adapter.privateTo(TOM))).toEqual([]);

    await f.command(TEACHER, 'role', ['Tom', 'medewerker']);
    await f.post('Tom', 'De directie luistert echt wel.', { role: 'unknown' });
    expect(b2(f.adapter.privateTo(TOM))).toHaveLength(1);

    // Later sightings that know nothing keep the teacher's choice, in the store too.
    f.advance(25 * 60 * MINUTE);
    await f.post('Tom', 'Wie heeft er nog een regenjas over?', { role: 'unknown' });
    await f.post('Tom', 'En de school ook.', { role: 'unknown' });
    expect(b2(f.adapter.privateTo(TOM))).toHaveLength(2);
    expect(f.store.members.get(f.group().id, f.pseudonym(TOM))?.role).toBe('staff');
  });

  it('a role the platform knows counts over the stored one', async () => {
    const f = brainFixture();
    await f.post('Tom', 'Hallo', { role: 'unknown' });
    await f.command(TEACHER, 'role', ['Tom', 'staff']);
    await f.post('Tom', 'De school doet er echt alles aan.', { role: 'parent' });
    expect(b2(f.adapter.privateTo(TOM))).toEqual([]);
  });

  it('only in parents groups', async () => {
    const f = brainFixture({ group: { type: 'pupils' } });
    await f.post('Tom', 'De school doet er echt alles aan.', { role: 'staff' });
    expect(b2(f.adapter.privateTo(TOM))).toEqual([]);
  });

  it('in an English group, in English', async () => {
    const f = brainFixture({ group: { language: 'en' } });
    await f.post('Tom', 'Honestly the school is doing its best.', { role: 'staff' });
    expect(f.adapter.privateTo(TOM)[0]).toMatch(
      /^Hello Tom, thank you for your message in Groep 7B\..*\(B2\)/s,
    );
  });
});
