import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { COMMAND_TEXTS } from '../../../adapters/discord/command-texts.js';
import { directMessageCommands, guildCommands } from '../../../adapters/discord/slash-commands.js';
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

  it('gives every option a valid name in both languages, and role its member and choices', () => {
    for (const c of [...guildCommands(), ...directMessageCommands()]) {
      for (const o of c.options ?? []) {
        for (const name of [o.name, ...Object.values(o.name_localizations ?? {})]) expect(name).toMatch(NAME);
      }
    }
    const [member, role] = guildCommands().find((c) => c.name === 'role')?.options ?? [];
    expect(member).toMatchObject({ name: 'member', type: ApplicationCommandOptionType.User, required: true });
    expect(role).toMatchObject({
      name: 'role',
      choices: [
        { name: 'staff member', name_localizations: { nl: 'medewerker' }, value: 'staff' },
        { name: 'parent', name_localizations: { nl: 'ouder' }, value: 'parent' },
        { name: 'pupil', name_localizations: { nl: 'leerling' }, value: 'pupil' },
      ],
    });
    // In the private chat the picker knows only the teacher and the bot: a name is typed instead.
    const [privateMember] = directMessageCommands().find((c) => c.name === 'role')?.options ?? [];
    expect(privateMember).toMatchObject({ name: 'member', type: ApplicationCommandOptionType.String });
  });

  it('limits the private-chat copies to the bot DM context', () => {
    expect(directMessageCommands().map((c) => [c.name, c.contexts, c.integration_types])).toEqual(
      COMMAND_NAMES.map((n) => [n, [1], [0]]),
    );
  });
});
