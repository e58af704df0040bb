import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR } from '../../../src/app/paths.js';
import {
  jobSettingsFor,
  loadScheduleConfig,
  parseScheduleConfig,
} from '../../../src/app/schedule/schedule-config.js';
import { ConfigError } from '../../../src/core/config-error.js';
import { scheduleConfig } from './schedule-harness.js';

describe('config/schedule.yaml', () => {
  it('ships valid defaults: weekly tip and digest, monthly supervisor digest, daily retention', () => {
    const c = loadScheduleConfig(DEFAULT_CONFIG_DIR);
    expect(c.timeZone).toBe('Europe/Amsterdam');
    expect(c.jobs.etiquetteTip).toEqual({ cron: '0 9 * * 1', enabled: true, groupTypes: ['parents'] });
    expect(c.jobs.supervisorDigest.cron).toBe('0 8 1 * *');
    expect(c.jobs.retention.cron).toBe('30 3 * * *');
  });

  it('applies a group’s own settings over the defaults without switching anything back on', () => {
    const c = scheduleConfig((y) =>
      y
        .replace('cron: "0 8 * * 1" # Monday 08:00', 'cron: "0 8 * * 1"\n    enabled: false')
        .replace('groups: {}', 'groups:\n  "discord:42":\n    teacherDigest: { cron: "0 16 * * 5" }\n'),
    );
    expect(jobSettingsFor(c, 'teacherDigest', { platform: 'discord', chatId: '42' })).toEqual({
      cron: '0 16 * * 5',
      enabled: false,
    });
    expect(jobSettingsFor(c, 'teacherDigest', { platform: 'discord', chatId: '43' }).cron).toBe('0 8 * * 1');
  });

  it.each([
    ['cron: "0 9 * * 1" # Monday 09:00', 'cron: "0 9 * * 8"', /jobs\.etiquetteTip\.cron/],
    ['cron: "0 9 * * 1" # Monday 09:00', 'cron: "0 0 9 * * 1"', /5-field/],
    ['timeZone: Europe/Amsterdam', 'timeZone: Europe/Amsterdm', /timeZone: unknown IANA time zone/],
    ['startsOn: "08-15"', 'startsOn: "15-08"', /schoolYear\.startsOn/],
    [
      'from: "2025-10-18", to: "2025-10-26"',
      'from: "2025-10-26", to: "2025-10-18"',
      /holidays: a holiday must end/,
    ],
    ['groups: {}', 'groups:\n  "telegram:-1":\n    weeklyTip: { enabled: false }\n', /groups\.telegram:-1/],
  ])('refuses %s changed to %s, naming the setting', (from, to, message) => {
    const text = scheduleConfig.toString() && to;
    expect(() => parseScheduleConfig(readDefaults().replace(from, text), 'config/schedule.yaml')).toThrow(
      message,
    );
    expect(() => parseScheduleConfig(readDefaults().replace(from, text), 'config/schedule.yaml')).toThrow(
      ConfigError,
    );
  });
});

function readDefaults(): string {
  return readFileSync(join(DEFAULT_CONFIG_DIR, 'schedule.yaml'), 'utf8');
}
