import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/app/engine.js';

/**
 * Hostile input never hurts (issue: foundation, item 7). Each case must finish without
 * an exception and within the test timeout: anything quadratic in the message length
 * (a backtracking regular expression, a rescan per match) takes minutes on these sizes
 * and fails here. Speed itself is measured in `npm run bench`, not here.
 */
const engine = createEngine();
const MB = 1024 * 1024;

const cases: Array<[string, () => string]> = [
  ['1 MB of ordinary chat', () => 'Hoi allemaal, morgen gym! Bel me op 06-12345678. '.repeat(MB / 50)],
  ['100,000 repeated letters', () => 'a'.repeat(100_000)],
  ['100,000 repeated digits', () => '0'.repeat(100_000)],
  ['digits split by spaces', () => '0 '.repeat(100_000)],
  ['letters split by dots', () => 'k.'.repeat(100_000)],
  ['letters split by spaces', () => 'a '.repeat(100_000)],
  ['100,000 at-signs', () => '@'.repeat(100_000)],
  ['an e-mail-like run', () => `${'a.'.repeat(50_000)}@${'b.'.repeat(50_000)}`],
  ['obfuscated at/dot words', () => 'piet [at] gmail [punt] '.repeat(20_000)],
  ['leetspeak run', () => 'l0s3r'.repeat(50_000)],
  ['postcode-like run', () => '1234 AB '.repeat(30_000)],
  ['unpaired surrogates', () => '\ud800a\udc00'.repeat(50_000)],
  ['RTL overrides', () => '\u202ekut\u202c '.repeat(50_000)],
  ['zalgo', () => `k${'\u0301\u0316\u0337'.repeat(100_000)}ut`],
  ['NUL bytes', () => 'a\u0000b\u0000'.repeat(100_000)],
  ['emoji storm', () => '🔪💀🤡'.repeat(50_000)],
  ['one giant word', () => 'kanker'.repeat(100_000)],
  ['newlines only', () => '\n'.repeat(MB)],
];

describe('hostile input', () => {
  it.each(cases)('%s: analysed without an exception', (_what, make) => {
    const text = make();
    const analysis = engine.analyse({ text });
    for (const f of analysis.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.start).toBeLessThanOrEqual(f.end);
    }
  });
});
