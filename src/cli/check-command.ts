import { parseArgs } from 'node:util';
import { createEngine } from '../app/engine.js';
import { isLanguage } from '../core/categories.js';
import { type CliCommand, UsageError } from './cli-command.js';
import { formatCheck } from './format-analysis.js';
import { runJsonlCheck } from './jsonl-check.js';

/** `klaswacht check`: the contract's way in (CONTRACT.md, "The check command"). */
export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'klaswacht check [--lang nl|en] "text"   |   klaswacht check --jsonl < in.jsonl > out.jsonl',
  summary: 'judge one message, or a JSON-lines stream (one answer per line)',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { jsonl: { type: 'boolean' }, lang: { type: 'string' }, config: { type: 'string' } },
    });
    const engine = createEngine(values.config ? { configDir: values.config } : {});
    if (values.jsonl) {
      if (positionals.length) throw new UsageError('--jsonl reads standard input; give no text');
      await runJsonlCheck(engine, io.stdin, io.stdout);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('give exactly one text (quote it) or --jsonl');
    if (values.lang !== undefined && !isLanguage(values.lang))
      throw new UsageError('--lang must be nl or en');
    const text = positionals[0] as string;
    const analysis = engine.analyse(values.lang ? { text, lang: values.lang as 'nl' | 'en' } : { text });
    io.stdout.write(formatCheck(text, analysis));
    return 0;
  },
};
