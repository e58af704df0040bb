import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { type RunningBot, startBot } from '../../../src/app/composition-root.js';
import { DEFAULT_CONFIG_DIR } from '../../../src/app/paths.js';
import { readTranscript, type TranscriptBlock } from '../../adapters/console-transcript.js';

/** A finished console session: what a person at the terminal read, and the store it left. */
export interface ConsoleSession {
  readonly output: string;
  readonly logs: string;
  readonly blocks: readonly TranscriptBlock[];
  /** The bot's own lines for one audience (`group`, or a member's name). */
  to(audience: string): string[];
  /** The store, open until `close`. */
  readonly bot: RunningBot;
  close(): Promise<void>;
}

/**
 * `npm start` in-process, the console class group fed from a roster written for the
 * test and the given input lines, on a temporary SQLite file: the real composition
 * root, engine, templates and brain, read back from the console transcript.
 */
export async function consoleSession(
  rosterYaml: string,
  lines: readonly string[],
  options: { readonly clock?: () => Date } = {},
): Promise<ConsoleSession> {
  const dir = mkdtempSync(join(tmpdir(), 'klaswacht-console-'));
  const roster = join(dir, 'roster.yaml');
  writeFileSync(roster, rosterYaml);
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let output = '';
  let logs = '';
  stdout.on('data', (c: Buffer) => {
    output += c.toString('utf8');
  });
  stderr.on('data', (c: Buffer) => {
    logs += c.toString('utf8');
  });
  const bot = await startBot({
    env: { KLASWACHT_CONSOLE_ROSTER: roster },
    cwd: dir,
    configDir: DEFAULT_CONFIG_DIR,
    dbPath: join(dir, 'klaswacht.sqlite'),
    stdin,
    stdout,
    stderr,
    registry: [],
    ...(options.clock ? { clock: options.clock } : {}),
  });
  stdin.end(`${lines.join('\n')}\n`);
  await bot.finished;
  await bot.brain.drain();
  const blocks = readTranscript(output);
  return {
    output,
    logs,
    blocks,
    to: (audience) =>
      blocks.filter((b) => b.speaker === 'klaswacht' && b.audience === audience).map((b) => b.text),
    bot,
    async close() {
      await bot.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
