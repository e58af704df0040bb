import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { createEngine } from '../src/app/engine.js';
import { answerLine } from '../src/cli/jsonl-check.js';
import { chatMessages } from './chat-messages.js';
import { type Figures, formatTable, measure } from './measure.js';

/**
 * The core's speed on realistic chat, side by side with the best-known JavaScript
 * profanity filter (obscenity's English matcher) on the same messages in the same
 * process. klaswacht goes through the exact `check --jsonl` path (JSON in, JSON out).
 */
export function runCoreBench(count: number): string {
  const messages = [...chatMessages(count)];
  const lines = messages.map((m) => JSON.stringify(m));
  const engine = createEngine();
  // Normalisation and personal data only: the same engine with one detector selected.
  const personal = createEngine({ detectors: ['personal-data'] });
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

  const reference = measure('obscenity (reference)', messages, (m) => obscenity.getAllMatches(m.text));
  const pd = measure('klaswacht, personal data only', lines, (l) => JSON.stringify(answerLine(personal, l)));
  const ours = measure('klaswacht check --jsonl path', lines, (l) => JSON.stringify(answerLine(engine, l)));
  // Memory must stay flat as input grows: the same path on a quarter of the input.
  const small = measure('klaswacht, 1/4 of the input', lines.slice(0, Math.floor(count / 4)), (l) =>
    JSON.stringify(answerLine(engine, l)),
  );
  const flagged = lines.filter((l) => (answerLine(engine, l) as { flags?: unknown[] }).flags?.length).length;

  const ratio = ours.perSecond / reference.perSecond;
  const pdRatio = pd.perSecond / reference.perSecond;
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  return [
    `core: ${count.toLocaleString('en')} generated chat messages (${((flagged / count) * 100).toFixed(1)}% flagged), detectors: ${engine.detectorIds.join(', ') || 'none'}`,
    formatTable([reference, pd, ours, small] as Figures[]),
    `throughput ratio klaswacht / obscenity: every detector ${ratio.toFixed(1)}x, personal data only ${pdRatio.toFixed(1)}x`,
    `target personal data only >= 4x, p99 < 500 us: ${verdict(pdRatio >= 4 && pd.p99us < 500)}; every detector >= 2x, p99 < 1000 us: ${verdict(ratio >= 2 && ours.p99us < 1000)}`,
    `heap growth ${small.heapGrowthMb.toFixed(1)} MB at ${small.messages} messages vs ${ours.heapGrowthMb.toFixed(1)} MB at ${ours.messages}`,
  ].join('\n');
}
