import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { markedAnnouncement } from '../../../src/app/mail/announcement.js';
import { domainOf } from '../../../src/app/mail/mail-service.js';
import { smtpSettingsFromEnv } from '../../../src/app/mail/smtp-settings.js';
import { PROJECT_ROOT } from '../../../src/app/paths.js';
import { ConfigError } from '../../../src/core/config-error.js';

describe('markedAnnouncement', () => {
  it.each([
    ['📢 Vrijdag geen school', 'Vrijdag geen school'],
    ['  #mededeling: gym gaat niet door', 'gym gaat niet door'],
    ['#Announcement - trip moved to Friday\nbring a coat', 'trip moved to Friday\nbring a coat'],
    ['#mededelingen van de week', undefined],
    ['Vrijdag geen school 📢', undefined],
    ['📢', undefined],
    ['gewoon een bericht', undefined],
  ])('%j -> %j', (text, expected) => {
    expect(markedAnnouncement(text)).toBe(expected);
  });
});

describe('mail settings from .env', () => {
  it('is off with .env.example as shipped', () => {
    const example = parseEnv(readFileSync(join(PROJECT_ROOT, '.env.example'), 'utf8'));
    expect(example.KLASWACHT_SMTP_PORT).toBe('587');
    expect(smtpSettingsFromEnv(example)).toBeUndefined();
  });

  it('is off without a host, and names a variable set without one', () => {
    expect(smtpSettingsFromEnv({ KLASWACHT_DB: 'x' })).toBeUndefined();
    expect(() => smtpSettingsFromEnv({ KLASWACHT_MAIL_FROM: 'a <a@b.nl>' })).toThrow(
      /KLASWACHT_MAIL_FROM is set but KLASWACHT_SMTP_HOST is not/,
    );
  });

  it('reads host, port, security, login and sender, with defaults', () => {
    expect(
      smtpSettingsFromEnv({
        KLASWACHT_SMTP_HOST: 'smtp.school.nl',
        KLASWACHT_MAIL_FROM: 'klaswacht <bot@school.nl>',
      }),
    ).toEqual({ host: 'smtp.school.nl', port: 587, security: 'starttls', from: 'klaswacht <bot@school.nl>' });
    expect(
      smtpSettingsFromEnv({
        KLASWACHT_SMTP_HOST: 'smtp.school.nl',
        KLASWACHT_SMTP_PORT: '465',
        KLASWACHT_SMTP_SECURITY: 'tls',
        KLASWACHT_SMTP_USER: 'bot',
        KLASWACHT_SMTP_PASSWORD: 'geheim',
        KLASWACHT_MAIL_FROM: 'bot@school.nl',
      }),
    ).toMatchObject({ port: 465, security: 'tls', user: 'bot', password: 'geheim' });
  });

  it('names what is wrong, never a value', () => {
    const base = { KLASWACHT_SMTP_HOST: 'smtp.school.nl', KLASWACHT_MAIL_FROM: 'bot@school.nl' };
    const badPort = () => smtpSettingsFromEnv({ ...base, KLASWACHT_SMTP_PORT: 'zeventig' });
    expect(badPort).toThrow(ConfigError);
    expect(badPort).toThrow(/KLASWACHT_SMTP_PORT/);
    expect(badPort).not.toThrow(/zeventig/);
    const halfLogin = () => smtpSettingsFromEnv({ ...base, KLASWACHT_SMTP_USER: 'bot' });
    expect(halfLogin).toThrow(/KLASWACHT_SMTP_PASSWORD: set both/);
  });

  it('takes the Message-ID domain from the sender address', () => {
    expect(domainOf('klaswacht <bot@school.nl>')).toBe('school.nl');
    expect(domainOf('bot@school.nl')).toBe('school.nl');
  });
});
