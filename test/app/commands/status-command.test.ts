import { describe, expect, it } from 'vitest';
import { brainFixture, TEACHER } from '../support/brain-fixture.js';

const PARENT = { id: 'u-anna', name: 'Anna' };

describe('/status: what the bot can and cannot do here, for staff', () => {
  it('lists every right it has, privately to staff, and nothing of it to others', async () => {
    const f = brainFixture();
    await f.command(TEACHER, 'status');
    const [reply] = f.adapter.replies();
    expect(reply?.private).toBe(true);
    expect(reply?.text).toContain('Wat ik in deze groep kan:');
    expect(reply?.text).toContain('✓ Ik lees alle berichten in de groep mee.');
    expect(reply?.text).toContain('✓ Ik kan berichten met persoonsgegevens verwijderen (A2).');
    expect(reply?.text).toContain('✓ Ik kan leden privé een bericht sturen (A3).');
    expect(reply?.text).not.toContain('✗');
    expect(reply?.text).not.toContain('Rechten die ik hier mis');

    await f.command(PARENT, 'status');
    expect(f.adapter.replies()[1]?.text).not.toContain('Wat ik in deze groep kan');
  });

  it('says what it cannot do and what to do about it, in the platform words when it has them', async () => {
    const f = brainFixture();
    f.adapter.caps = {
      canDelete: false,
      canMute: false,
      canReadAllMessages: false,
      canSendPrivate: true,
      missingRights: ['Delete messages', 'Ban users'],
    };
    f.adapter.hints = { read_all_messages: 'Zet de privacymodus uit bij @BotFather.' };
    await f.command(TEACHER, 'status');
    const text = f.adapter.replies()[0]?.text ?? '';
    expect(text).toContain(
      "✗ Ik zie alleen commando's en berichten aan mij, dus ik kan de groep nu niet modereren. Zet de privacymodus uit bij @BotFather.",
    );
    expect(text).toContain('✗ Ik kan geen berichten verwijderen; bij persoonsgegevens vraag ik jou');
    expect(text).toContain('✗ Ik kan niemand tijdelijk dempen');
    // No platform words for granting rights: the neutral text.
    expect(text).toContain(
      'Rechten die ik hier mis: Delete messages, Ban users. Een beheerder van de groep kan ze mij geven',
    );
  });

  it('answers in English in an English group', async () => {
    const f = brainFixture({ group: { language: 'en' } });
    f.adapter.caps = { ...f.adapter.caps, canSendPrivate: false };
    await f.command(TEACHER, 'status');
    expect(f.adapter.replies()[0]?.text).toContain('✗ I cannot send members private messages');
  });

  it('still answers when the platform cannot say (a network error), and logs it without text', async () => {
    const f = brainFixture();
    await f.post('Bram', 'loser');
    f.adapter.capsError = new TypeError('fetch failed');
    f.advance(61_000); // past the capability cache
    await f.command(TEACHER, 'status');
    const text = f.adapter.replies()[0]?.text ?? '';
    expect(text).toContain('Open meldingen: 1.');
    expect(text).toContain('Ik kon mijn rechten in deze groep nu niet opvragen.');
    expect(f.log.lines.join('\n')).toMatch(/status\.capabilities_failed .*error=TypeError/);
  });
});
