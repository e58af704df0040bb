import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPseudonymiser, isPseudonym, parsePseudonym, pseudonymise } from '../../src/store/pseudonym.js';

const SECRET = 'a-secret-of-sufficient-length';

describe('pseudonyms', () => {
  it('is HMAC-SHA256 of platform and user id under the secret', () => {
    const expected = createHmac('sha256', SECRET).update('telegram\u000012345').digest('hex');
    expect(pseudonymise(SECRET, 'telegram', '12345')).toBe(expected);
  });

  it('is stable per person and differs across users, platforms and secrets', () => {
    const p = createPseudonymiser(SECRET);
    expect(p('telegram', '12345')).toBe(p('telegram', '12345'));
    expect(p('telegram', '12345')).not.toBe(p('telegram', '12346'));
    expect(p('telegram', '12345')).not.toBe(p('discord', '12345'));
    expect(p('telegram', '12345')).not.toBe(createPseudonymiser(`${SECRET}!`)('telegram', '12345'));
  });

  it('does not let the boundary between platform and id shift', () => {
    const p = createPseudonymiser(SECRET);
    expect(p('ab', 'c')).not.toBe(p('a', 'bc'));
  });

  it('refuses a short secret at start-up and empty parts', () => {
    expect(() => createPseudonymiser('too-short')).toThrow(RangeError);
    expect(() => createPseudonymiser(new Uint8Array(16))).not.toThrow();
    expect(() => createPseudonymiser(SECRET)('telegram', '')).toThrow(RangeError);
  });

  it('recognises the shape, so raw ids are told apart from pseudonyms', () => {
    const p = pseudonymise(SECRET, 'telegram', '1');
    expect(isPseudonym(p)).toBe(true);
    expect(isPseudonym('123456789')).toBe(false);
    expect(isPseudonym(p.toUpperCase())).toBe(false);
    expect(parsePseudonym(`  ${p.toUpperCase()} `)).toBe(p);
    expect(parsePseudonym('nope')).toBeUndefined();
  });
});
