import { describe, expect, it } from 'vitest';
import { parseLineFile } from '../../../src/core/lexicon/line-file.js';
import { PhraseMatcher } from '../../../src/core/lexicon/phrase-matcher.js';

function matcher(lines: string): PhraseMatcher {
  return new PhraseMatcher(parseLineFile('test.txt', lines));
}

function found(m: PhraseMatcher, text: string): string[] {
  return m.findAll(text).map((x) => `${x.entry.term}@${text.slice(x.start, x.end)}`);
}

describe('PhraseMatcher', () => {
  const m = matcher('kut\nloser\nkanker*\n*hoofd\nmaak je af\n🔪\nik haat\nhaat je');

  it.each([
    ['whole words only', 'kut, gymtas vergeten', ['kut@kut']],
    ['not inside other words', 'kutsmoes? nee: kutter, loserig', []],
    ['suffix wildcard widens to the whole word', 'jij kankerlijer', ['kanker*@kankerlijer']],
    ['prefix wildcard widens to the whole word', 'wat een stomhoofd', ['*hoofd@stomhoofd']],
    ['phrases across several spaces', 'ik maak   je af', ['maak je af@maak   je af']],
    ['emoji tokens', 'na school 🔪 🔪', ['🔪@🔪', '🔪@🔪']],
    ['overlapping phrases', 'ik haat je', ['ik haat@ik haat', 'haat je@haat je']],
    ['nothing in benign text', 'morgen gym, vergeet de tas niet', []],
    ['words at the very start and end', 'loser', ['loser@loser']],
  ])('%s', (_what, text, expected) => {
    expect(found(m, text)).toEqual(expected);
  });

  it('finds terms that are suffixes of other terms (failure links)', () => {
    const k = matcher('tering\nering\nring');
    expect(found(k, 'tering ring')).toEqual(['tering@tering', 'ring@ring']);
  });

  it('stays linear on hostile input', () => {
    const k = matcher('ababc\n*abab\nabab*');
    const text = 'ab'.repeat(100_000);
    const res = k.findAll(text);
    // One word: `*abab` and `abab*` widen to the whole run and are reported once each.
    expect(res.map((r) => [r.entry.term, r.start, r.end])).toEqual([
      ['abab*', 0, text.length],
      ['*abab', 0, text.length],
    ]);
  });
});
