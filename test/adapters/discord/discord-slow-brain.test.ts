import { PermissionFlagsBits as P } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionButton } from '../../../src/core/chat/outbound-action.js';
import type { DiscordHarness } from './discord-harness.js';
import { type EventSink, startDiscord } from './event-sink.js';
import type { Json } from './fake-payloads.js';

const ALERT_BUTTONS: ActionButton[] = [
  { label: 'Gezien', command: 'handle 17 seen' },
  { label: 'Opgelost', command: 'handle 17 solved' },
  { label: 'Vals alarm', command: 'handle 17 false_alarm' },
  { label: 'Naar leidinggevende', command: 'handle 17 escalate' },
  { label: 'Exporteren', command: 'export 17' },
];
const ALERT =
  'Melding 17: pesten in groep 7\nBewijs: "jij bent een l***r"\nBespreek het vandaag met de betrokkenen.';

let h: DiscordHarness;
let sink: EventSink;
let stop: () => Promise<void>;

describe('Discord interactions when the brain is slower than 3 seconds', () => {
  beforeEach(async () => {
    ({ h, sink, stop } = await startDiscord({ interactionAckMs: 0 }));
  });
  afterEach(() => stop());

  const isCallback = (type: number) => (c: { path: string; body?: Json }) =>
    c.path.endsWith('/callback') && c.body?.type === type;

  it('acknowledges a slash command privately, then fills in the private answer', async () => {
    h.fake.slash(h.parent.id, h.groupChatId, 'help');
    const cmd = await sink.command(1);
    const ack = await h.fake.waitForCall(isCallback(5), 'a deferred reply');
    expect(ack.body?.data).toEqual({ flags: 64 });
    const res = await h.adapter.perform({
      kind: 'reply',
      replyHandle: cmd.replyHandle,
      chatId: cmd.chatId,
      text: 'Zo werkt klaswacht.',
      private: true,
    });
    expect(res).toEqual({ ok: true });
    expect(h.privateTexts(h.parent)).toEqual(['Zo werkt klaswacht.']);
    expect(h.groupTexts()).toEqual([]);
  });

  it('turns a public answer after a private acknowledgement into a channel message', async () => {
    h.fake.slash(h.teacher.id, h.groupChatId, 'announce', 'Morgen geen gym');
    const cmd = await sink.command(1);
    await h.fake.waitForCall(isCallback(5), 'a deferred reply');
    const res = await h.adapter.perform({
      kind: 'reply',
      replyHandle: cmd.replyHandle,
      chatId: cmd.chatId,
      text: 'Mededeling: morgen geen gym.',
      private: false,
    });
    expect(res).toMatchObject({ ok: true });
    expect(h.groupTexts()).toEqual(['Mededeling: morgen geen gym.']);
    expect(h.privateTexts(h.teacher)).toEqual([]);
  });

  it('answers privately when the public answer cannot be posted (no right to write there)', async () => {
    const { world, school } = h.fake;
    world
      .channel(school.classChannel)
      .overwrites.push({ id: school.botRole, type: 0, allow: 0n, deny: P.SendMessages });
    h.fake.channelChanged(school.classChannel);
    h.fake.slash(h.teacher.id, h.groupChatId, 'rules');
    const cmd = await sink.command(1);
    await h.fake.waitForCall(isCallback(5), 'a deferred reply');
    const res = await h.adapter.perform({
      kind: 'reply',
      replyHandle: cmd.replyHandle,
      chatId: cmd.chatId,
      text: 'De regels van groep 7.',
      private: false,
    });
    expect(res).toEqual({ ok: true });
    expect(h.privateTexts(h.teacher)).toEqual(['De regels van groep 7.']);
    expect(h.log.lines.some((l) => l.includes('discord.interaction.public_refused'))).toBe(true);
  });

  it('acknowledges a button press silently, then answers only the presser', async () => {
    const sent = await h.adapter.perform({
      kind: 'send_private',
      userId: h.teacher.id,
      text: ALERT,
      buttons: ALERT_BUTTONS,
    });
    h.fake.press(h.teacher.id, sent.ok ? (sent.messageId ?? '') : '', 'Gezien');
    const press = await sink.command(1);
    await h.fake.waitForCall(isCallback(6), 'a deferred update');
    await h.adapter.perform({
      kind: 'reply',
      replyHandle: press.replyHandle,
      chatId: press.chatId,
      text: 'Gemarkeerd als gezien.',
      private: true,
    });
    const followUp = h.fake.calls.find((c) => c.method === 'POST' && c.path.startsWith('/webhooks/'));
    expect(followUp?.body).toMatchObject({ content: 'Gemarkeerd als gezien.', flags: 64 });
    expect(h.privateTexts(h.teacher)).toContain('Gemarkeerd als gezien.');
  });
});
