import { describe, expect, it } from 'vitest';
import { expectCase, findAll, findStanding, rows } from '../pd-test-kit.js';
import { EMAIL_CASES } from './email.cases.js';

describe('e-mail addresses', () => {
  it.each(rows(EMAIL_CASES))('%s', (_label, c) => expectCase(c));

  it('tells plain from obfuscated', () => {
    expect(findStanding('piet@gmail.com en piet [at] gmail [dot] com').map((f) => f.rule)).toEqual([
      'email',
      'email-obfuscated',
    ]);
  });

  it('wants a common TLD after an obfuscated address', () => {
    expect(findStanding('piet at gmail dot xyzq')).toEqual([]);
    expect(findStanding('piet@school.xyzq')).toHaveLength(1);
  });

  it('vetoes function mailboxes of organisations', () => {
    const [f] = findAll('mail naar administratie@obsdezon.nl');
    expect(f?.vetoed?.rule).toBe('organisation');
  });

  it('refuses local parts longer than 64 characters', () => {
    expect(findStanding(`${'a'.repeat(65)}@gmail.com`)).toEqual([]);
  });
});
