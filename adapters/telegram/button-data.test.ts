import { describe, expect, it } from 'vitest';
import { ButtonData, CALLBACK_DATA_MAX_BYTES } from './button-data.js';

describe('ButtonData', () => {
  it('sends a command line that fits as it is, so a press works after a restart', () => {
    const buttons = new ButtonData();
    expect(buttons.encode('handle 17 seen')).toBe('handle 17 seen');
    expect(new ButtonData().decode('handle 17 seen')).toBe('handle 17 seen');
  });

  it('counts bytes, not characters', () => {
    const buttons = new ButtonData();
    const fits = `export ${'é'.repeat(28)}`; // 7 + 56 = 63 bytes
    const over = `export ${'é'.repeat(29)}`; // 65 bytes, 36 characters
    expect(buttons.encode(fits)).toBe(fits);
    const standIn = buttons.encode(over);
    expect(standIn).not.toBe(over);
    expect(Buffer.byteLength(standIn)).toBeLessThanOrEqual(CALLBACK_DATA_MAX_BYTES);
    expect(buttons.decode(standIn)).toBe(over);
  });

  it('gives every long line its own stand-in, and forgets the oldest beyond its capacity', () => {
    const buttons = new ButtonData(2);
    const lines = ['a', 'b', 'c'].map((x) => `handle 1 ${x.repeat(70)}`);
    const [first, second, third] = lines.map((l) => buttons.encode(l));
    expect(new Set([first, second, third]).size).toBe(3);
    expect(buttons.decode(first ?? '')).toBeUndefined();
    expect(buttons.decode(third ?? '')).toBe(lines[2]);
  });

  it('does not take a command starting with the stand-in mark for a stand-in', () => {
    const buttons = new ButtonData();
    const standIn = buttons.encode('~odd');
    expect(standIn).not.toBe('~odd');
    expect(buttons.decode(standIn)).toBe('~odd');
    expect(buttons.decode('~unknown.1')).toBeUndefined();
  });
});
