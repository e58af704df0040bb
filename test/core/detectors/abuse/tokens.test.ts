import { describe, expect, it } from 'vitest';
import { findQuotes, insideQuotes } from '../../../../src/core/detectors/abuse/quotes.js';
import { tokenize } from '../../../../src/core/detectors/abuse/tokens.js';

const words = (s: string) => tokenize(s).list.map((t) => t.text);
const sentences = (s: string) => tokenize(s).list.map((t) => t.sentence);
const clauses = (s: string) => tokenize(s).list.map((t) => t.clause);

describe('tokenize', () => {
  it.each([
    ['words, apostrophes inside words', "zo'n homo's don't", ["zo'n", "homo's", "don't"]],
    ['emoji are tokens of their own', 'dood 🔪 💀', ['dood', '🔪', '💀']],
    ['numbers keep their punctuation out', 'lokaal 3.02 om 8,30', ['lokaal', '3', '02', 'om', '8', '30']],
    ['typographic quotes separate', '‘kys’ zei hij', ['kys', 'zei', 'hij']],
  ])('%s', (_what, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('ends sentences at . ! ? but not inside numbers or words', () => {
    expect(sentences('hoi. 3.02 is het lokaal! www.school.nl? ja')).toEqual([0, 1, 1, 1, 1, 1, 2, 2, 2, 3]);
    expect(sentences("h.o.m.o.'s zijn")).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('opens a clause at a comma and at a conjunction before a subject, not at a particle', () => {
    expect(clauses('ik wil niet dood, ik wil dat het stopt')).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(clauses('ik heb niks tegen hem maar ik vind hem raar')).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(new Set(clauses('wacht maar tot na school'))).toEqual(new Set([0]));
  });
});

describe('quotes', () => {
  it.each([
    ["hij zei 'ga dood' tegen me", ['ga dood']],
    ['using "gay" as an insult', ['gay']],
    ["zo'n homo's feestje", []],
    ['‘kys’ is not ok', ['kys']],
  ])('%s', (text, expected) => {
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(expected);
  });

  it('knows what lies inside', () => {
    const text = "hij schreef 'ik weet waar je woont' gisteren";
    const spans = findQuotes(text);
    expect(insideQuotes(spans, text.indexOf('weet'), text.indexOf('weet') + 4)).toBe(true);
    expect(insideQuotes(spans, text.indexOf('gisteren'), text.length)).toBe(false);
  });
});
