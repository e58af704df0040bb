import { afterEach, describe, expect, it } from 'vitest';
import { type ConsoleSession, consoleSession } from '../support/console-bot.js';

// The console class group with the real brain, in-process: what the teacher and the
// parents read in the terminal.

const ROSTER = `
group: { chatId: groep-5a, className: Groep 5A, school: De Linde, type: parents, language: nl }
bot: { canDelete: false, canMute: false }
members:
  - { name: Juf Marieke, role: teacher, admin: true }
  - { name: Meester Henk, role: supervisor, inGroup: false }
  - { name: Anna, role: parent }
  - { name: Meester Tom, role: staff }
`;

let session: ConsoleSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the console group with the brain', () => {
  it('/status tells the teacher privately what the bot can and cannot do there', async () => {
    session = await consoleSession(ROSTER, ['Anna: /status', 'Juf Marieke: /status']);
    const [toGroup] = session.to('group');
    expect(toGroup).toContain('Leerkracht: Juf Marieke.');
    expect(toGroup).not.toContain('Wat ik in deze groep kan');
    const [toTeacher] = session.to('Juf Marieke');
    expect(toTeacher).toContain('Wat ik in deze groep kan:');
    expect(toTeacher).toContain('✓ Ik lees alle berichten in de groep mee.');
    expect(toTeacher).toContain('✗ Ik kan geen berichten verwijderen; bij persoonsgegevens vraag ik jou');
    expect(toTeacher).toContain('✗ Ik kan niemand tijdelijk dempen');
  });

  it('a new name joins the group: one welcome for the newcomers, and the teacher can register their consent', async () => {
    session = await consoleSession(ROSTER, [
      'Xander: hoi allemaal, ik ben de vader van Lotte',
      'Yara: hallo!',
      'Juf Marieke: /consent Yara foto',
    ]);
    const joinedAt = session.blocks.findIndex((b) => b.text === 'Xander is lid geworden van de groep');
    const welcomeAt = session.blocks.findIndex(
      (b) => b.speaker === 'klaswacht' && b.text.startsWith('Welkom in'),
    );
    expect(joinedAt).toBeGreaterThanOrEqual(0);
    expect(welcomeAt).toBeGreaterThan(joinedAt);
    const welcomes = session.to('group').filter((t) => t.startsWith('Welkom in'));
    expect(welcomes).toHaveLength(1);
    expect(welcomes[0]).toContain('Welkom in Groep 5A');
    expect(welcomes[0]).not.toMatch(/Xander|Yara/);
    expect(session.to('Juf Marieke')).toContain('Toestemming geregistreerd voor Yara: foto.');
  });

  it('B2: a staff member who talks about the school without saying so is reminded privately, once', async () => {
    session = await consoleSession(ROSTER, [
      'Meester Tom: Ik snap de zorgen, maar de school doet er echt alles aan.',
      'Meester Tom: En de directie heeft er ook een brief over gestuurd.',
      'Anna: Fijn om te horen, dank je.',
    ]);
    const toTom = session.to('Meester Tom');
    expect(toTom).toHaveLength(1);
    expect(toTom[0]).toContain('Hallo Meester Tom, dank je voor je bericht in Groep 5A.');
    expect(toTom[0]).toContain('(B2)');
    expect(session.to('group')).toEqual([]);
  });
});
