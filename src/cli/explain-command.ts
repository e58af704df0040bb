import { parseArgs } from 'node:util';
import { loadAppConfig } from '../app/config/load-config.js';
import { createEngine } from '../app/engine.js';
import { DEFAULT_CONFIG_DIR } from '../app/paths.js';
import { dryRunDecision, dryRunGroup } from '../app/scan/dry-run.js';
import { ScanHistory } from '../app/scan/scan-history.js';
import { isLanguage } from '../core/categories.js';
import type { IncomingMessage } from '../core/message.js';
import { type CliCommand, UsageError } from './cli-command.js';
import { formatExplain } from './format-analysis.js';
import { formatDryRun } from './format-dry-run.js';
import { formatModelScores } from './format-model-scores.js';

/**
 * `klaswacht explain`: why the core decided what it did, for teachers and lexicon
 * authors, and what the bot would then do with it in a parents' group (the policy's
 * dry run, the one `scan` uses).
 */
export const explainCommand: CliCommand = {
  name: 'explain',
  usage: 'klaswacht explain [--lang nl|en] [--config DIR] "text"',
  summary:
    'show the normalised text, every finding with its span, rule, why and context rules, and what the bot would do',
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
    const settings = loadAppConfig(values.config ?? DEFAULT_CONFIG_DIR).policy;
    const text = positionals[0] as string;
    const analysis = engine.analyse(values.lang ? { text, lang: values.lang as 'nl' | 'en' } : { text });
    const now = new Date();
    const decision = dryRunDecision({
      settings,
      group: dryRunGroup('parents', 'Europe/Amsterdam'),
      message: parentMessage(text, now),
      findings: analysis.findings,
      history: new ScanHistory(settings).before('explain', now),
    });
    io.stdout.write(
      formatExplain(text, analysis, engine.detectorIds) +
        formatModelScores(engine.explainModel?.(text)) +
        formatDryRun(decision, now),
    );
    return 0;
  },
};

/** The text as a parent's message in the group, now. */
function parentMessage(text: string, now: Date): IncomingMessage {
  return {
    ref: { platform: 'explain', chatId: 'explain', messageId: '1' },
    author: { id: 'explain', name: 'explain', role: 'parent', isBot: false },
    text,
    sentAt: now,
    edited: false,
    mentions: [],
  };
}
