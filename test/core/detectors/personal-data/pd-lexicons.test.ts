import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/core/config-error.js';
import { loadPdLexicons } from '../../../../src/core/detectors/personal-data/pd-lexicons.js';
import { createLexiconSource, type LexiconFile } from '../../../../src/core/lexicon/lexicon-source.js';

const NAMES = ['pd-health-conditions', 'pd-context', 'pd-street-suffixes', 'pd-person-words'];

function source(over: Record<string, string>) {
  const files: Record<string, LexiconFile> = {};
  for (const lang of ['nl', 'en']) {
    for (const name of NAMES) {
      const key = `${lang}/${name}`;
      files[key] = { file: `config/lexicons/${key}.txt`, content: over[key] ?? defaults(name) };
    }
  }
  files['nl/pd-public-numbers'] = {
    file: 'config/lexicons/nl/pd-public-numbers.txt',
    content: '0800-0432 | name=kt',
  };
  return createLexiconSource(files);
}

function defaults(name: string): string {
  if (name === 'pd-context') return 'geboren | use=dob';
  if (name === 'pd-person-words') return 'ik | role=self';
  return name === 'pd-street-suffixes' ? '*straat' : 'adhd';
}

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigError) return e;
  }
  throw new Error('expected a ConfigError');
}

describe('pd lexicons', () => {
  it('loads and merges Dutch and English', () => {
    const lex = loadPdLexicons(source({ 'en/pd-person-words': 'i | role=self\nmy | role=det-self' }));
    expect(lex.roles.get('my')).toEqual(new Set(['det-self']));
    expect(lex.publicNumbers).toEqual([{ number: '0800-0432', name: 'kt' }]);
  });

  it('names file and line of an unknown role', () => {
    const e = errorOf(() =>
      loadPdLexicons(source({ 'nl/pd-person-words': 'ik | role=self\nhij | role=pronon' })),
    );
    expect(e.message).toMatch(/nl\/pd-person-words\.txt:2: unknown role "pronon"/);
  });

  it('names file and line of a context word without a known use', () => {
    const e = errorOf(() => loadPdLexicons(source({ 'en/pd-context': 'born | use=birth' })));
    expect(e.message).toMatch(/en\/pd-context\.txt:1: "born" needs use=/);
  });

  it('rejects attributes a lexicon does not know', () => {
    const e = errorOf(() => loadPdLexicons(source({ 'nl/pd-health-conditions': 'adhd | severity=high' })));
    expect(e.message).toMatch(/pd-health-conditions\.txt:1: unknown attribute "severity"/);
  });

  it('fails when a lexicon is missing', () => {
    const lex = source({});
    const broken = {
      ...lex,
      read: (n: string, a?: readonly string[]) => (n === 'en/pd-context' ? missing(n) : lex.read(n, a)),
    };
    expect(() => loadPdLexicons(broken)).toThrow(ConfigError);
  });
});

function missing(name: string): never {
  throw new ConfigError(`lexicon "${name}" is missing`, `config/lexicons/${name}.txt`);
}
