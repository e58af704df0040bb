import { afterEach, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../adapters/discord/command-line.js';
import type { Brain } from '../../../src/app/brain.js';
import type { DiscordHarness } from './discord-harness.js';
import { discordHarness } from './discord-harness.js';
import type { FakeMessage } from './fake-messages.js';
import type { Json } from './fake-payloads.js';
import { realBrain } from './real-brain.js';

let h: DiscordHarness | undefined;

afterEach(async () => {
  await h?.adapter.stop();
  await h?.close();
  h = undefined;
});

/** Waits until the bot has sent a message matching `pred`, as the brain works asynchronously. */
async function botMessage(pred: (m: FakeMessage) => boolean, what: string): Promise<FakeMessage> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = h?.botMessages().find(pred);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`the bot never sent ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const buttonsOf = (m: FakeMessage) => m.components.flatMap((row) => row.components as Json[]);

describe('Discord with the real brain', () => {
  it('sets up a class by slash command, moderates it, and handles an alert from its buttons', async () => {
    let brain: Brain | undefined;
    h = await discordHarness({ isClassChannel: (id) => brain?.groups.isGroupChat('discord', id) ?? false });
    const harness = h;
    brain = realBrain().brain;
    await harness.adapter.start(brain.sinkFor(harness.adapter));
    const teacher = harness.teacher;
    const isDmTo = (userId: string) => (m: FakeMessage) =>
      harness.fake.world.channel(m.channelId).recipientId === userId;

    // Before /setup the channel is not a class: nothing is judged, nothing deleted.
    const early = await harness.postText(harness.parent, 'mijn nummer is 06-12345678');
    harness.fake.slash(teacher.id, harness.groupChatId, 'setup', 'ouders nl Groep 7');
    await botMessage((m) => m.channelId === harness.groupChatId && !m.ephemeralFor, 'the answer to /setup');
    expect(harness.deletedIds()).not.toContain(early);

    // A parent shares a phone number: deleted, the poster told privately (A3), the teacher alerted.
    const id = await harness.postText(harness.parent, 'het nummer van Daan is 06-12345678, bel hem maar');
    const alert = await botMessage((m) => isDmTo(teacher.id)(m) && m.embeds.length > 0, 'the teacher alert');
    expect(harness.deletedIds()).toContain(id);
    await botMessage(isDmTo(harness.parent.id), 'the private word to the poster');
    expect(harness.textOf(alert)).not.toContain('06-12345678');
    const buttons = buttonsOf(alert);
    expect(buttons.length).toBeGreaterThanOrEqual(4);
    for (const b of buttons) expect(parseCommandLine(String(b.custom_id).slice(3))).toBeDefined();

    // The teacher presses the first button; only they see the answer.
    const before = harness.botMessages().length;
    harness.fake.press(teacher.id, alert.id, String(buttons[0]?.label));
    const answer = await botMessage(
      (m) => harness.botMessages().indexOf(m) >= before && m.ephemeralFor === teacher.id,
      'the answer to the button',
    );
    expect(harness.textOf(answer)).toMatch(/#\d+/u);
    await brain.drain();
  });

  it('a member the teacher marks as staff with /role gets the B2 reminder, though Discord never says who is staff', async () => {
    let brain: Brain | undefined;
    h = await discordHarness({ isClassChannel: (id) => brain?.groups.isGroupChat('discord', id) ?? false });
    const harness = h;
    brain = realBrain().brain;
    await harness.adapter.start(brain.sinkFor(harness.adapter));
    const { teacher, parent } = harness;
    const isDmTo = (userId: string) => (m: FakeMessage) =>
      harness.fake.world.channel(m.channelId).recipientId === userId;
    const b2 = (m: FakeMessage) => isDmTo(parent.id)(m) && harness.textOf(m).includes('(B2)');

    harness.fake.slash(teacher.id, harness.groupChatId, 'setup', 'ouders nl Groep 7');
    await botMessage((m) => m.channelId === harness.groupChatId && !m.ephemeralFor, 'the answer to /setup');
    await harness.postText(parent, 'De school doet er echt alles aan, hoor.');
    await brain.drain();
    expect(harness.botMessages().filter(b2)).toEqual([]);

    harness.fake.slash(teacher.id, harness.groupChatId, 'role', { member: parent.id, role: 'staff' });
    const answer = await botMessage((m) => m.ephemeralFor === teacher.id, 'the answer to /role');
    expect(harness.textOf(answer)).toContain(`${parent.name} staat nu als medewerker in Groep 7.`);
    await harness.postText(parent, 'De directie luistert echt wel naar ons.');
    const reminder = await botMessage(b2, 'the B2 reminder');
    expect(harness.textOf(reminder)).toContain(`Hallo ${parent.name}, dank je voor je bericht in Groep 7.`);
    expect(harness.groupTexts().some((t) => t.includes('(B2)'))).toBe(false);
    await brain.drain();
  });
});
