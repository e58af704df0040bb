import { describe, expect, it } from 'vitest';
import {
  COMMAND_TEXTS,
  directMessageCommands,
  guildCommands,
} from '../../../adapters/discord/slash-commands.js';
import { COMMAND_NAMES } from '../../../src/core/chat/chat-event.js';

/** Discord's rule for command and option names (lower case where a script has case). */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const texts = Object.values(COMMAND_TEXTS);

describe('slash command definitions', () => {
  it('has an English and a Dutch name for every brain command, valid and distinct', () => {
    expect(Object.keys(COMMAND_TEXTS).sort()).toEqual([...COMMAND_NAMES].sort());
    for (const t of texts) {
      for (const name of [t.en, t.nl]) {
        expect(name).toMatch(NAME);
        expect(name).toBe(name.toLowerCase());
      }
    }
    expect(new Set(texts.map((t) => t.nl)).size).toBe(texts.length);
  });

  it('keeps every description within Discord limits (1 to 100 characters)', () => {
    const descriptions = guildCommands().flatMap((c) => [
      c.description,
      ...Object.values(c.description_localizations ?? {}),
      ...(c.options ?? []).flatMap((o) => [
        o.description,
        ...Object.values(o.description_localizations ?? {}),
      ]),
    ]);
    for (const d of descriptions) {
      expect(d?.length).toBeGreaterThan(0);
      expect(d?.length).toBeLessThanOrEqual(100);
    }
  });

  it('limits the private-chat copies to the bot DM context', () => {
    expect(directMessageCommands().map((c) => [c.name, c.contexts, c.integration_types])).toEqual(
      COMMAND_NAMES.map((n) => [n, [1], [0]]),
    );
  });
});
