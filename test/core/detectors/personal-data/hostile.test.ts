import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_HITS } from '../../../../src/core/detectors/personal-data/hit-sink.js';
import { findAll } from './pd-test-kit.js';

const MB = 1_000_000;

/**
 * Hostile input must cost time linear in its length. These tests assert nothing about
 * wall-clock time; a quadratic step would simply not finish within vitest's timeout
 * (a 1 MB message squared is 10^12 steps).
 */
describe('hostile input', () => {
  it.each([
    ['a million digits', '1'.repeat(MB)],
    ['100,000 @', '@'.repeat(100_000)],
    ['a@ repeated', 'a@'.repeat(MB / 2)],
    ['at repeated', 'x at '.repeat(MB / 5)],
    ['zero-led groups', '0 '.repeat(MB / 2)],
    ['dotted digits', '1.'.repeat(MB / 2)],
    ['country codes', 'nl91 '.repeat(MB / 5)],
    ['plate words', 'kenteken 12 '.repeat(MB / 12)],
    ['birth words', 'geboren 1-1-2000 '.repeat(MB / 17)],
    ['birth words without dates', `${'geboren '.repeat(MB / 8)}1`],
    ['phone words without numbers', `${'bel nummer '.repeat(MB / 11)}06`],
    ['health words without subjects', 'autisme '.repeat(MB / 8)],
    ['streets', 'adres Dorpsstraat 12 1234 AB '.repeat(MB / 30)],
    ['conditions', 'Tim heeft ADHD '.repeat(MB / 15)],
    ['spelled digits', 'nul zes '.repeat(MB / 8)],
    ['unpaired surrogates', '\ud800 06-1234\udc005678 '.repeat(MB / 20)],
    ['zalgo', 'b̸̢̛e̷l̶ 0̷6̶ '.repeat(MB / 20)],
  ])('%s', (_what, text) => {
    const found = findAll(text);
    expect(found.length).toBeLessThanOrEqual(MAX_HITS);
  });

  it('caps the findings of a message full of phone numbers', () => {
    expect(findAll('06-12345678 '.repeat(90_000))).toHaveLength(MAX_HITS);
  });

  it('distinct candidate numbers cost a bounded number of library calls', () => {
    let text = '';
    for (let i = 0; i < 20_000; i++) text += `06${String(10_000_000 + i * 37)} `;
    expect(findAll(text).length).toBeLessThanOrEqual(MAX_HITS);
  });

  it('never throws and keeps spans inside the text', () => {
    const chars = fc.constantFrom(...'0123456789 +-.()@abnlt:/,\u200b０＠éA'.split(''));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(chars, fc.constantFrom('06', 'at', 'punt', 'ADHD', 'heeft', 'Tim', '\ud800'))),
        (parts) => {
          const text = parts.join('');
          for (const f of findAll(text)) {
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(text.length);
            expect(f.end).toBeGreaterThan(f.start);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
