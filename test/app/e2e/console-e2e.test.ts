import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botBlocks, deletedIds, readTranscript } from '../../adapters/console-transcript.js';
import { botEnv, type Run, runBot } from './run-bot.js';

/**
 * `npm start` on a fresh checkout: a scripted evening in the demo class group piped
 * into `klaswacht start`, with a temporary database. Only personal data, consent and
 * the teacher's own commands are scripted here, so the run does not depend on how the
 * abuse detectors word their findings (their own corpus tests that).
 */
const CONVERSATION = [
  'Anna: Goedemorgen allemaal! Morgen is er gym, vergeet de gymtas niet.',
  'Bram: Hoi! Mijn nummer is 06-12345678, app me voor de carpool naar het museum.',
  'Cem: Wie heeft er nog een oude regenjas voor de knutselmiddag?',
  'Juf Marieke: /consent Anna foto',
  'Anna: [foto] De klassenfoto van het schoolreisje',
  'Daan: [foto] Kijk wat ik vanmiddag op het schoolplein zag',
  'Bram: Sorry, mailen kan ook: bram.jansen@example.nl voor wie wil ruilen',
  'Juf Marieke (privé): /incidents',
  'Juf Marieke (privé): /handle 1 doorsturen',
  'Juf Marieke (privé): /export Bram',
];
const UNFLAGGED = ['vergeet de gymtas niet', 'oude regenjas voor de knutselmiddag', 'schoolreisje'];
const PERSONAL = ['06-12345678', '0612345678', '12345678', 'bram.jansen@example.nl', 'bram.jansen'];

let dir: string;
let db: string;
let run: Run;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'klaswacht-e2e-'));
  db = join(dir, 'data', 'klaswacht.sqlite');
  run = await runBot(['start'], { cwd: dir, env: botEnv(db), input: `${CONVERSATION.join('\n')}\n` });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start: the console class group, piped', () => {
  it('runs to the end of input and exits cleanly', () => {
    expect(run.stderr).toMatch(/start platforms=console/);
    expect(run.code).toBe(0);
  });

  it('deletes the messages with personal data, and the group sees one kind reminder, naming no one', () => {
    expect(deletedIds(run.stdout)).toEqual(['2', '7']);
    const group = botBlocks(run.stdout).filter((b) => b.audience === 'group');
    expect(group.map((b) => b.text)).toEqual([expect.stringContaining('persoonsgegevens')]);
    for (const b of group) expect(b.text).not.toMatch(/Bram|Daan/);
  });

  it('tells the posters privately why (A2, A3, A5)', () => {
    const toBram = botBlocks(run.stdout).filter((b) => b.audience === 'Bram');
    expect(toBram).toHaveLength(2);
    expect(toBram[0]?.text).toContain('ik heb je bericht in Groep 7B verwijderd');
    const toDaan = botBlocks(run.stdout).filter((b) => b.audience === 'Daan');
    expect(toDaan.map((b) => b.text)).toEqual([expect.stringContaining('schriftelijke toestemming')]);
    expect(botBlocks(run.stdout).some((b) => b.audience === 'Anna')).toBe(false);
  });

  it('alerts the teacher with masked excerpts, and forwards to the supervisor on request (B4)', () => {
    const teacher = botBlocks(run.stdout).filter((b) => b.channel === 'leerkracht');
    const alerts = teacher.filter((b) => b.text.startsWith('Melding voor de leerkracht'));
    expect(alerts.map((b) => /Melding #(\d+): ([^(]+)/.exec(b.text)?.slice(1, 3))).toEqual([
      ['1', 'persoonsgegevens '],
      ['2', 'beeld of geluid zonder toestemming '],
      ['3', 'persoonsgegevens '],
    ]);
    expect(alerts[0]?.text).toContain('Fragment: "Hoi! Mijn nummer is [telefoonnummer]');
    expect(alerts[0]?.text).toContain('knoppen: [Gezien: /handle 1 seen]');
    const supervisor = botBlocks(run.stdout).filter((b) => b.channel === 'leidinggevende');
    expect(supervisor).toHaveLength(1);
    expect(supervisor[0]).toMatchObject({ audience: 'Meester Henk' });
    expect(supervisor[0]?.text).toContain('Doorgestuurd door Juf Marieke');
    expect(supervisor[0]?.text).toContain('Melding #1');
  });

  it("answers the teacher's commands privately: incidents, and a dossier as Markdown and CSV", () => {
    const teacher = botBlocks(run.stdout).filter((b) => b.channel === 'leerkracht');
    expect(teacher.some((b) => b.text.startsWith('Toestemming geregistreerd voor Anna: foto.'))).toBe(true);
    expect(teacher.some((b) => b.text.startsWith('Open meldingen in Groep 7B (3):'))).toBe(true);
    const dossier = teacher.find((b) => b.text.startsWith('Het dossier van Bram'));
    expect(dossier?.text).toContain('bijlage: dossier-bram-');
    expect(dossier?.text).toContain('| # Dossier Bram, Groep 7B, Basisschool De Regenboog');
    expect(dossier?.text).toContain('[e-mailadres]');
  });

  it('no bot text carries the personal data it removed', () => {
    const bot = botBlocks(run.stdout)
      .map((b) => b.text)
      .join('\n');
    for (const p of PERSONAL) expect(bot).not.toContain(p);
    expect(readTranscript(run.stdout).length).toBeGreaterThan(CONVERSATION.length);
  });

  it('klaswacht incidents --json lists them with masked excerpts', async () => {
    const listed = await runBot(['incidents', '--json', '--db', db], { cwd: dir, env: botEnv(db) });
    expect(listed.code).toBe(0);
    const rows = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(rows.map((r) => [r.id, r.category, r.kind, r.status])).toEqual([
      [3, 'personal_data', 'email', 'open'],
      [2, 'media_without_consent', undefined, 'open'],
      [1, 'personal_data', 'phone', 'open'],
    ]);
    expect(rows[2]).toMatchObject({
      group: 1,
      platform: 'console',
      severity: expect.any(String),
      excerpt: 'Hoi! Mijn nummer is [telefoonnummer], app me voor de carpool naar het museum.',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(rows[0]?.excerpt).toBe('Sorry, mailen kan ook: [e-mailadres] voor wie wil ruilen');
  });

  it('the database file and its WAL hold no text of an unflagged message and no unmasked personal data', () => {
    const files = [db, `${db}-wal`].filter(existsSync);
    expect(files.length).toBeGreaterThan(0);
    const bytes = files.map((f) => readFileSync(f).toString('latin1')).join('');
    expect(bytes).toContain('[telefoonnummer]');
    for (const text of [...UNFLAGGED, ...PERSONAL]) expect(bytes, text).not.toContain(text);
  });
});
