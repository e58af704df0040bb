import { PermissionFlagsBits as P } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../src/core/chat/chat-event.js';
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

describe('Discord slash commands and buttons', () => {
  beforeEach(async () => {
    ({ h, sink, stop } = await startDiscord({ interactionAckMs: 60_000 }));
  });
  afterEach(() => stop());

  it('registers every brain command per server with Dutch names, and once for private chats', () => {
    const guild = h.fake.rest.guildCommands;
    expect(guild.map((c) => c.name)).toEqual([...COMMAND_NAMES]);
    const setup = guild.find((c) => c.name === 'setup');
    expect(setup).toMatchObject({ name_localizations: { nl: 'instellen' }, description_localizations: {} });
    for (const c of guild.filter((c) => c.name !== 'role')) {
      expect((c.description_localizations as Json).nl).toEqual(expect.any(String));
      expect(c.options).toEqual([expect.objectContaining({ name: 'arguments', type: 3, required: false })]);
    }
    // role: the member from the server's list, the role as a choice (values are the brain's words).
    expect(guild.find((c) => c.name === 'role')?.options).toEqual([
      expect.objectContaining({ name: 'member', name_localizations: { nl: 'lid' }, type: 6, required: true }),
      expect.objectContaining({ name: 'role', name_localizations: { nl: 'rol' }, type: 3, required: true }),
    ]);
    expect(h.fake.rest.globalCommands.map((c) => c.contexts)).toEqual(COMMAND_NAMES.map(() => [1]));
  });

  it('/role with a member picked from the server list: their name and the choice, and their id', async () => {
    h.fake.slash(h.teacher.id, h.groupChatId, 'role', { member: h.parent.id, role: 'staff' });
    expect(await sink.command(1)).toMatchObject({
      name: 'role',
      args: ['Vader', 'van', 'Daan', 'staff'],
      target: { id: h.parent.id, name: 'Vader van Daan' },
      isPrivate: false,
      fromIsChatAdmin: true,
    });
    expect(() =>
      h.fake.slash(h.teacher.id, h.groupChatId, 'role', { member: h.parent.id, role: 'boss' }),
    ).toThrow(/offers no choice "boss"/);
  });

  it('/role in the private chat takes the member as a typed name', async () => {
    const dm = h.fake.world.dmChannelOf(h.teacher.id).id;
    h.fake.slash(h.teacher.id, dm, 'role', { member: 'Vader van Daan', role: 'parent' });
    const cmd = await sink.command(1);
    expect(cmd).toMatchObject({ name: 'role', args: ['Vader', 'van', 'Daan', 'parent'], isPrivate: true });
    expect(cmd.target).toBeUndefined();
  });

  it('reads admin rights from the member permissions Discord resolved for that channel', async () => {
    const { world, school } = h.fake;
    // A parent who is class representative may manage messages in groep 7 only.
    world
      .channel(school.classChannel)
      .overwrites.push({ id: school.parent.id, type: 1, allow: P.ManageMessages, deny: 0n });
    h.fake.slash(school.parent.id, school.classChannel, 'incidents');
    h.fake.slash(school.parent.id, school.generalChannel, 'incidents');
    const [inClass, elsewhere] = [await sink.command(1), await sink.command(2)];
    expect(inClass).toMatchObject({ chatId: school.classChannel, fromIsChatAdmin: true });
    expect(elsewhere).toMatchObject({ chatId: school.generalChannel, fromIsChatAdmin: false });
  });

  it('sends an alert as an embed with buttons; a press comes back as the button command', async () => {
    const sent = await h.adapter.perform({
      kind: 'send_private',
      userId: h.teacher.id,
      text: ALERT,
      buttons: ALERT_BUTTONS,
      aboutChatId: h.groupChatId,
    });
    expect(sent).toMatchObject({ ok: true, messageId: expect.any(String) });
    const alert = h.fake.messages.get(sent.ok ? (sent.messageId ?? '') : '');
    expect(alert?.embeds[0]).toMatchObject({ title: 'Melding 17: pesten in groep 7' });
    expect(String(alert?.embeds[0]?.description)).toContain('Bespreek het vandaag');
    const labels = alert?.components.flatMap((row) => (row.components as Json[]).map((b) => b.label));
    expect(labels).toEqual(ALERT_BUTTONS.map((b) => b.label));

    h.fake.press(h.teacher.id, alert?.id ?? '', 'Naar leidinggevende');
    const press = await sink.command(1);
    expect(press).toMatchObject({
      name: 'handle',
      args: ['17', 'escalate'],
      viaButton: true,
      isPrivate: true,
      fromIsChatAdmin: false,
      from: { id: h.teacher.id },
    });
    const answer = await h.adapter.perform({
      kind: 'reply',
      replyHandle: press.replyHandle,
      chatId: press.chatId,
      text: 'Doorgestuurd naar Meester Bram.',
      private: true,
    });
    expect(answer).toEqual({ ok: true });
    expect(h.privateTexts(h.teacher)).toContain('Doorgestuurd naar Meester Bram.');
  });

  it('answers a public reply in the channel, and a second reply as a follow-up', async () => {
    h.fake.slash(h.teacher.id, h.groupChatId, 'rules');
    const cmd = await sink.command(1);
    const reply = {
      kind: 'reply',
      replyHandle: cmd.replyHandle,
      chatId: cmd.chatId,
      private: false,
    } as const;
    expect(await h.adapter.perform({ ...reply, text: 'Regel 1: we zijn aardig.' })).toEqual({ ok: true });
    expect(await h.adapter.perform({ ...reply, text: 'Regel 2: geen foto zonder toestemming.' })).toEqual({
      ok: true,
    });
    expect(h.groupTexts()).toEqual(['Regel 1: we zijn aardig.', 'Regel 2: geen foto zonder toestemming.']);
    const hooks = h.fake.calls.filter((c) => c.path.startsWith('/webhooks/'));
    expect(hooks.map((c) => c.method)).toEqual(['POST']);
  });

  it('delivers an export as a file and splits text over 2,000 characters', async () => {
    h.fake.slash(h.teacher.id, h.groupChatId, 'export', 'Daan');
    const cmd = await sink.command(1);
    expect(cmd.args).toEqual(['Daan']);
    const long = Array.from({ length: 120 }, (_, i) => `Melding ${i + 1}: gezien en opgelost.`).join('\n');
    const res = await h.adapter.perform({
      kind: 'reply',
      replyHandle: cmd.replyHandle,
      chatId: cmd.chatId,
      text: long,
      private: true,
      files: [
        { name: 'dossier-daan.csv', mimeType: 'text/csv', content: 'datum;categorie\n2026-11-02;pesten\n' },
      ],
    });
    expect(res).toEqual({ ok: true });
    const texts = h.privateTexts(h.teacher);
    expect(texts.length).toBe(2);
    expect(texts.join('\n')).toBe(long);
    const upload = h.fake.calls.find((c) => c.files.length > 0);
    expect(upload?.files).toEqual([
      { name: 'dossier-daan.csv', content: 'datum;categorie\n2026-11-02;pesten\n' },
    ]);
  });

  it('reports a reply to an unknown interaction as not_found', async () => {
    const res = await h.adapter.perform({
      kind: 'reply',
      replyHandle: '1234567890123456789',
      chatId: h.groupChatId,
      text: 'te laat',
      private: true,
    });
    expect(res).toMatchObject({ ok: false, reason: 'not_found' });
  });
});
