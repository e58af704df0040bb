import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { type Destination, refusalOf } from './action-result.js';

const tg = (error_code: number, description: string, parameters: object = {}, method = 'sendMessage') =>
  new GrammyError(
    `Call to '${method}' failed!`,
    { ok: false, error_code, description, parameters },
    method,
    {},
  );

describe('refusalOf', () => {
  it.each<[string, GrammyError, Destination, string]>([
    [
      'a private chat never opened',
      tg(403, "Forbidden: bot can't initiate conversation with a user"),
      'private',
      'no_private_chat',
    ],
    ['a blocked bot', tg(403, 'Forbidden: bot was blocked by the user'), 'private', 'no_private_chat'],
    ['an unknown user', tg(400, 'Bad Request: chat not found'), 'private', 'no_private_chat'],
    ['a kicked bot', tg(403, 'Forbidden: bot was kicked from the supergroup chat'), 'group', 'forbidden'],
    [
      'no right to send',
      tg(400, 'Bad Request: not enough rights to send text messages to the chat'),
      'group',
      'forbidden',
    ],
    [
      'no right to restrict',
      tg(400, 'Bad Request: not enough rights to restrict/unrestrict chat member'),
      'group',
      'forbidden',
    ],
    ['muting an admin', tg(400, 'Bad Request: user is an administrator of the chat'), 'group', 'forbidden'],
    [
      'muting in a basic group',
      tg(400, 'Bad Request: method is available for supergroup and channel chats only'),
      'group',
      'unsupported',
    ],
    ['an unknown group', tg(400, 'Bad Request: chat not found'), 'group', 'not_found'],
    ['a message gone', tg(400, 'Bad Request: message to delete not found'), 'group', 'not_found'],
    ['anything else', tg(400, 'Bad Request: message text is empty'), 'group', 'failed'],
  ])('maps %s', (_what, error, destination, reason) => {
    expect(refusalOf(error, destination)).toMatchObject({
      ok: false,
      reason,
      detail: `sendMessage: ${error.error_code} ${error.description}`,
    });
  });

  it('carries retry_after as milliseconds', () => {
    expect(refusalOf(tg(429, 'Too Many Requests: retry after 7', { retry_after: 7 }), 'group')).toMatchObject(
      {
        reason: 'rate_limited',
        retryAfterMs: 7000,
      },
    );
  });

  it('names the new id of a group that became a supergroup', () => {
    const moved = tg(400, 'Bad Request: group chat was upgraded to a supergroup chat', {
      migrate_to_chat_id: -1001,
    });
    expect(refusalOf(moved, 'group')).toMatchObject({
      reason: 'not_found',
      detail: expect.stringContaining('moved to -1001'),
    });
  });

  it('reports network errors as failed', () => {
    expect(
      refusalOf(new HttpError('Network request for sendMessage failed!', new Error('ECONNRESET')), 'group'),
    ).toEqual({
      ok: false,
      reason: 'failed',
      detail: 'network: Network request for sendMessage failed!',
    });
  });
});
