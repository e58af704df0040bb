import type { ChatMember } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { AdminCache } from './admin-cache.js';

const BOT = 900;
const user = (id: number) => ({ id, is_bot: id === BOT, first_name: `u${id}` });
const owner = { status: 'creator', user: user(1), is_anonymous: false } as ChatMember;
const botAdmin = {
  status: 'administrator',
  user: user(BOT),
  can_delete_messages: true,
  can_restrict_members: false,
} as ChatMember;

function setup(answers: Array<readonly ChatMember[] | Error>) {
  let now = 0;
  const asked: string[] = [];
  const cache = new AdminCache(
    async (chatId) => {
      asked.push(chatId);
      const next = answers.shift();
      if (next instanceof Error || next === undefined) throw next ?? new Error('no answer');
      return next;
    },
    () => BOT,
    60_000,
    () => now,
  );
  return { cache, asked, advance: (ms: number) => (now += ms) };
}

describe('AdminCache', () => {
  it('reads admins and the bot’s own rights, and asks once per TTL', async () => {
    const { cache, asked, advance } = setup([[owner, botAdmin], [owner]]);
    const list = await cache.get('-1');
    expect([...list.ids].sort()).toEqual(['1', String(BOT)]);
    expect(list.bot?.can_delete_messages).toBe(true);
    advance(59_000);
    await cache.get('-1');
    expect(asked).toEqual(['-1']);
    advance(1_000);
    expect((await cache.get('-1')).bot).toBeUndefined();
    expect(asked).toEqual(['-1', '-1']);
  });

  it('shares one call between concurrent look-ups, and asks afresh when told', async () => {
    const { cache, asked } = setup([[owner], [owner, botAdmin]]);
    await Promise.all([cache.get('-1'), cache.get('-1')]);
    expect(asked).toHaveLength(1);
    expect((await cache.get('-1', { fresh: true })).bot).toBeDefined();
    cache.invalidate('-1');
    await cache.get('-1').catch(() => undefined);
    expect(asked).toHaveLength(3);
  });

  it('does not cache a failure', async () => {
    const { cache, asked } = setup([new Error('403'), [owner]]);
    expect(await cache.get('-1')).toEqual({ ids: new Set(), known: false });
    expect((await cache.get('-1')).known).toBe(true);
    expect(asked).toHaveLength(2);
  });
});
