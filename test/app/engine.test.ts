import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.js';
import { DEFAULT_CONFIG_DIR } from '../../src/app/paths.js';
import { ConfigError } from '../../src/core/config-error.js';

/** A copy of the shipped configuration with `files` added or replaced (name: `nl/insults`). */
function configWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'klaswacht-config-'));
  cpSync(join(DEFAULT_CONFIG_DIR, 'lexicons'), join(dir, 'lexicons'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, 'lexicons', name.split('/')[0] as string), { recursive: true });
    writeFileSync(join(dir, 'lexicons', `${name}.txt`), content);
  }
  return dir;
}

describe('createEngine', () => {
  it('loads the shipped configuration', () => {
    const engine = createEngine();
    expect(engine.analyse({ text: 'Morgen gym, vergeet de tas niet!' }).findings).toEqual([]);
  });

  it('runs only the detectors asked for (the benchmark measures personal data alone)', () => {
    const engine = createEngine({ detectors: ['personal-data'] });
    expect(engine.detectorIds).toEqual(['personal-data']);
    expect(
      engine.analyse({ text: 'jij bent een loser, bel 06-12345678' }).findings.map((f) => f.category),
    ).toEqual(['personal_data']);
    expect(() => createEngine({ detectors: ['no-such-detector'] })).toThrow(
      /unknown detector "no-such-detector"/,
    );
  });

  it('refuses a lexicon file that no detector reads (a misnamed file would be silently ignored)', () => {
    const dir = configWith({ 'nl/scheldwoorden-typo': 'loser\n' });
    expect(() => createEngine({ configDir: dir })).toThrow(
      /no detector reads lexicon "nl\/scheldwoorden-typo"/,
    );
  });

  it('fails start-up on a bad line in a shipped lexicon, naming file and line', () => {
    const name = 'nl/pd-health-conditions';
    const shipped = readFileSync(join(DEFAULT_CONFIG_DIR, 'lexicons', `${name}.txt`), 'utf8');
    const lines = shipped.split('\n').length;
    const dir = configWith({ [name]: `${shipped}\nadhd | bogus=1\n` });
    expect(() => createEngine({ configDir: dir })).toThrow(ConfigError);
    expect(() => createEngine({ configDir: dir })).toThrow(
      new RegExp(`pd-health-conditions\\.txt:${lines + 1}: `),
    );
  });

  it('reports a missing lexicon folder as a configuration problem', () => {
    expect(() => createEngine({ configDir: join(tmpdir(), 'klaswacht-does-not-exist') })).toThrow(
      ConfigError,
    );
  });
});
