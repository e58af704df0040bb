import { afterEach, describe, expect, it } from 'vitest';
import type { DiscordHarness } from './discord-harness.js';
import { type EventSink, startDiscord } from './event-sink.js';

let h: DiscordHarness;
let sink: EventSink;
let stop: () => Promise<void>;

const file = (filename: string, content_type?: string) => ({
  id: filename,
  filename,
  size: 1000,
  url: `http://127.0.0.1/a/${filename}`,
  proxy_url: `http://127.0.0.1/a/${filename}`,
  ...(content_type ? { content_type } : {}),
});

afterEach(() => stop());

describe('Discord channels: what reaches the brain', () => {
  it('drops messages of a channel that is not a class, yet delivers /setup there', async () => {
    ({ h, sink, stop } = await startDiscord());
    const general = h.fake.school.generalChannel;
    h.fake.post(h.parent.id, general, 'Wie heeft de sleutel van het gymlokaal?');
    h.fake.slash(h.teacher.id, general, 'setup', 'groep 6');
    const setup = await sink.command(1);
    // The command queued behind the message in the same channel, so the message was handled first.
    expect(setup).toMatchObject({
      name: 'setup',
      args: ['groep', '6'],
      chatId: general,
      fromIsChatAdmin: true,
    });
    expect(sink.messages()).toEqual([]);

    h.classChannels.add(general); // the brain set the channel up
    h.fake.post(h.parent.id, general, 'Dank je, juf!');
    const after = await sink.waitFor((s) => s.messages()[0], 'the message after setup');
    expect(after).toMatchObject({ ref: { chatId: general }, text: 'Dank je, juf!' });
  });

  it('forwards every channel when no class filter is given (the brain then ignores non-groups)', async () => {
    ({ h, sink, stop } = await startDiscord({ isClassChannel: undefined }));
    h.fake.post(h.parent.id, h.fake.school.generalChannel, 'hallo');
    expect(await sink.waitFor((s) => s.messages()[0], 'the message')).toMatchObject({ text: 'hallo' });
  });

  it('treats a thread as its own class chat', async () => {
    ({ h, sink, stop } = await startDiscord());
    const thread = h.fake.school.classThread;
    const id = h.fake.post(h.parent.id, thread, 'Groep 8 gaat morgen naar het museum');
    const m = await sink.waitFor((s) => s.messages()[0], 'the thread message');
    expect(m.ref).toEqual({ platform: 'discord', chatId: thread, messageId: id });
    expect(await h.adapter.perform({ kind: 'send_group', chatId: thread, text: 'Leuk!' })).toMatchObject({
      ok: true,
    });
  });

  it('shows mentions by name and never passes raw ids on to the detectors', async () => {
    ({ h, sink, stop } = await startDiscord());
    await h.postText(
      h.parent,
      `<@${h.teacher.id}> mag ik bellen? ook <@482113009238573056> en <#${h.groupChatId}>`,
    );
    const m = await sink.waitFor((s) => s.messages()[0], 'the message');
    expect(m.text).toBe('@Juf Anna (groep 7) mag ik bellen? ook @iemand en #groep-7');
    expect(m.mentions).toEqual(['Juf Anna (groep 7)']);
  });

  it('reports attachments as media for the consent register', async () => {
    ({ h, sink, stop } = await startDiscord());
    h.fake.post(h.parent.id, h.groupChatId, '', {
      attachments: [file('rooster.pdf', 'application/pdf'), file('schoolreis.mov')],
    });
    const m = await sink.waitFor((s) => s.messages()[0], 'the message');
    expect(m).toMatchObject({ text: '', media: { kind: 'video', count: 2 } });
  });

  it('reads a forwarded message by what it forwards, and does not take it for a reply', async () => {
    ({ h, sink, stop } = await startDiscord());
    const original = h.fake.post(h.parent.id, h.fake.school.generalChannel, 'jij bent zo dom');
    h.fake.post(h.fake.school.pupilParent.id, h.groupChatId, '', {
      flags: 16384,
      reference: { type: 1, message_id: original, channel_id: h.fake.school.generalChannel },
      snapshots: [{ content: 'jij bent zo dom', attachments: [file('foto.jpg', 'image/jpeg')], type: 0 }],
    });
    const m = await sink.waitFor((s) => s.messages()[0], 'the forward');
    expect(m).toMatchObject({ text: 'jij bent zo dom', media: { kind: 'photo', count: 1 }, edited: false });
    expect(m.replyTo).toBeUndefined();
  });

  it('forwards an edit once, not again when Discord repeats the update for a link preview', async () => {
    ({ h, sink, stop } = await startDiscord());
    const id = await h.postText(h.parent, 'kijk https://example.org');
    h.fake.edit(id, 'kijk hier https://example.org');
    const json = h.fake.messages.json(h.fake.messages.get(id) ?? ({} as never));
    h.fake.gateway.dispatch('MESSAGE_UPDATE', {
      ...json,
      embeds: [{ type: 'link', url: 'https://example.org' }],
    });
    h.fake.slash(h.parent.id, h.groupChatId, 'help'); // barrier in the same channel
    await sink.command(1);
    expect(sink.messages().map((m) => [m.text, m.edited])).toEqual([
      ['kijk https://example.org', false],
      ['kijk hier https://example.org', true],
    ]);
  });

  it('ignores its own messages and system messages', async () => {
    ({ h, sink, stop } = await startDiscord());
    await h.adapter.perform({ kind: 'send_group', chatId: h.groupChatId, text: 'Herinnering: wees aardig' });
    h.fake.post(h.parent.id, h.groupChatId, '', { type: 6 }); // "pinned a message"
    h.fake.slash(h.parent.id, h.groupChatId, 'help');
    await sink.command(1);
    expect(sink.messages()).toEqual([]);
  });
});
