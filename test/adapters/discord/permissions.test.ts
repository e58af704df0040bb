import { readFileSync } from 'node:fs';
import { PermissionFlagsBits as P, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  capabilitiesFrom,
  INVITE_PERMISSIONS,
  missing,
  requiredFor,
} from '../../../adapters/discord/permissions.js';

const perms = (...bits: bigint[]) => new PermissionsBitField(bits.reduce((a, b) => a | b, 0n));

describe('bot permissions', () => {
  it('asks for exactly the rights it uses in the invite link, and the README shows that link', () => {
    expect(INVITE_PERMISSIONS).toBe(
      P.ViewChannel |
        P.SendMessages |
        P.SendMessagesInThreads |
        P.EmbedLinks |
        P.AttachFiles |
        P.ReadMessageHistory |
        P.ManageMessages |
        P.ModerateMembers,
    );
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`permissions=${INVITE_PERMISSIONS}`);
  });

  it.each([
    [
      'everything it asks for',
      perms(INVITE_PERMISSIONS),
      false,
      { canDelete: true, canMute: true, missingRights: [] },
    ],
    ['Administrator', perms(P.Administrator), false, { canDelete: true, canMute: true, missingRights: [] }],
    [
      'read and write only',
      perms(P.ViewChannel, P.SendMessages, P.EmbedLinks, P.ReadMessageHistory),
      false,
      {
        canDelete: false,
        canMute: false,
        canReadAllMessages: true,
        missingRights: ['Manage Messages (Berichten beheren)', 'Timeout Members (Leden een time-out geven)'],
      },
    ],
    [
      'a thread without its send right',
      perms(INVITE_PERMISSIONS & ~P.SendMessagesInThreads),
      true,
      { canDelete: true, missingRights: ['Send Messages in Threads (Berichten versturen in threads)'] },
    ],
    ['no access', perms(), false, { canDelete: false, canReadAllMessages: false }],
  ])('capabilities with %s', (_what, p, isThread, expected) => {
    expect(capabilitiesFrom(p, isThread)).toMatchObject({ canSendPrivate: true, ...expected });
  });

  it('names what an action lacks', () => {
    expect(missing(perms(P.ViewChannel, P.SendMessages), requiredFor('reply_to', false))).toEqual([
      'history',
    ]);
    expect(missing(perms(P.ViewChannel, P.SendMessages), requiredFor('send', true))).toEqual([
      'sendInThreads',
    ]);
  });
});
