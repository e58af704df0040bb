import { parseArgs } from 'node:util';
import { startBot } from '../app/composition-root.js';
import { withDotEnv } from '../app/env.js';
import { DEFAULT_CONFIG_DIR } from '../app/paths.js';
import { StartupError } from '../app/startup-error.js';
import type { CliCommand } from './cli-command.js';

/**
 * `klaswacht start` (what `npm start` runs): every platform whose token is set in the
 * environment or `.env`, else the console class group on standard input and output.
 * Ends at the console's end of input, or on SIGINT/SIGTERM, after a graceful shutdown.
 */
export const startCommand: CliCommand = {
  name: 'start',
  usage: 'klaswacht start [--db PATH] [--config DIR]',
  summary: 'run the bot: every platform whose token is set, else the console class group',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: { db: { type: 'string' }, config: { type: 'string' } },
    });
    const cwd = process.cwd();
    let bot: Awaited<ReturnType<typeof startBot>>;
    try {
      bot = await startBot({
        env: withDotEnv(io.env, cwd),
        cwd,
        configDir: values.config ?? DEFAULT_CONFIG_DIR,
        stdin: io.stdin,
        stdout: io.stdout,
        stderr: io.stderr,
        ...(values.db ? { dbPath: values.db } : {}),
      });
    } catch (error) {
      if (!(error instanceof StartupError)) throw error;
      io.stderr.write(`klaswacht: cannot start: ${error.message}\n`);
      return 2;
    }
    const signalled = new Promise<string>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
    });
    const why = await Promise.race([bot.finished.then(() => 'end of input'), signalled]);
    bot.log.info('stopping', { why });
    await bot.stop();
    return 0;
  },
};
