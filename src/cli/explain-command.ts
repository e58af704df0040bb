import { parseArgs } from 'node:util';
import { createEngine } from '../app/engine.js';
import { isLanguage } from '../core/categories.js';
import { type CliCommand, UsageError } from './cli-command.js';
import { formatExplain } from './format-analysis.js';

/** `klaswacht explain`: why the core decided what it did, for teachers and lexicon authors. */
export const explainCommand: CliCommand = {
  name: 'explain',
  usage: 'klaswacht explain [--lang nl|en] "text"',
  summary: 'show the normalised text and every finding with its span, rule, why and context rules',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { lang: { type: 'string' }, config: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one text (quote it)');
    if (values.lang !== undefined && !isLanguage(values.lang))
      throw new UsageError('--lang must be nl or en');
    const engine = createEngine(values.config ? { configDir: values.config } : {});
    const text = positionals[0] as string;
    const analysis = engine.analyse(values.lang ? { text, lang: values.lang as 'nl' | 'en' } : { text });
    io.stdout.write(formatExplain(text, analysis, engine.detectorIds));
    return 0;
  },
};
