import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/core/text/normalise.js';

/** Where `needle` sits in the normalised value, mapped back to the original. */
function originalSpanOf(text: string, needle: string): string {
  const n = normalise(text);
  const at = n.value.indexOf(needle);
  expect(at, `"${needle}" in "${n.value}"`).toBeGreaterThanOrEqual(0);
  return text.slice(n.toOriginal(at), n.toOriginalEnd(at + needle.length));
}

describe('normalise', () => {
  it.each([
    ['NFKC full-width', 'ｋａｎｋｅｒ', 'kanker'],
    ['mathematical letters', '𝐤𝐚𝐧𝐤𝐞𝐫 𝓀𝓊𝓉', 'kanker kut'],
    ['case folding', 'LOSER', 'loser'],
    ['diacritics', 'Zoë café naïef', 'zoe cafe naief'],
    ['zero-width characters', 'k\u200bu\u200ct\u200d', 'kut'],
    ['control characters and NUL', 'ku\u0000t\u0007', 'kut'],
    ['RTL override', '\u202ekut\u202c', 'kut'],
    ['Cyrillic look-alikes', 'kаnkеr', 'kanker'],
    ['Greek look-alikes', 'ηοοb', 'noob'],
    ['zalgo', 'k̶̢̛͔a̵̡͝n̸̨̛k̴e̷r̵', 'kanker'],
    ['leetspeak', 'l0s3r', 'loser'],
    ['leetspeak in disease swearing', 'k4nker', 'kanker'],
    ['leet digit runs', 'h00r', 'hoor'],
    ['symbols between letters', 'k!nd', 'kind'],
    ['stretched letters', 'loooooser', 'loser'],
    ['Dutch double vowels survive', 'zee oog maan', 'zee oog maan'],
    ['letters split by spaces', 'k a n k e r', 'kanker'],
    ['letters split by dots', 'k.u.t', 'kut'],
    ['letters split by dashes', 'l-o-s-e-r', 'loser'],
    ['split, stretched and leet together', 'k 4 a a a n k e r', 'kanker'],
    ['spelled-out words, double space between words', 'i k  g a  j e  p a k k e n', 'ik ga je pakken'],
    ['emoji become tokens', 'dood🔪💀', 'dood 🔪 💀'],
    ['skin tones and variation selectors dropped', '👍🏽 ❤️', '👍 ❤'],
    ['line breaks become spaces', 'hoi\r\nallemaal', 'hoi  allemaal'],
    ['ligatures', 'ﬁets', 'fiets'],
  ])('%s: %j -> %j', (_what, input, expected) => {
    expect(normalise(input).value).toBe(expected);
  });

  it.each([
    ['phone numbers', 'Bel 06-12345678 om 10:30'],
    ['prices and ordinals', 'groep 3b en 1e klas, kost 12,50'],
    ['abbreviations with spaces after dots', 'ik zie u a.s. maandag'],
    ['e-mail addresses in the plain view', 'piet@gmail.com'],
  ])('leaves %s readable: %j', (_what, input) => {
    expect(normalise(input).plain.value).toBe(input.toLowerCase());
  });

  it('keeps digits in the plain view even where the full view reads leetspeak', () => {
    const n = normalise('L0S3R 0612345678');
    expect(n.plain.value).toBe('l0s3r 0612345678');
    expect(n.value).toBe('loser 0612345678');
  });

  it.each([
    ['jij bent een K A N K E R lijer', 'kanker', 'K A N K E R'],
    ['wat een l00000ser', 'loser', 'l00000ser'],
    ['echt ｋｕｔ joh', 'kut', 'ｋｕｔ'],
    ['je bent 𝐝𝐨𝐨𝐝', 'dood', '𝐝𝐨𝐨𝐝'],
    ['nee\u200b k\u200bu\u200bt', 'kut', 'k\u200bu\u200bt'],
    ['ik 🔪 je', '🔪', '🔪'],
  ])('maps %j back to the exact original evidence', (text, needle, evidence) => {
    expect(originalSpanOf(text, needle)).toBe(evidence);
  });

  it('handles an empty message', () => {
    const n = normalise('');
    expect(n.value).toBe('');
    expect(n.toOriginal(0)).toBe(0);
    expect(n.toOriginalEnd(0)).toBe(0);
  });
});

describe('normalise on hostile input (linear time: quadratic work would time out here)', () => {
  it.each([
    ['digits split by spaces', '0 '.repeat(100_000)],
    ['letters split by dots', 'k.'.repeat(100_000)],
    ['mixed single characters', 'a 1 '.repeat(50_000)],
    ['stretched letters', 'o'.repeat(200_000)],
    ['leet run', 'l0'.repeat(100_000)],
    ['emoji between letters', 'a🔪'.repeat(100_000)],
    ['zalgo', `a${'\u0301'.repeat(200_000)}`],
    ['unpaired surrogates', '\ud800\udc00\ud800'.repeat(60_000)],
  ])('%s', (_what, text) => {
    const n = normalise(text);
    expect(n.toOriginalEnd(n.value.length)).toBeLessThanOrEqual(text.length);
  });
});
