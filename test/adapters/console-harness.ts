import { PassThrough } from 'node:stream';
import { ConsoleAdapter } from '../../adapters/console/console-adapter.js';
import { type ConsoleRoster, consoleRosterSchema, memberId } from '../../adapters/console/console-roster.js';
import { createMemoryLogger } from '../../src/app/log.js';
import type { AdapterHarness, FakeUser } from './adapter-harness.js';
import { botBlocks, deletedIds } from './console-transcript.js';

/** A console group on in-memory streams: the harness types lines and reads the output. */
export interface ConsoleHarness extends AdapterHarness {
  readonly adapter: ConsoleAdapter;
  /** Types one raw input line, as a person at the terminal would. */
  type(line: string): void;
  output(): string;
  readonly log: ReturnType<typeof createMemoryLogger>;
}

export const TEST_ROSTER: ConsoleRoster = consoleRosterSchema.parse({
  group: { chatId: 'klas-3b', className: 'Groep 3B', school: 'De Linde', type: 'parents', language: 'nl' },
  members: [
    { name: 'Juf Marieke', role: 'teacher', admin: true },
    { name: 'Meester Henk', role: 'supervisor', inGroup: false },
    { name: 'Anna', role: 'parent' },
    { name: 'Bram', role: 'parent', privateChatOpen: false },
  ],
});

export async function createConsoleHarness(roster: ConsoleRoster = TEST_ROSTER): Promise<ConsoleHarness> {
  const input = new PassThrough();
  const out = new PassThrough();
  let output = '';
  out.setEncoding('utf8');
  out.on('data', (chunk: string) => {
    output += chunk;
  });
  const log = createMemoryLogger();
  const adapter = new ConsoleAdapter({ input, output: out, roster, clock: () => new Date(), log });
  const user = (name: string): FakeUser => ({ id: memberId(name), name });
  let lines = 0;
  const type = (line: string) => {
    if (input.destroyed || input.writableEnded) return;
    lines += 1;
    input.write(`${line}\n`);
  };
  const at = (u: FakeUser, qualifier?: string) => `${u.name}${qualifier ? ` (${qualifier})` : ''}`;
  return {
    adapter,
    platform: 'console',
    groupChatId: roster.group.chatId,
    teacher: user('Juf Marieke'),
    parent: user('Anna'),
    supports: { edits: true, media: true, replies: true },
    log,
    type,
    output: () => output,
    async postText(from, text, options) {
      type(`${at(from, options?.replyTo ? `antwoord #${options.replyTo}` : undefined)}: ${text}`);
      return String(lines);
    },
    async editText(from, messageId, text) {
      type(`${at(from, `bewerkt #${messageId}`)}: ${text}`);
    },
    async postPhoto(from, caption) {
      type(`${from.name}: [foto] ${caption ?? ''}`.trimEnd());
      return String(lines);
    },
    async invokeCommand(from, name, args, where) {
      type(`${at(from, where === 'private' ? 'privé' : undefined)}: /${[name, ...args].join(' ')}`);
    },
    groupTexts: () =>
      botBlocks(output)
        .filter((b) => b.audience === 'group')
        .map((b) => b.text),
    privateTexts: (u) =>
      botBlocks(output)
        .filter((b) => b.audience === u.name)
        .map((b) => b.text),
    deletedIds: () => deletedIds(output),
    refuseNextDelete() {
      adapter.refuseDeletes += 1;
    },
    settle: () => new Promise((r) => setImmediate(r)),
    async close() {
      // The output stays open: the adapter may still be answering the last lines.
      input.end();
    },
  };
}
