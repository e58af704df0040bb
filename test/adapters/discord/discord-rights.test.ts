import { PermissionFlagsBits as P } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_TIMEOUT_MS } from '../../../adapters/discord/perform.js';
import type { DiscordHarness } from './discord-harness.js';
import { type EventSink, startDiscord } from './event-sink.js';
import { roleJson } from './fake-payloads.js';

let h: DiscordHarness;
let sink: EventSink;
let stop: () => Promise<void>;

/** The teacher takes a right away from the bot in a channel, as in Discord's channel settings. */
function denyBot(channelId: string, deny: bigint): void {
  h.fake.world.channel(channelId).overwrites.push({ id: h.fake.school.botRole, type: 0, allow: 0n, deny });
  h.fake.channelChanged(channelId);
}

describe('Discord rights: missing permissions become clear refusals', () => {
  beforeEach(async () => {
    ({ h, sink, stop } = await startDiscord());
  });
  afterEach(() => stop());

  it('reports capabilities per channel from the bot real rights, threads through their parent', async () => {
    const { classChannel, classThread, staffChannel } = h.fake.school;
    expect(await h.adapter.capabilities(classChannel)).toEqual({
      canDelete: true,
      canMute: true,
      canReadAllMessages: true,
      canSendPrivate: true,
      missingRights: [],
    });
    expect(await h.adapter.capabilities(classThread)).toMatchObject({ canDelete: true, missingRights: [] });
    expect(await h.adapter.capabilities(staffChannel)).toMatchObject({ canReadAllMessages: true });
    expect(await h.adapter.capabilities('1234567890123456789')).toMatchObject({
      canDelete: false,
      canReadAllMessages: false,
      missingRights: ['View Channels (Kanalen bekijken)'],
    });
  });

  it('notices a right taken away: capabilities, a demoted status, and a refused delete naming the right', async () => {
    const id = await h.postText(h.parent, 'het adres van Daan is Lindelaan 4');
    await sink.waitFor((s) => s.messages()[0], 'the message');
    denyBot(h.groupChatId, P.ManageMessages);
    const status = await sink.waitFor((s) => s.of('bot_status')[0], 'the status change');
    expect(status).toMatchObject({ chatId: h.groupChatId, status: 'demoted' });

    const caps = await h.adapter.capabilities(h.groupChatId);
    expect(caps).toMatchObject({ canDelete: false, missingRights: ['Manage Messages (Berichten beheren)'] });
    const res = await h.adapter.perform({ kind: 'delete', chatId: h.groupChatId, messageId: id });
    expect(res).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(res.ok || res.detail).toContain('Manage Messages (Berichten beheren)');
    expect(h.fake.calls.some((c) => c.method === 'DELETE')).toBe(false);

    // The teacher gives it back.
    h.fake.world.channel(h.groupChatId).overwrites.pop();
    h.fake.channelChanged(h.groupChatId);
    const back = await sink.waitFor((s) => s.of('bot_status')[1], 'the second status change');
    expect(back).toMatchObject({ chatId: h.groupChatId, status: 'promoted' });
  });

  it('notices a server role change in every class chat', async () => {
    const { world, school } = h.fake;
    const role = world.roles.get(school.botRole);
    if (!role) throw new Error('no bot role');
    role.permissions &= ~P.ModerateMembers;
    h.fake.gateway.dispatch('GUILD_ROLE_UPDATE', { guild_id: world.guildId, role: roleJson(world, role.id) });
    const changes = await sink.waitFor(
      (s) => (s.of('bot_status').length === 2 ? s.of('bot_status') : undefined),
      'two',
    );
    expect(changes.map((c) => [c.chatId, c.status]).sort()).toEqual(
      [
        [school.classChannel, 'demoted'],
        [school.classThread, 'demoted'],
      ].sort(),
    );
    expect(await h.adapter.capabilities(school.classChannel)).toMatchObject({
      canMute: false,
      canDelete: true,
    });
  });

  it('refuses to post where it may not write, without asking Discord', async () => {
    denyBot(h.groupChatId, P.SendMessages);
    await sink.waitFor((s) => s.of('bot_status')[0], 'the status change');
    const res = await h.adapter.perform({
      kind: 'send_group',
      chatId: h.groupChatId,
      text: 'Vriendelijke groet',
    });
    expect(res).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(res.ok || res.detail).toContain('Send Messages (Berichten versturen)');
    expect(h.fake.calls.some((c) => c.method === 'POST' && c.path.includes('/messages'))).toBe(false);
  });

  it('maps a refusal Discord itself gives (role hierarchy) to forbidden with the error code', async () => {
    const res = await h.adapter.perform({
      kind: 'mute',
      chatId: h.groupChatId,
      userId: h.fake.school.owner.id,
      until: new Date(Date.now() + 600_000),
    });
    expect(res).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(res.ok || res.detail).toMatch(/403 code 50013 on PATCH \/api\/v10\/guilds\/\d+\/members\/\d+/);
  });

  it('mutes with a Discord timeout, capped at 28 days', async () => {
    const until = new Date(Date.now() + 60 * 60_000);
    expect(
      await h.adapter.perform({ kind: 'mute', chatId: h.groupChatId, userId: h.parent.id, until }),
    ).toEqual({
      ok: true,
    });
    const patch = h.fake.calls.find(
      (c) => c.method === 'PATCH' && c.path.endsWith(`/members/${h.parent.id}`),
    );
    expect(Date.parse(String(patch?.body?.communication_disabled_until))).toBe(until.getTime());

    const year = new Date(Date.now() + 365 * 24 * 60 * 60_000);
    const capped = await h.adapter.perform({
      kind: 'mute',
      chatId: h.groupChatId,
      userId: h.parent.id,
      until: year,
    });
    expect(capped).toEqual({ ok: true });
    const member = h.fake.world.members.get(h.parent.id);
    expect(Date.parse(member?.communicationDisabledUntil ?? '') - Date.now()).toBeLessThanOrEqual(
      MAX_TIMEOUT_MS,
    );
  });

  it('waits out a short rate limit inside discord.js and returns a long one as rate_limited', async () => {
    h.fake.failNext('POST', /\/channels\/\d+\/messages$/u, {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
      headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
    });
    const waited = await h.adapter.perform({ kind: 'send_group', chatId: h.groupChatId, text: 'eerste' });
    expect(waited).toMatchObject({ ok: true });
    expect(h.groupTexts()).toEqual(['eerste']);
    expect(h.fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/messages'))).toHaveLength(2);

    h.fake.failNext('DELETE', /\/messages\//u, {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 120, global: false },
      headers: { 'retry-after': '120', 'x-ratelimit-scope': 'shared' },
    });
    const id = await h.postText(h.parent, 'iets');
    const limited = await h.adapter.perform({ kind: 'delete', chatId: h.groupChatId, messageId: id });
    expect(limited).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(limited.ok ? 0 : limited.retryAfterMs).toBeGreaterThanOrEqual(120_000);
  });
});
