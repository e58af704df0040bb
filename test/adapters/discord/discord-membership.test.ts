import { ChannelType } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { DiscordHarness } from './discord-harness.js';
import { type EventSink, startDiscord } from './event-sink.js';
import { channelJson } from './fake-payloads.js';

let h: DiscordHarness;
let sink: EventSink;
let stop: () => Promise<void>;

afterEach(() => stop());

describe('Discord membership: members, private chats, and the bot leaving chats', () => {
  it('reports a new server member in the class chats they can read', async () => {
    ({ h, sink, stop } = await startDiscord());
    const newcomer = h.fake.world.addUser('opa.daan', 'Opa van Daan');
    h.fake.join(newcomer.id);
    const joined = await sink.waitFor(
      (s) => (s.of('member_joined').length === 2 ? s.of('member_joined') : undefined),
      'two joins',
    );
    expect(joined.map((e) => e.chatId).sort()).toEqual(
      [h.fake.school.classChannel, h.fake.school.classThread].sort(),
    );
    expect(joined[0]?.member).toEqual({
      id: newcomer.id,
      name: 'Opa van Daan',
      role: 'unknown',
      isBot: false,
    });

    h.fake.gateway.dispatch('GUILD_MEMBER_REMOVE', {
      guild_id: h.fake.world.guildId,
      user: { id: newcomer.id },
    });
    const left = await sink.waitFor(
      (s) => (s.of('member_left').length === 2 ? s.of('member_left') : undefined),
      'two',
    );
    expect(left.map((e) => [e.chatId, e.memberId]).sort()).toEqual(
      [
        [h.fake.school.classChannel, newcomer.id],
        [h.fake.school.classThread, newcomer.id],
      ].sort(),
    );
  });

  it('reports a private chat opened once, without forwarding its text', async () => {
    ({ h, sink, stop } = await startDiscord());
    const dm = h.fake.world.dmChannelOf(h.supervisor.id).id;
    h.fake.post(h.supervisor.id, dm, 'Hallo klaswacht, ik ben de leidinggevende');
    h.fake.post(h.supervisor.id, dm, 'nog een bericht');
    h.fake.slash(h.supervisor.id, dm, 'supervisor', 'K7-4411');
    const cmd = await sink.command(1);
    expect(cmd).toMatchObject({ name: 'supervisor', args: ['K7-4411'], isPrivate: true, chatId: dm });
    expect(sink.of('private_chat_opened')).toMatchObject([{ userId: h.supervisor.id }]);
    expect(sink.messages()).toEqual([]);
  });

  it('reports being removed from the server for every class chat there', async () => {
    ({ h, sink, stop } = await startDiscord());
    h.fake.gateway.dispatch('GUILD_DELETE', { id: h.fake.world.guildId });
    const removed = await sink.waitFor(
      (s) => (s.of('bot_status').length === 2 ? s.of('bot_status') : undefined),
      'two',
    );
    expect(removed.map((e) => [e.chatId, e.status]).sort()).toEqual(
      [
        [h.fake.school.classChannel, 'removed'],
        [h.fake.school.classThread, 'removed'],
      ].sort(),
    );
  });

  it('reports a class thread created after start and deleted later as removed', async () => {
    ({ h, sink, stop } = await startDiscord());
    const { world, school } = h.fake;
    const thread = world.addChannel('groep-6', [], ChannelType.PublicThread, school.generalChannel);
    h.fake.gateway.dispatch('THREAD_CREATE', { ...channelJson(world, thread), newly_created: true });
    h.classChannels.add(thread.id);
    h.fake.post(h.parent.id, thread.id, 'hoi groep 6');
    await sink.waitFor((s) => s.messages()[0], 'the thread message');
    h.fake.gateway.dispatch('THREAD_DELETE', {
      id: thread.id,
      type: 11,
      guild_id: world.guildId,
      parent_id: school.generalChannel,
    });
    const status = await sink.waitFor((s) => s.of('bot_status')[0], 'the removal');
    expect(status).toMatchObject({ chatId: thread.id, status: 'removed', chatTitle: 'groep-6' });
  });

  it('reports a deleted class channel as the bot removed from that chat', async () => {
    ({ h, sink, stop } = await startDiscord());
    const { world } = h.fake;
    const channel = world.channel(h.groupChatId);
    h.fake.gateway.dispatch('CHANNEL_DELETE', {
      id: channel.id,
      type: 0,
      guild_id: world.guildId,
      name: channel.name,
    });
    const status = await sink.waitFor((s) => s.of('bot_status')[0], 'the removal');
    expect(status).toMatchObject({ chatId: h.groupChatId, status: 'removed', chatTitle: 'groep-7' });
  });
});
