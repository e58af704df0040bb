import { afterEach, describe, expect, it } from 'vitest';
import type { Brain } from '../../../src/app/brain.js';
import type { CommandName } from '../../../src/core/chat/chat-event.js';
import type { Store } from '../../../src/store/store.js';
import type { AdapterHarness } from '../adapter-harness.js';
import { createConsoleHarness } from '../console-harness.js';
import { TelegramHarness } from '../telegram/telegram-harness.js';
import { discordHarness } from './discord-harness.js';
import { realBrain } from './real-brain.js';

type Step =
  | { readonly by: 'teacher' | 'parent'; readonly text: string }
  | { readonly by: 'teacher' | 'parent'; readonly photo: string }
  | { readonly by: 'teacher'; readonly command: CommandName; readonly args: readonly string[] };

/** One evening in a parents' class group: set-up, ordinary talk, and what the protocol is about. */
const SCRIPT: readonly Step[] = [
  { by: 'teacher', command: 'setup', args: ['ouders', 'nl', 'Groep', '3B'] },
  { by: 'parent', text: 'Morgen gym, vergeet de tas niet!' },
  { by: 'parent', text: 'het nummer van Daan is 06-12345678, bel hem maar' },
  { by: 'teacher', text: 'Denk aan de ouderavond donderdag om 19:00.' },
  { by: 'parent', text: 'jij bent echt een zielige loser' },
  { by: 'parent', photo: 'klassenfoto van vandaag' },
  { by: 'parent', text: 'kut, gymtas vergeten' },
  { by: 'parent', text: 'wacht maar na school, dan ben je er geweest' },
];

/** A platform as the test runs it: its harness, built around the brain that will use it. */
type Platform = (brain: () => Brain) => Promise<AdapterHarness>;

const PLATFORMS: Record<string, Platform> = {
  console: () => createConsoleHarness(),
  telegram: () => TelegramHarness.create(),
  discord: (brain) => discordHarness({ isClassChannel: (id) => brain().groups.isGroupChat('discord', id) }),
};

let running: { h: AdapterHarness; store: Store } | undefined;

afterEach(async () => {
  await running?.h.adapter.stop();
  await running?.h.close();
  running = undefined;
});

/**
 * Plays the script through the real brain (engine, policy, pipeline, commands, in-memory
 * store) on one platform and returns the incidents it recorded, without platform ids.
 */
async function play(platform: Platform) {
  const { brain, deps } = realBrain();
  const store = deps.store;
  const h = await platform(() => brain);
  running = { h, store };
  const sink = brain.sinkFor(h.adapter);
  let handled = 0;
  await h.adapter.start(async (event) => {
    await sink(event);
    if (event.type === 'message' || event.type === 'command') handled += 1;
  });
  for (const [i, step] of SCRIPT.entries()) {
    const who = step.by === 'teacher' ? h.teacher : h.parent;
    if ('command' in step) await h.invokeCommand(who, step.command, step.args, 'group');
    else if ('photo' in step) await h.postPhoto(who, step.photo);
    else await h.postText(who, step.text);
    const deadline = Date.now() + 10_000;
    while (handled <= i && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(handled, `${h.platform} handled step ${i + 1}`).toBe(i + 1);
  }
  await brain.drain();
  await h.settle();
  const incidents = store.incidents.list().map((x) => ({
    category: x.category,
    severity: x.severity,
    rule: x.rule,
    kind: x.kind,
    target: x.target,
    excerpt: x.excerpt,
    status: x.status,
  }));
  return { incidents, deleted: h.deletedIds().length };
}

describe('the same conversation gives the same incidents on every platform', () => {
  it('console, Telegram and Discord record identical incidents and delete the same messages', async () => {
    const results: Record<string, Awaited<ReturnType<typeof play>>> = {};
    for (const [name, platform] of Object.entries(PLATFORMS)) {
      results[name] = await play(platform);
      await running?.h.adapter.stop();
      await running?.h.close();
      running = undefined;
    }
    const reference = results.console;
    // At least what needs no judgement call: the phone number (A2, deleted) and the photo (A5).
    expect(reference?.incidents.map((i) => i.category)).toEqual(
      expect.arrayContaining(['personal_data', 'media_without_consent']),
    );
    expect(reference?.deleted).toBe(1);
    expect(results.telegram).toEqual(reference);
    expect(results.discord).toEqual(reference);
  });
});
