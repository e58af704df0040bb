import { DiscordAPIError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { redactUrl, refusalFrom } from '../../../adapters/discord/action-result.js';

const apiError = (status: number, code: number, url = 'http://127.0.0.1/api/v10/channels/1/messages') =>
  new DiscordAPIError({ code, message: 'x' }, code, status, 'POST', url, {
    body: { content: 'geheime tekst' },
  });

describe('refusals from discord.js errors', () => {
  it.each([
    [403, 50013, 'forbidden'],
    [403, 50001, 'forbidden'],
    [403, 50007, 'no_private_chat'],
    [400, 50278, 'no_private_chat'],
    [404, 10008, 'not_found'],
    [404, 10062, 'not_found'],
    [400, 50035, 'failed'],
    [500, 0, 'failed'],
  ])('maps status %i code %i to %s', (status, code, reason) => {
    expect(refusalFrom(apiError(status, code), 'send')).toMatchObject({ ok: false, reason });
  });

  it('keeps message text and interaction tokens out of the detail', () => {
    const url = 'http://127.0.0.1/api/v10/webhooks/555/aW50ZXJhY3Rpb24tdG9rZW4/messages/@original';
    const refusal = refusalFrom(apiError(404, 10015, url), 'reply');
    expect(refusal.detail).toBe(
      'reply: Discord 404 code 10015 on POST /api/v10/webhooks/555/:token/messages/@original',
    );
    expect(refusal.detail).not.toContain('geheime');
    expect(redactUrl('/api/v10/interactions/1/tok-en/callback?x=1')).toBe(
      '/api/v10/interactions/1/:token/callback',
    );
  });

  it('turns a rate limit discord.js gave up waiting for into rate_limited with the wait', () => {
    const error = new RateLimitError({
      timeToReset: 60_000,
      limit: 5,
      method: 'DELETE',
      hash: 'h',
      url: 'http://127.0.0.1/api/v10/channels/1/messages/2',
      route: '/channels/:id/messages/:id',
      majorParameter: '1',
      global: false,
      retryAfter: 60_050,
      sublimitTimeout: 0,
      scope: 'shared',
    });
    expect(refusalFrom(error, 'delete')).toMatchObject({
      ok: false,
      reason: 'rate_limited',
      retryAfterMs: 60_050,
    });
  });
});
