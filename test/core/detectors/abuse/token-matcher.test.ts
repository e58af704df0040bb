import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../../src/core/config-error.js';
import { loadAbuseLexicon } from '../../../../src/core/detectors/abuse/abuse-lexicon.js';
import { LIST_NAMES } from '../../../../src/core/detectors/abuse/lists.js';
import { ScanCache } from '../../../../src/core/detectors/abuse/message-scan.js';
import type { LexiconSource } from '../../../../src/core/lexicon/lexicon-source.js';
import { createLexiconSource } from '../../../../src/core/lexicon/lexicon-source.js';
import { normalise } from '../../../../src/core/text/normalise.js';

/** A lexicon source with every abuse list empty except the ones given. */
function source(files: Record<string, string>): LexiconSource {
  const all: Record<string, { file: string; content: string }> = {};
  for (const lang of ['nl', 'en']) {
    for (const list of LIST_NAMES) all[`${lang}/${list}`] = { file: `${lang}/${list}.txt`, content: '' };
  }
  for (const [name, content] of Object.entries(files)) all[name] = { file: `${name}.txt`, content };
  return createLexiconSource(all);
}

const context = {
  lang: 'nl' as const,
  allowList: [],
  memberNames: [],
  teacherNames: [],
  mentions: [],
  isReply: false,
  authorRole: 'unknown' as const,
};

function hits(files: Record<string, string>, text: string): string[] {
  const scan = new ScanCache(loadAbuseLexicon(source(files))).scan(normalise(text), context);
  return scan.hits.map((h) => `${h.entry.list}:${scan.value.slice(h.start, h.end)}`);
}

describe('the abuse lexicon and its word matcher', () => {
  it.each([
    ['whole words only', { 'nl/insults': 'loser' }, 'losers zijn geen loser!', ['insults:loser']],
    ['phrases', { 'nl/threats': 'maak je af | kind=violence' }, 'ik maak je af', ['threats:maak je af']],
    ['a word that may continue', { 'nl/profanity': 'kanker*' }, 'kankerleuk', ['profanity:kankerleuk']],
    [
      'a word that may begin',
      { 'nl/slurs': '*mongool | group=disability' },
      'kankermongool',
      ['slurs:kankermongool'],
    ],
    [
      'fillers are skipped',
      { 'nl/self-harm': 'ik wil dood', 'nl/fillers': 'echt\ngewoon' },
      'ik wil echt gewoon dood',
      ['self-harm:ik wil echt gewoon dood'],
    ],
    [
      'chat spellings are written out',
      { 'nl/self-harm': 'ik wil niet meer leven', 'nl/spellings': 'kwil | to=ik_wil\nnie | to=niet' },
      'kwil nie meer leven',
      ['self-harm:kwil nie meer leven'],
    ],
    [
      'gapped lines allow a few words between',
      { 'nl/self-harm': 'ik ... wil ... dood' },
      'ik wil zo heel graag dood',
      ['self-harm:ik wil zo heel graag dood'],
    ],
    [
      'gapped lines never cross a negation',
      { 'nl/self-harm': 'ik ... wil ... dood' },
      'ik wil niet dood',
      [],
    ],
    ['gapped lines stay in one sentence', { 'nl/self-harm': 'ik ... wil ... dood' }, 'ik wil. dood', []],
    [
      'punctuation inside a line must be there',
      { 'en/extremism': '9/11 | kind=attack' },
      '9/11 was bad, 9 11',
      ['extremism:9/11'],
    ],
    ['masked letters', { 'en/insults': 'bitch' }, 'shut up b*tch', ['insults:b*tch']],
    [
      'a line of the other language only matches in its own',
      { 'en/insults': 'hoe | scope=lang' },
      'hoe gaat het',
      [],
    ],
  ])('%s', (_what, files, text, expected) => {
    expect(hits(files, text)).toEqual(expected);
  });

  it('refuses an attribute value outside the schema, with file and line', () => {
    expect(() => loadAbuseLexicon(source({ 'nl/insults': 'loser\nsukkel | sev=hihg' }))).toThrow(ConfigError);
    expect(() => loadAbuseLexicon(source({ 'nl/insults': 'loser\nsukkel | sev=hihg' }))).toThrow(
      /insults\.txt:2/,
    );
  });

  it('refuses "..." at the edge of a line', () => {
    expect(() => loadAbuseLexicon(source({ 'nl/self-harm': '... dood' }))).toThrow(
      /must stand between words/,
    );
  });

  it('requires the attributes a list needs (a person word without a role)', () => {
    expect(() => loadAbuseLexicon(source({ 'nl/persons': 'jij' }))).toThrow(ConfigError);
  });

  it('keeps at most a bounded number of hits per list, so hostile repetition stays linear', () => {
    const scan = new ScanCache(loadAbuseLexicon(source({ 'nl/insults': 'loser' }))).scan(
      normalise('loser '.repeat(5000)),
      context,
    );
    expect(scan.list('insults').length).toBeLessThanOrEqual(128);
  });
});
