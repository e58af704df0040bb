import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-command.js';
import { explainCommand } from '../../src/cli/explain-command.js';
import { formatDryRun } from '../../src/cli/format-dry-run.js';
import { decide } from '../../src/core/policy/index.js';
import { finding, input, NOW } from '../core/policy/fixtures.js';

function io(): CliIo & { out: () => string } {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => {
    out += d;
  });
  return {
    stdin: new PassThrough(),
    stdout,
    stderr: new PassThrough(),
    env: {},
    isTty: false,
    out: () => out,
  };
}

describe('klaswacht explain: what the bot would do with it in a parents group', () => {
  it('prints the actions in plain words and every why line of the decision', () => {
    const decision = decide(input({ findings: [finding('personal_data', 'medium')] }));
    const text = formatDryRun(decision, NOW);
    const lines = text.split('\n');
    expect(lines[1]).toBe("in a parents' group (a parent's first message; a dry run, nothing is sent):");
    expect(lines).toContain('  would do:  delete the message');
    expect(lines).toContain('  would do:  private note explaining the deletion');
    expect(lines).toContain('  would do:  alert the teacher');
    for (const why of decision.why) expect(lines).toContain(`  why:       ${why}`);
  });

  it('says so when the bot would do nothing', () => {
    const text = formatDryRun(decide(input()), NOW);
    expect(text).toContain('  would do:  nothing\n');
    expect(text).toContain('  why:       nothing to do\n');
  });

  it('runs the shipped core and policy on the text: findings first, then the dry run', async () => {
    const x = io();
    expect(await explainCommand.run(['Mijn nummer is 06-12345678, app me voor de carpool.'], x)).toBe(0);
    const out = x.out();
    expect(out).toMatch(/finding: +personal_data phone/);
    const dryRun = out.slice(out.indexOf("in a parents' group"));
    expect(out.indexOf('finding:')).toBeLessThan(out.indexOf("in a parents' group"));
    expect(dryRun).toContain('would do:  delete the message');
    expect(dryRun).toMatch(/why: +delete: A2: personal_data is removed/);
  });
});
