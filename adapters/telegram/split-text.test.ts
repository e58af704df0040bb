import { describe, expect, it } from 'vitest';
import { MESSAGE_MAX_CHARS, splitText } from './split-text.js';

describe('splitText', () => {
  it('keeps a short text whole', () => {
    expect(splitText('Denk aan de gymtas')).toEqual(['Denk aan de gymtas']);
    expect(splitText('')).toEqual(['']);
  });

  it.each([
    ['a paragraph', `${'a'.repeat(30)}\n\n${'b'.repeat(30)}`, ['a'.repeat(30), 'b'.repeat(30)]],
    ['a line', `${'a'.repeat(30)}\n${'b'.repeat(30)}`, ['a'.repeat(30), 'b'.repeat(30)]],
    ['a word', `${'a'.repeat(30)} ${'b'.repeat(30)}`, ['a'.repeat(30), 'b'.repeat(30)]],
    ['nothing (hard cut)', 'c'.repeat(90), ['c'.repeat(40), 'c'.repeat(40), 'c'.repeat(10)]],
  ])('cuts at %s', (_what, text, parts) => {
    expect(splitText(text, 40)).toEqual(parts);
  });

  it('never cuts a surrogate pair in two', () => {
    const parts = splitText(`${'a'.repeat(39)}😀${'b'.repeat(10)}`, 40);
    expect(parts).toEqual(['a'.repeat(39), `😀${'b'.repeat(10)}`]);
  });

  it('keeps every part within Telegram’s limit', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `regel ${i} met wat tekst`).join('\n');
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= MESSAGE_MAX_CHARS)).toBe(true);
    expect(parts.join('\n')).toBe(text);
  });
});
