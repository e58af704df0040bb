import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../../src/app/scan/report-html.js';
import { renderJsonReport } from '../../../src/app/scan/report-json.js';
import { GROEP_6, scanWithTestEngine } from './scan-fixture.js';

const tmp = mkdtempSync(join(tmpdir(), 'klaswacht-scan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('scanExport', () => {
  it('counts messages, participants, media and flags of a class group export', async () => {
    const r = await scanWithTestEngine(GROEP_6);
    expect(r.summary).toMatchObject({
      firstDay: '2025-03-03',
      lastDay: '2025-03-24',
      messages: 22,
      participants: 6,
      notices: 2,
      deleted: 1,
      flaggedMessages: 8,
      worst: 'critical',
      bySeverity: { low: 1, medium: 5, high: 1, critical: 1 },
    });
    expect(r.summary.media.unknown).toBe(1);
    expect(r.summary.byCategory.bullying?.messages).toBe(4);
    expect(r.summary.byCategory.personal_data?.messages).toBe(1);
    expect(r.days).toHaveLength(22);
    const flaggedDays = r.days.filter((d) => d.flagged > 0).map((d) => [d.day, d.flagged]);
    expect(flaggedDays).toEqual([
      ['2025-03-05', 3],
      ['2025-03-12', 1],
      ['2025-03-14', 3],
      ['2025-03-18', 1],
    ]);
    expect(r.days.find((d) => d.day === '2025-03-07')).toMatchObject({ messages: 0, flagged: 0 });
  });

  it('groups flagged messages by person, most flagged first, and masks a phone number as a name', async () => {
    const r = await scanWithTestEngine(GROEP_6);
    expect(r.people.map((p) => [p.author, p.flaggedMessages, p.worst])).toEqual([
      ['Kees de Boer', 5, 'high'],
      ['Fatima El Amrani', 1, 'critical'],
      ['+•• • ••••••44', 1, 'medium'],
      ['Pieter Jansen', 1, 'medium'],
    ]);
    expect(r.people[0]?.categories).toEqual(['bullying', 'profanity', 'threat']);
  });

  it('keeps masked excerpts of flagged messages only; unflagged text appears nowhere', async () => {
    const r = await scanWithTestEngine(GROEP_6);
    const phone = r.flagged.find((f) => f.findings.some((x) => x.category === 'personal_data'));
    expect(phone?.excerpt).toBe('Kees, bel me even: [telefoonnummer]');
    const selfHarm = r.flagged.find((f) => f.worst === 'critical');
    expect(selfHarm?.excerpt).toContain('niet meer leven');
    expect(selfHarm?.excerpt).toContain(' / Ik maak me zorgen.');
    for (const out of [renderJsonReport(r), renderHtmlReport(r, 'nl'), renderHtmlReport(r, 'en')]) {
      for (const unflagged of [
        'kinderboerderij',
        'ouderavond',
        'Fijne week',
        'grote zaal',
        'doe even normaal',
      ]) {
        expect(out).not.toContain(unflagged);
      }
      expect(out).not.toMatch(/12345678|11223344/);
    }
  });

  it('reads the same report out of a zip export', async () => {
    const zip = join(tmp, 'WhatsApp Chat met Groep 6.zip');
    writeFileSync(
      zip,
      zipSync({
        'WhatsApp Chat met Groep 6 ouders.txt': readFileSync(GROEP_6),
        'IMG-1.jpg': new Uint8Array(9),
      }),
    );
    const fromZip = await scanWithTestEngine(zip);
    const fromText = await scanWithTestEngine(GROEP_6);
    expect({ ...fromZip, file: '', zipEntry: undefined }).toEqual({ ...fromText, file: '' });
    expect(fromZip.zipEntry).toBe('WhatsApp Chat met Groep 6 ouders.txt');
  });
});
