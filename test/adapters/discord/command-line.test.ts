import { describe, expect, it } from 'vitest';
import {
  buttonCustomId,
  commandLineFromCustomId,
  parseCommandLine,
  splitArgs,
} from '../../../adapters/discord/command-line.js';

describe('command lines and button ids', () => {
  it.each([
    ['handle 17 seen', { name: 'handle', args: ['17', 'seen'] }],
    ['/lessons  ma   08:30-12:00 ', { name: 'lessons', args: ['ma', '08:30-12:00'] }],
    ['EXPORT 3', { name: 'export', args: ['3'] }],
    ['start', undefined],
    ['', undefined],
  ])('parses %j', (line, expected) => {
    expect(parseCommandLine(line)).toEqual(expected);
  });

  it('splits free text on any white space', () => {
    expect(splitArgs(' Morgen\tgeen\n gym ')).toEqual(['Morgen', 'geen', 'gym']);
    expect(splitArgs(null)).toEqual([]);
  });

  it('round-trips a command line through a custom id, and ignores foreign components', () => {
    expect(commandLineFromCustomId(buttonCustomId('handle 17 false_alarm'))).toBe('handle 17 false_alarm');
    expect(commandLineFromCustomId('poll:vote:2')).toBeUndefined();
  });

  it('refuses a button line that is not a brain command or does not fit Discord', () => {
    expect(() => buttonCustomId('rm -rf')).toThrow(/not a short brain command line/);
    expect(() => buttonCustomId(`handle ${'9'.repeat(100)}`)).toThrow(/not a short brain command line/);
  });
});
