import { GatewayIntentBits as I } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiscordStartError } from '../../../adapters/discord/start-error.js';
import { StartupError } from '../../../src/app/startup-error.js';
import { type DiscordHarness, discordHarness } from './discord-harness.js';
import { EventSink } from './event-sink.js';
import { apiError } from './fake-request.js';

let h: DiscordHarness;

afterEach(async () => {
  await h.adapter.stop();
  await h.close();
});

describe('Discord gateway: connecting, resuming, and start-up problems', () => {
  it('identifies with exactly the intents klaswacht needs, over plain JSON frames', async () => {
    h = await discordHarness();
    await h.adapter.start(new EventSink().handle);
    const identify = await h.fake.gateway.waitFor((f) => f.op === 2, 'IDENTIFY');
    expect(identify.d).toMatchObject({
      compress: false,
      shard: [0, 1],
      intents: I.Guilds | I.GuildMessages | I.MessageContent | I.GuildMembers | I.DirectMessages,
    });
    expect(Object.fromEntries(h.fake.gateway.queries[0] ?? [])).toEqual({ v: '10', encoding: 'json' });
  });

  it('resumes after a dropped connection and gets what was said in between', async () => {
    h = await discordHarness();
    const sink = new EventSink();
    await h.adapter.start(sink.handle);
    await h.postText(h.parent, 'voor de storing');
    await sink.waitFor((s) => s.messages()[0], 'the first message');

    h.fake.gateway.drop(4000);
    await h.postText(h.parent, 'tijdens de storing'); // Discord keeps it for the resume
    const resume = await h.fake.gateway.waitFor((f) => f.op === 6, 'RESUME');
    expect(resume.d).toMatchObject({ session_id: expect.any(String), seq: expect.any(Number) });
    await sink.waitFor((s) => s.messages()[1], 'the message sent while disconnected');
    await h.postText(h.parent, 'na de storing');
    await sink.waitFor((s) => s.messages()[2], 'the message after the resume');

    expect(sink.messages().map((m) => m.text)).toEqual([
      'voor de storing',
      'tijdens de storing',
      'na de storing',
    ]);
    expect(h.fake.gateway.received.filter((f) => f.op === 2)).toHaveLength(1);
    expect(h.fake.gateway.queries).toHaveLength(2);
    expect(h.log.lines.filter((l) => l.includes('discord.gateway.reconnecting'))).toHaveLength(1);
    await h.adapter.stop();
    expect(h.log.lines.filter((l) => l.includes('discord.gateway.reconnecting'))).toHaveLength(1);
  });

  it('keeps performing over REST while the gateway reconnects', async () => {
    h = await discordHarness();
    await h.adapter.start(new EventSink().handle);
    h.fake.gateway.holdNextConnection();
    h.fake.gateway.drop(4000);
    await h.fake.gateway.waitFor(() => h.fake.gateway.queries.length === 2, 'the reconnection');
    const sent = await h.adapter.perform({
      kind: 'send_group',
      chatId: h.groupChatId,
      text: 'nog steeds hier',
    });
    expect(sent).toMatchObject({ ok: true });
    expect((await h.adapter.capabilities(h.groupChatId)).canDelete).toBe(true);
    h.fake.gateway.release();
    await h.fake.gateway.waitFor((f) => f.op === 6, 'RESUME');
  });

  it('says which Developer Portal switch to flip when privileged intents are not enabled', async () => {
    h = await discordHarness();
    h.fake.gateway.disallowedIntents = I.MessageContent | I.GuildMembers;
    const started = h.adapter.start(new EventSink().handle);
    await expect(started).rejects.toBeInstanceOf(DiscordStartError);
    await expect(started).rejects.toBeInstanceOf(StartupError);
    await expect(started).rejects.toMatchObject({ code: 'E_PLATFORM', problem: 'intents' });
    await expect(started).rejects.toThrow(/Message Content Intent and Server Members Intent/);
  });

  it('reports a wrong token without echoing it', async () => {
    h = await discordHarness({
      token: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.wrong0.bm90LXRoZS1yaWdodC10b2tlbi1hdC1hbGw',
    });
    const started = h.adapter.start(new EventSink().handle);
    await expect(started).rejects.toMatchObject({ code: 'E_PLATFORM', problem: 'token' });
    await expect(started).rejects.not.toThrow(/bm90LXRoZS1yaWdodC10b2tlbi1hdC1hbGw/);
  });

  it('keeps running when a server refuses the commands, and logs what to do', async () => {
    h = await discordHarness();
    h.fake.failNext('PUT', /\/guilds\/\d+\/commands$/u, apiError(403, 50001, 'Missing Access'));
    const sink = new EventSink();
    await h.adapter.start(sink.handle);
    const warning = h.log.lines.find((l) => l.includes('discord.commands.refused'));
    expect(warning).toContain(`guild=${h.fake.world.guildId}`);
    expect(warning).toContain('applications.commands');
    await h.postText(h.parent, 'gewoon verder');
    await sink.waitFor((s) => s.messages()[0], 'a message');
  });

  it('logs an error when Discord closes the gateway for good while running', async () => {
    h = await discordHarness();
    await h.adapter.start(new EventSink().handle);
    h.fake.gateway.drop(4004); // authentication failed: the token was reset in the Developer Portal
    const line = await vi.waitFor(
      () => {
        const found = h.log.lines.find((l) => l.includes('discord.gateway.disconnected'));
        if (!found) throw new Error('not logged yet');
        return found;
      },
      { timeout: 10_000 },
    );
    expect(line).toContain('code=4004');
    expect(h.fake.gateway.queries).toHaveLength(1);
  });

  it('logs ids and codes only, never message text', async () => {
    h = await discordHarness();
    const sink = new EventSink();
    await h.adapter.start(async (e) => {
      await sink.handle(e);
      throw new Error('het geheime bericht van Daan');
    });
    await h.postText(h.parent, 'mijn pincode is 1234');
    await sink.waitFor((s) => s.messages()[0], 'the message');
    await h.postText(h.parent, 'tweede');
    await sink.waitFor((s) => s.messages()[1], 'the second message');
    const log = h.log.lines.join('\n');
    expect(log).toContain('discord.sink.failed');
    expect(log).not.toMatch(/pincode|geheime|Daan|Vader/);
  });
});
