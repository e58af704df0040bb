import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/app/commands/dossier.js';
import { brainFixture, SUPERVISOR, TEACHER } from '../support/brain-fixture.js';

const lastReply = (f: ReturnType<typeof brainFixture>) => f.adapter.replies().at(-1);

async function withIncidents() {
  const f = brainFixture();
  await f.post('Bram', 'mijn nummer is 06-12345678 loser', { id: '1' });
  await f.post('Anna', 'kut', { id: '2' });
  f.adapter.clear();
  return f;
}

describe('incidents and handle', () => {
  it('lists open incidents with masked excerpts, privately', async () => {
    const f = await withIncidents();
    await f.command(TEACHER, 'incidents');
    const reply = lastReply(f);
    expect(reply?.private).toBe(true);
    expect(reply?.text).toContain('Open meldingen in Groep 7B (3):');
    expect(reply?.text).toContain('Bram: "mijn nummer is [telefoonnummer] loser"');
    expect(reply?.text).not.toContain('06-12345678');
  });

  it.each([
    ['gezien', 'seen', 'gezien'],
    ['resolved', 'resolved', 'opgelost'],
    ['vals', 'false_alarm', 'vals alarm'],
  ])('handle 1 %s sets the status, audited', async (word, status, shown) => {
    const f = await withIncidents();
    await f.command(TEACHER, 'handle', ['1', word], { private: true });
    expect(lastReply(f)?.text).toBe(`Melding #1 staat nu op: ${shown}.`);
    expect(f.store.incidents.get(1)).toMatchObject({ status, handledBy: 'test:u-juf' });
    expect(f.store.audit.list({ action: 'incident.status_changed' })[0]?.details).toMatchObject({
      incident: 1,
      to: status,
    });
  });

  it('refuses a transition that would lose the conclusion', async () => {
    const f = await withIncidents();
    await f.command(TEACHER, 'handle', ['1', 'opgelost']);
    await f.command(TEACHER, 'handle', ['1', 'gezien']);
    expect(lastReply(f)?.text).toBe('Melding #1 staat op opgelost en kan niet naar gezien.');
  });

  it('forwards to the supervisor once (B4), through the outbox, headed with the teacher name', async () => {
    const f = await withIncidents();
    await f.command(TEACHER, 'handle', ['2', 'doorsturen'], { private: true });
    expect(lastReply(f)?.text).toBe('Melding #2 is doorgestuurd naar de leidinggevende (B4).');
    const [forwarded] = f.adapter.privateTo(SUPERVISOR.id);
    expect(forwarded).toContain('Doorgestuurd door Juf Marieke');
    expect(forwarded).toContain('Melding #2');
    expect(f.store.incidents.get(2)?.forwardedToSupervisor).toBe(true);
    await f.command(TEACHER, 'handle', ['2', 'forward'], { private: true });
    expect(lastReply(f)?.text).toBe('Melding #2 was al doorgestuurd naar de leidinggevende.');
    expect(f.adapter.privateTo(SUPERVISOR.id)).toHaveLength(1);
  });

  it('an incident of another group does not exist for this teacher', async () => {
    const f = await withIncidents();
    await f.command({ id: 'u-other-teacher', name: 'Meester Piet' }, 'handle', ['1', 'opgelost'], {
      private: true,
    });
    expect(lastReply(f)?.text).toBe('Melding #1 ken ik niet in jouw groepen.');
    await f.command({ id: 'u-anna', name: 'Anna' }, 'handle', ['1', 'opgelost']);
    expect(lastReply(f)?.text).toBe('Melding #1 ken ik niet in jouw groepen.');
    expect(f.store.incidents.get(1)?.status).toBe('open');
  });

  it('forwarding without a supervisor says how to link one', async () => {
    const f = brainFixture({ group: { supervisor: undefined } });
    await f.post('Bram', 'loser');
    await f.command(TEACHER, 'handle', ['1', 'doorsturen']);
    expect(lastReply(f)?.text).toBe('Er is nog geen leidinggevende gekoppeld. Gebruik eerst /supervisor.');
  });
});

describe('export', () => {
  it('a member dossier: Markdown and CSV with masked excerpts, privately, audited', async () => {
    const f = await withIncidents();
    await f.command(TEACHER, 'export', ['Bram']);
    const reply = lastReply(f);
    expect(reply?.private).toBe(true);
    expect(reply?.text).toContain('Het dossier van Bram (meldingen: 2)');
    const [md, csv] = reply?.files ?? [];
    expect(md).toMatchObject({ name: 'dossier-bram-2025-03-04.md', mimeType: 'text/markdown' });
    expect(csv).toMatchObject({ name: 'dossier-bram-2025-03-04.csv', mimeType: 'text/csv' });
    expect(md?.content).toContain('# Dossier Bram, Groep 7B, De Regenboog');
    expect(md?.content).toContain('Geëxporteerd op 2025-03-04 11:00 door Juf Marieke');
    expect(md?.content).toContain('Naam: Bram. Rol: ouder.');
    expect(md?.content).toContain('## Meldingen (2)');
    expect(md?.content).toContain(
      '| 1 | 2025-03-04 11:00 | Bram | persoonsgegevens | middel | open | mijn nummer is [telefoonnummer] loser |',
    );
    const rows = csv?.content.trimEnd().split('\r\n') ?? [];
    expect(rows[0]).toBe(
      'nummer,datum,lid,categorie,ernst,status,fragment (gemaskeerd),waarom,afgehandeld door',
    );
    expect(rows).toHaveLength(3);
    expect(`${md?.content}${csv?.content}`).not.toContain('06-12345678');
    expect(f.store.audit.list({ action: 'member.exported' })[0]).toMatchObject({
      actor: 'test:u-juf',
      details: { member: f.pseudonym('u-bram'), incidents: 2 },
    });
  });

  it('a group dossier lists every incident, audited as incidents.exported', async () => {
    const f = await withIncidents();
    await f.command(TEACHER, 'export', ['groep']);
    const [md, csv] = lastReply(f)?.files ?? [];
    expect(md?.content).toContain('## Meldingen (3)');
    expect(csv?.content.trimEnd().split('\r\n')).toHaveLength(4);
    expect(f.store.audit.list({ action: 'incidents.exported' })[0]?.details).toEqual({ incidents: 3 });
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['zei "hoi"', '"zei ""hoi"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+31 6', "'+31 6"],
    ['@cmd', "'@cmd"],
  ])('CSV cell %j -> %s (formula injection defused)', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('forget', () => {
  it('asks to confirm, then erases the member data; audited without names', async () => {
    const f = await withIncidents();
    await f.command(TEACHER, 'forget', ['Bram']);
    expect(lastReply(f)?.text).toBe(
      'Hiermee wis ik alle gegevens van Bram in deze groep: 2 meldingen, toestemmingen en herinneringen. Dit kan niet ongedaan worden gemaakt. Bevestig met: /forget Bram bevestig',
    );
    expect(f.store.incidents.list({ author: f.pseudonym('u-bram') })).toHaveLength(2);
    await f.command(TEACHER, 'forget', ['Bram', 'bevestig']);
    expect(lastReply(f)?.text).toContain('Alle gegevens van Bram zijn gewist: 2 meldingen');
    expect(f.store.incidents.list({ author: f.pseudonym('u-bram') })).toEqual([]);
    expect(f.store.members.get(f.group().id, f.pseudonym('u-bram'))).toBeUndefined();
    const audit = f.store.audit.list({ action: 'member.forgotten' })[0];
    expect(audit).toMatchObject({
      actor: 'test:u-juf',
      details: { member: f.pseudonym('u-bram'), incidents: 2 },
    });
    expect(JSON.stringify(f.store.audit.list())).not.toContain('Bram');
    // Anna's incidents stay.
    expect(f.store.incidents.list({ author: f.pseudonym('u-anna') })).toHaveLength(1);
  });

  it('a forgotten member who posts again is a new member', async () => {
    const f = await withIncidents();
    await f.command(TEACHER, 'forget', ['Bram', 'bevestig']);
    await f.post('Bram', 'hallo weer');
    expect(f.store.members.get(f.group().id, f.pseudonym('u-bram'))?.firstSeen).toEqual(f.now);
  });
});
