import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/config-error.js';
import { parseLineFile } from '../../../src/core/lexicon/line-file.js';

describe('parseLineFile', () => {
  it('reads terms, phrases, wildcards and attributes, skipping comments and blank lines', () => {
    const entries = parseLineFile(
      'nl/insults.txt',
      '# scheldwoorden\n\nLoser\nkanker* | tags=disease\nmaak je af | severity=high target=person  # phrase\n',
      ['tags', 'severity', 'target'],
    );
    expect(entries.map((e) => [e.term, e.attrs, e.line])).toEqual([
      ['loser', {}, 3],
      ['kanker*', { tags: 'disease' }, 4],
      ['maak je af', { severity: 'high', target: 'person' }, 5],
    ]);
  });

  it('normalises terms like messages', () => {
    expect(parseLineFile('f.txt', 'Kánker\nｌｏｓｅｒ\nl0s3r*').map((e) => e.term)).toEqual([
      'kanker',
      'loser',
      'loser*',
    ]);
  });

  it.each([
    ['an attribute without a value', 'loser | tags', 1, /expected key=value/],
    ['an unknown attribute', 'loser | colour=red', 1, /unknown attribute "colour"/],
    ['a wildcard inside a word', '\nka*nker', 2, /"\*" may only stand/],
    ['a wildcard in the middle of a phrase', 'maak* je af', 1, /may only open the first word/],
    ['a term that is empty after normalisation', '\u200b\u200b', 1, /empty after normalisation/],
    ['a term with only attributes', ' | tags=x', 1, /empty term/],
    ['a duplicate (after normalisation)', 'loser\nLOSER', 2, /already listed on line 1/],
  ])('fails start-up on %s, naming file and line', (_what, content, line, message) => {
    let error: unknown;
    try {
      parseLineFile('config/lexicons/nl/x.txt', content, ['tags']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).line).toBe(line);
    expect((error as ConfigError).message).toMatch(`config/lexicons/nl/x.txt:${line}`);
    expect((error as ConfigError).message).toMatch(message);
  });
});
