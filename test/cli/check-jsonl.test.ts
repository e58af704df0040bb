import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/klaswacht.js');

function run(
  args: string[],
  stdin: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('klaswacht check --jsonl (child process)', () => {
  it('answers every line in order, with per-line errors for malformed lines', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Morgen gym, vergeet de tas niet!', lang: 'nl' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: 42 }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ id: 'd', text: 'hello', lang: 'fr' }),
      '',
      JSON.stringify({ id: 7, text: 'See you tomorrow at 10:30' }),
      JSON.stringify({ text: 'geen id' }),
    ].join('\n');
    const { code, stdout, stderr } = await run(['check', '--jsonl'], `${input}\n`);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(9);
    expect(out[0]).toEqual({ id: 'a', flags: [] });
    expect(out[1]).toMatchObject({ id: null, error: expect.stringMatching(/not valid JSON/) });
    expect(out[2]).toMatchObject({ id: 'b', error: expect.stringMatching(/text/) });
    expect(out[3]).toMatchObject({ id: 'c', error: expect.stringMatching(/text/) });
    expect(out[4]).toMatchObject({ id: null, error: expect.stringMatching(/object/) });
    expect(out[5]).toMatchObject({ id: 'd', error: expect.stringMatching(/lang/) });
    expect(out[6]).toMatchObject({ id: null, error: expect.any(String) });
    expect(out[7]).toEqual({ id: 7, flags: [] });
    expect(out[8]).toEqual({ id: null, flags: [] });
  });

  it('flags personal data with the contract fields and offsets into the original text', async () => {
    const text = 'Het nummer van Daan is 06-12345678';
    const { code, stdout } = await run(
      ['check', '--jsonl'],
      `${JSON.stringify({ id: 'p', text, lang: 'nl' })}\n`,
    );
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.id).toBe('p');
    expect(answer.flags).toHaveLength(1);
    const flag = answer.flags[0];
    expect(flag).toMatchObject({ category: 'personal_data', severity: 'medium', kind: 'phone' });
    expect(typeof flag.rule).toBe('string');
    expect(text.slice(flag.start, flag.end)).toBe('06-12345678');
  });

  it('copes with Windows line endings, a missing final newline and hostile lines', async () => {
    const hostile = JSON.stringify({ id: 'h', text: `${'\u202e'}${'a\u0301'.repeat(50_000)}\u0000\ud800` });
    const input = `${JSON.stringify({ id: 'x', text: 'hoi' })}\r\n${hostile}\r\n${JSON.stringify({ id: 'y', text: 'doei' })}`;
    const { code, stdout } = await run(['check', '--jsonl'], input);
    expect(code).toBe(0);
    const ids = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['x', 'h', 'y']);
  });

  it('prints a readable verdict for one text and refuses wrong usage with exit code 2', async () => {
    const ok = await run(['check', 'Morgen gym!'], '');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/nothing to flag/);
    const bad = await run(['check', '--lang', 'de', 'hallo'], '');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang must be nl or en/);
    const unknown = await run(['frobnicate'], '');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command/);
  });
});
