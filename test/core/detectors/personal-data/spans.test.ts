import { describe, expect, it } from 'vitest';
import { findStanding } from './pd-test-kit.js';

/** Evidence must point into the text as the member wrote it (UTF-16, end exclusive). */
describe('spans in the original text', () => {
  it.each([
    ['full-width digits', 'bel ０６-１２３４５６７８ ok', '０６-１２３４５６７８'],
    ['zero-width characters inside', 'bel 06\u200b-1234\u200d5678 ok', '06\u200b-1234\u200d5678'],
    ['emoji before (surrogate pairs)', '😀😀 bel 06-12345678', '06-12345678'],
    ['combining marks (zalgo)', 'bel 0̷6̶-̵1̷2̶3̴4̵5̶6̷7̶8̷ nu', '0̷6̶-̵1̷2̶3̴4̵5̶6̷7̶8̷'],
    ['full-width at sign', 'mail piet＠gmail．com', 'piet＠gmail．com'],
    ['non-breaking hyphen', 'bel 06\u201112345678', '06\u201112345678'],
    ['soft hyphen in an IBAN', 'NL91\u00adABNA0417164300', 'NL91\u00adABNA0417164300'],
    ['diacritics before', 'Daniëlle’s nummer is 06-12345678', '06-12345678'],
  ])('%s', (_what, text, evidence) => {
    const [f] = findStanding(text);
    expect(f && text.slice(f.start, f.end)).toBe(evidence);
  });

  it('maps health evidence through obfuscated words', () => {
    const text = 'Tím heeft A.D.H.D';
    const [f] = findStanding(text);
    expect(f && text.slice(f.start, f.end)).toBe('Tím heeft A.D.H.D');
  });
});
