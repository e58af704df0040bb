import { ConfigError } from '../core/config-error.js';
import { type CliIo, UsageError } from './cli-command.js';
import { COMMANDS } from './commands.js';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `klaswacht: moderation for school class group chats\n\nUsage: klaswacht <command> [options]\n\n${lines.join('\n')}\n\nklaswacht <command> --help shows a command's usage.\n`;
}

/**
 * Entry point of the `klaswacht` command. Returns the exit code: 0 done, 1 failed,
 * 2 wrong usage or broken configuration (the message names the file and line).
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`klaswacht: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`klaswacht ${name}: ${(e as Error).message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.stderr.write(`klaswacht: configuration problem: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`klaswacht ${name}: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}

function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    isTty: Boolean(process.stdout.isTTY),
  };
}
