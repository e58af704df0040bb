import { afterEach, describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../src/core/chat/chat-event.js';
import { adapterContract } from './adapter-contract.js';
import { type ConsoleHarness, createConsoleHarness } from './console-harness.js';
import { readTranscript } from './console-transcript.js';

adapterContract('console', createConsoleHarness);

describe('the console group beyond the contract', () => {
  let h: ConsoleHarness;
  const events: ChatEvent[] = [];
  const start = async () => {
    events.length = 0;
    h = await createConsoleHarness();
    await h.adapter.start(async (e) => {
      events.push(e);
    });
  };
  const settle = async (n: number) => {
    for (let i = 0; i < 50 && events.length < n; i++) await new Promise((r) => setTimeout(r, 5));
  };
  afterEach(async () => {
    await h.adapter.stop();
    await h.close();
  });

  it('gives the same message ids for the same input (line numbers), so redelivery is recognisable', async () => {
    await start();
    h.type('# een opmerking');
    h.type('');
    h.type('Anna: hallo');
    await settle(1);
    expect(events[0]).toMatchObject({ type: 'message', message: { ref: { messageId: '3' } } });
  });

  it('lets a name that is not in the roster join as a parent', async () => {
    await start();
    h.type('Xander: hoi allemaal');
    await settle(2);
    expect(events[0]).toMatchObject({ type: 'member_joined', member: { id: 'xander', role: 'parent' } });
    expect(events[1]).toMatchObject({
      type: 'message',
      message: { author: { name: 'Xander', role: 'parent' } },
    });
  });

  it('reads a timestamp, media counts, mentions and the roster role', async () => {
    await start();
    h.type('[2025-03-04T10:15:00+01:00] Juf Marieke: [video x2] schoolreis @Anna');
    await settle(1);
    expect(events[0]).toMatchObject({
      type: 'message',
      message: {
        sentAt: new Date('2025-03-04T09:15:00Z'),
        media: { kind: 'video', count: 2 },
        mentions: ['Anna'],
        author: { role: 'teacher' },
      },
    });
  });

  it('skips a line it cannot read, logging its number but never its text', async () => {
    await start();
    h.type('dit is geen regel met een naam');
    h.type('Anna (fluisterend): geheim');
    h.type('Anna: daarna gewoon verder');
    await settle(1);
    expect(events).toHaveLength(1);
    expect(h.log.lines.join('\n')).toMatch(/line=1/);
    expect(h.log.lines.join('\n')).not.toMatch(/geheim|geen regel/);
  });

  it('ignores an edit of someone else’s message', async () => {
    await start();
    h.type('Anna: origineel');
    h.type('Juf Marieke (bewerkt #1): overschreven');
    h.type('Anna: volgende');
    await settle(2);
    expect(events.map((e) => (e.type === 'message' ? e.message.text : e.type))).toEqual([
      'origineel',
      'volgende',
    ]);
  });

  it('refuses a private message until the member opened the private chat, then reports it opened', async () => {
    await start();
    const before = await h.adapter.perform({ kind: 'send_private', userId: 'bram', text: 'melding' });
    expect(before).toEqual({ ok: false, reason: 'no_private_chat' });
    h.type('Bram (privé): /start');
    await settle(1);
    expect(events[0]).toMatchObject({ type: 'private_chat_opened', userId: 'bram' });
    expect(await h.adapter.perform({ kind: 'send_private', userId: 'bram', text: 'melding' })).toMatchObject({
      ok: true,
    });
  });

  it('labels private lines by the recipient role, and shows buttons and attachments', async () => {
    await start();
    await h.adapter.perform({
      kind: 'send_private',
      userId: 'meester-henk',
      text: 'Melding #1\ntweede regel',
      buttons: [{ label: 'Gezien', command: 'handle 1 seen' }],
    });
    const [b] = readTranscript(h.output());
    expect(b).toMatchObject({ channel: 'leidinggevende', audience: 'Meester Henk', speaker: 'klaswacht' });
    expect(b?.text).toBe('Melding #1\ntweede regel\nknoppen: [Gezien: /handle 1 seen]');
  });

  it('reports a delete of a message that scrolled out of its window as too old', async () => {
    await start();
    expect(await h.adapter.perform({ kind: 'delete', chatId: 'klas-3b', messageId: '99' })).toMatchObject({
      reason: 'not_found',
    });
  });

  it('reaches end of input: finished resolves after every event was awaited', async () => {
    await start();
    h.type('Anna: een');
    h.type('Anna: twee');
    await h.close();
    await h.adapter.finished;
    expect(events).toHaveLength(2);
  });
});
