import { PermissionFlagsBits as P } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionButton } from '../../../src/core/chat/outbound-action.js';
import type { DiscordHarness } from './discord-harness.js';
import { startDiscord } from './event-sink.js';
import type { Json } from './fake-payloads.js';

const BUTTONS: ActionButton[] = [
  { label: 'Gezien', command: 'handle 21 seen' },
  { label: 'Naar leidinggevende', command: 'handle 21 escalate' },
];
const ALERT = 'Melding 21: persoonsgegevens in groep 7\nEen telefoonnummer is gedeeld en verwijderd.';

let h: DiscordHarness;
let stop: () => Promise<void>;

describe('Discord private messages, and the staff channel when DMs are closed', () => {
  beforeEach(async () => {
    ({ h, stop } = await startDiscord());
  });
  afterEach(() => stop());

  const alertTo = (userId: string, aboutChatId: string | null = h.groupChatId) =>
    h.adapter.perform({
      kind: 'send_private',
      userId,
      text: ALERT,
      buttons: BUTTONS,
      ...(aboutChatId ? { aboutChatId } : {}),
    });

  it('opens a DM and sends the reminder to the poster there (A3)', async () => {
    const res = await h.adapter.perform({
      kind: 'send_private',
      userId: h.parent.id,
      text: 'Deel geen telefoonnummers in de groep.',
    });
    expect(res).toMatchObject({ ok: true });
    expect(h.fake.calls.find((c) => c.path === '/users/@me/channels')?.body).toEqual({
      recipient_id: h.parent.id,
    });
    expect(h.privateTexts(h.parent)).toEqual(['Deel geen telefoonnummers in de groep.']);
    expect(h.groupTexts()).toEqual([]);
  });

  it('posts the alert in the private staff channel with a mention when the teacher has closed DMs', async () => {
    h.fake.world.user(h.teacher.id).dmsClosed = true;
    const res = await alertTo(h.teacher.id);
    expect(res).toMatchObject({ ok: true, messageId: expect.any(String) });
    const staff = h.botMessages().filter((m) => m.channelId === h.fake.school.staffChannel);
    expect(staff).toHaveLength(1);
    expect(staff[0]?.content).toBe(`<@${h.teacher.id}>`);
    expect(h.textOf(staff[0] ?? ({} as never))).toContain('Melding 21: persoonsgegevens in groep 7');
    expect(staff[0]?.components.flatMap((r) => (r.components as Json[]).map((b) => b.label))).toEqual([
      'Gezien',
      'Naar leidinggevende',
    ]);
    const post = h.fake.calls.find((c) => c.path === `/channels/${h.fake.school.staffChannel}/messages`);
    expect(post?.body?.allowed_mentions).toMatchObject({ users: [h.teacher.id] });
  });

  it('never falls back to a staff channel everyone can read', async () => {
    h.fake.world.user(h.teacher.id).dmsClosed = true;
    const staff = h.fake.world.channel(h.fake.school.staffChannel);
    staff.overwrites = staff.overwrites.filter((o) => o.id !== h.fake.world.guildId);
    h.fake.channelChanged(staff.id);
    await h.fake.settled();
    const res = await alertTo(h.teacher.id);
    expect(res).toMatchObject({ ok: false, reason: 'no_private_chat' });
    expect(res.ok || res.detail).toContain('readable by everyone');
    expect(h.botMessages()).toEqual([]);
  });

  it('reports no_private_chat when DMs are closed and there is nowhere else to go', async () => {
    h.fake.world.user(h.teacher.id).dmsClosed = true;
    h.fake.world.user(h.parent.id).dmsClosed = true;
    const withoutGroup = await alertTo(h.teacher.id, null);
    expect(withoutGroup).toMatchObject({ ok: false, reason: 'no_private_chat' });
    expect(withoutGroup.ok || withoutGroup.detail).toContain('no server known');
    // A parent cannot read the staff channel, so a reminder to them is not posted there either.
    const parent = await alertTo(h.parent.id);
    expect(parent.ok || parent.detail).toContain('the recipient cannot read #klaswacht-staf');
    expect(h.botMessages()).toEqual([]);
  });

  it('reports a staff channel the bot may not write in as forbidden, naming the right', async () => {
    h.fake.world.user(h.teacher.id).dmsClosed = true;
    const staff = h.fake.world.channel(h.fake.school.staffChannel);
    staff.overwrites.push({ id: h.fake.school.botRole, type: 0, allow: 0n, deny: P.EmbedLinks });
    h.fake.channelChanged(staff.id);
    await h.fake.settled();
    const res = await alertTo(h.teacher.id);
    expect(res).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(res.ok || res.detail).toContain('Embed Links (Links insluiten)');
  });
});
