import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../../../../src/app/load-lexicons.js';
import { DEFAULT_CONFIG_DIR } from '../../../../src/app/paths.js';
import { loadAbuseLexicon } from '../../../../src/core/detectors/abuse/abuse-lexicon.js';
import {
  applyCorrections,
  TypoCorrector,
  withinOneEdit,
} from '../../../../src/core/detectors/abuse/typo-correction.js';
import { normalise } from '../../../../src/core/text/normalise.js';
import { abuseEngine, alerts } from './abuse-engine.js';

const typos = loadAbuseLexicon(loadLexicons(DEFAULT_CONFIG_DIR)).typos;
const fixed = (text: string) => (typos.correct(normalise(text).value) ?? []).map((c) => c.word);

describe('withinOneEdit', () => {
  it.each([
    ['wmen', 'women', true],
    ['womenn', 'women', true],
    ['wimen', 'women', true],
    ['wmoen', 'women', true],
    ['women', 'women', true],
    ['wmn', 'women', false],
    ['nemow', 'women', false],
    ['wonem', 'women', false],
  ])('%s ~ %s: %s', (a, b, yes) => {
    expect(withinOneEdit(a, b)).toBe(yes);
    expect(withinOneEdit(b, a)).toBe(yes);
  });
});

describe('typo correction of lexicon words', () => {
  it.each([
    ['I hate wmen.', 'women'],
    ['Ik haat moslmis.', 'moslims'],
    ['Trans people are disgutsing', 'disgusting'],
    ['gay people are disgustingg', 'disgusting'],
    ['ik haat buitenlandrs', 'buitenlanders'],
    ['I hate immigrnats', 'immigrants'],
    ['je bent een idoiot', 'idioot'],
  ])('%s -> %s', (text, word) => {
    expect(fixed(text)).toEqual([word]);
  });

  it.each([
    'wonen in Amsterdam is duur',
    'hoe heten jullie?',
    'de meiden van groep 8 hebben gewonnen',
    'we moeten drukte mijden op het plein',
    'de doden van de oorlog herdenken',
    'wij spelen tegen noobs',
    "mijn zoon zei 'mongool' tegen hem",
    'incels en muppets',
    'gadver, spruitjes',
    'Atta en Rayan komen ook',
  ])('leaves real words and names alone: %s', (text) => {
    expect(fixed(text)).toEqual([]);
  });

  it('reads only unknown words and needs exactly one target', () => {
    const t = new TypoCorrector(new Set(['women', 'woman']), ['wonen']);
    expect(t.correct('wonen')).toBeUndefined();
    // `womn` is one edit from both: no guess.
    expect(t.correct('womn')).toBeUndefined();
    expect(t.correct('a wmen b')).toEqual([{ start: 2, end: 6, word: 'women' }]);
  });

  it('maps matches on the corrected text back to the words as written', () => {
    const c = applyCorrections('i hate wmen and moslmis', [
      { start: 7, end: 11, word: 'women' },
      { start: 16, end: 23, word: 'moslims' },
    ]);
    expect(c.value).toBe('i hate women and moslims');
    expect([c.toScanned(7), c.toScannedEnd(12)]).toEqual([7, 11]);
    expect([c.toScanned(13), c.toScannedEnd(16)]).toEqual([12, 15]);
    expect([c.toScanned(17), c.toScannedEnd(24)]).toEqual([16, 23]);
    expect([c.toScanned(0), c.toScannedEnd(12)]).toEqual([0, 11]);
  });
});

describe('findings on a misspelt word point at the text as written', () => {
  const run = abuseEngine();
  it.each([
    ['I hate wmen.', 'hate', 'wmen'],
    ['Ik haat moslmis.', 'hate', 'moslmis'],
    ['Trans people are disgutsing', 'hate', 'disgutsing'],
    ["you're an idoit", 'bullying', 'idoit'],
  ])('%s', (text, category, word) => {
    const a = run(text);
    expect(alerts(a)).toContain(category);
    const f = a.findings.find((x) => x.category === category);
    expect(f && text.slice(f.start, f.end)).toContain(word);
  });
});
