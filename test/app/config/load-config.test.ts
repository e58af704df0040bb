import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAppConfig, parseAppConfig } from '../../../src/app/config/load-config.js';
import { DEFAULT_CONFIG_DIR } from '../../../src/app/paths.js';

const shipped = readFileSync(join(DEFAULT_CONFIG_DIR, 'defaults.yaml'), 'utf8');
const file = 'config/defaults.yaml';

describe('config/defaults.yaml', () => {
  it('the shipped defaults are valid', () => {
    const config = loadAppConfig(DEFAULT_CONFIG_DIR);
    expect(config.groups.language).toBe('nl');
    expect(config.policy.derailing.minAuthors).toBe(2);
    expect(config.policy.strikes.muteAt).toBeNull();
  });

  it.each([
    ['a misspelt setting', shipped.replace('teacherFrom:', 'teacherFromm:'), 'policy.alerts'],
    [
      'a wrong severity',
      shipped.replace('teacherFrom: medium', 'teacherFrom: severe'),
      'policy.alerts.teacherFrom',
    ],
    ['an unknown time zone', shipped.replace('Europe/Amsterdam', 'Europe/Atlantis'), 'groups.timeZone'],
    [
      'raise thresholds the wrong way round',
      shipped.replace('raiseTwoAt: 2.5', 'raiseTwoAt: 0.5'),
      'policy.strikes.raiseTwoAt',
    ],
    ['a missing section', shipped.replace(/^delivery:[\s\S]*$/m, ''), 'delivery'],
    [
      'a B2 cue with lexicon syntax',
      shipped.replace('- als juf\n', '- als juf*\n'),
      'staffRole.roleCues.nl.2',
    ],
  ])('refuses %s, naming the file and the path', (_what, text, path) => {
    expect(() => parseAppConfig(text, file)).toThrow(new RegExp(`^${file}: .*${path.replace(/\./g, '\\.')}`));
  });

  it('reports every problem at once', () => {
    const text = shipped
      .replace('teacherFrom: medium', 'teacherFrom: x')
      .replace('retentionDays: 180', 'retentionDays: 0');
    expect(() => parseAppConfig(text, file)).toThrow(
      /policy\.alerts\.teacherFrom.*; groups\.retentionDays|groups\.retentionDays.*; policy\.alerts\.teacherFrom/,
    );
  });
});
