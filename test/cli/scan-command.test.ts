import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-command.js';
import { makeScanCommand, scanCommand } from '../../src/cli/scan-command.js';
import { fakeEngine } from '../app/scan/fake-engine.js';
import { GROEP_6, SCAN_FIXTURES } from '../app/scan/scan-fixture.js';

const tmp = mkdtempSync(join(tmpdir(), 'klaswacht-scan-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const command = makeScanCommand(() => fakeEngine());

function io(isTty = false): CliIo & { out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  return { stdin: new PassThrough(), stdout, stderr, env: {}, isTty, out: () => out, err: () => err };
}

describe('klaswacht scan', () => {
  it('writes JSON to standard output with --json, without a progress bar when piped', async () => {
    const x = io(false);
    expect(await command.run([GROEP_6, '--json', '--teacher', 'Juf Mirjam'], x)).toBe(0);
    const json = JSON.parse(x.out());
    expect(json).toMatchObject({
      version: 1,
      file: 'groep-6-ouders.txt',
      policyApplied: true,
      summary: { flaggedMessages: 8, byCategory: { derailing: { messages: 1 } } },
    });
    expect(x.err()).toBe('');
  });

  it('writes the HTML report to --out and says where, storing nothing else', async () => {
    const dir = mkdtempSync(join(tmp, 'run-'));
    const out = join(dir, 'rapport.html');
    const x = io(false);
    expect(await command.run([GROEP_6, '--out', out, '--lang', 'en'], x)).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<html lang="en">/);
    expect(x.out()).toBe(`22 messages, 8 flagged. Report: ${out}\n`);
    expect(readdirSync(dir)).toEqual(['rapport.html']);
  });

  it('draws a progress bar on a terminal for a long file, ending at 100%', async () => {
    const big = join(tmp, 'big.txt');
    const lines: string[] = [];
    for (let i = 0; i < 30_000; i++)
      lines.push(
        `0${1 + (i % 9)}-03-2025 10:${String(i % 60).padStart(2, '0')} - Anna: bericht nummer ${i} over de gymles`,
      );
    writeFileSync(big, lines.join('\n'));
    const x = io(true);
    expect(await command.run([big, '--out', join(tmp, 'big.html')], x)).toBe(0);
    const frames = x.err().split('\r').filter(Boolean);
    expect(frames.length).toBeGreaterThan(2);
    expect(frames.at(-1)).toMatch(/big\.txt \[#{30}\] 100%/);
    expect(x.err().endsWith('\n')).toBe(true);
  });

  it('names a missing file and a file that is no export (exit 1), and refuses bad options (usage)', async () => {
    const x = io();
    expect(await command.run([join(tmp, 'nope.txt')], x)).toBe(1);
    expect(x.err()).toMatch(/cannot read .*nope\.txt \(ENOENT\)/);
    const notes = join(tmp, 'notes.txt');
    writeFileSync(notes, 'boodschappen\nmelk\n');
    const y = io();
    expect(await command.run([notes], y)).toBe(1);
    expect(y.err()).toMatch(/does not look like a WhatsApp chat export/);
    await expect(command.run([GROEP_6, '--lang', 'fr'], io())).rejects.toThrow(/--lang must be nl or en/);
    await expect(command.run([GROEP_6, '--date-order', 'ydm'], io())).rejects.toThrow(/--date-order/);
    await expect(command.run([GROEP_6, '--tz', 'Mars/Olympus'], io())).rejects.toThrow(/unknown time zone/);
    await expect(command.run([GROEP_6, '--group', 'class'], io())).rejects.toThrow(/--group must be/);
    await expect(command.run([], io())).rejects.toThrow(/exactly one export file/);
    expect(existsSync(join(tmp, 'groep-6-ouders.klaswacht.html'))).toBe(false);
  });

  it('with the shipped engine and policy, prints no personal data of the invented sample chat', async () => {
    const x = io();
    const out = join(tmp, 'sample.html');
    const sample = join(SCAN_FIXTURES, 'sample-groep-7b.txt');
    expect(await scanCommand.run([sample, '--out', out, '--teacher', 'Meester Tom'], x)).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('[telefoonnummer]');
    expect(html).toContain('[adres]');
    expect(html).not.toMatch(/12345678|98765432|Lindelaan/);
    // Unflagged messages leave no text behind.
    expect(html).not.toMatch(/schoolfotograaf|fietsenhok|gymtas van Noor|informatieavond om 19:30/);
  });
});
