import type { Finding } from '../../finding.js';
import type { NormalisedText } from '../../text/normalised-text.js';
import { Candidate } from '../abuse/candidate.js';
import type { ContextRule } from '../abuse/context/rule-schema.js';
import type { MessageScan, ScanCache } from '../abuse/message-scan.js';
import type { Detector } from '../detector.js';
import { type AbuseModel, type ModelCategory, scoreText, tokenContributions } from './abuse-model.js';
import { findEvidence } from './evidence.js';
import { extractFeatures, type MessageFeatures } from './features.js';
import { identityTokens, restsOnIdentity } from './identity-evidence.js';
import { applyContext, BASE_SEVERITY, inheritVeto, modelAnchor, settle } from './model-context.js';
import type { RuleBoard } from './rule-board.js';

/**
 * How the model's hits combine with the rules (README, "The model"). The defaults are
 * what ships; the options exist so that `npm run eval:model` can measure the others.
 */
export interface CombinationPolicy {
  /** A rule finding of the category that stands decides it: the model adds nothing there. */
  readonly rulesFirst: boolean;
  /** A rule hit on the same words vetoed as harmless vetoes the model too. */
  readonly inheritVetoes: boolean;
  /** The context rules and the target model judge model hits as they judge rule hits. */
  readonly contextRules: boolean;
  /** Extra probability a model hit needs when the rules found nothing at all in the message. */
  readonly aloneMargin: number;
}

export const DEFAULT_POLICY: CombinationPolicy = {
  rulesFirst: true,
  inheritVetoes: true,
  contextRules: true,
  aloneMargin: 0,
};

export interface ModelScore {
  readonly category: ModelCategory;
  readonly score: number;
  readonly threshold: number;
  /** Index of the window that scored highest. */
  readonly window: number;
}

/** Per category the highest probability over the message's windows. */
export function scoreMessage(model: AbuseModel, value: string): ModelScore[] {
  const { best, window } = scoreText(model, value);
  return model.categories.map((m, c) => ({
    category: m.category,
    score: best[c] as number,
    threshold: m.threshold,
    window: window[c] as number,
  }));
}

/**
 * The model detector: scores every abuse category on the normalised text; a category
 * above its threshold becomes a finding (`rule: model:<category>`) whose evidence is the
 * words that drove the score, judged by the rule detectors' own context rules and
 * target model, with the rules' severity raises (weapon, plan, a child). Runs after
 * the rule detectors and reads what they concluded from the board.
 */
export function createModelDetector(
  model: AbuseModel,
  cache: ScanCache,
  board: RuleBoard,
  rules: readonly ContextRule[],
  policy: CombinationPolicy = DEFAULT_POLICY,
): Detector {
  return {
    id: 'model',
    categories: model.categories.map((c) => c.category),
    detect(text, context) {
      const scores = scoreMessage(model, text.value);
      const ruled = board.of(text, context);
      const out: Finding[] = [];
      let features: MessageFeatures | undefined;
      for (let c = 0; c < scores.length; c++) {
        const s = scores[c] as ModelScore;
        if (s.score < s.threshold) continue;
        if (policy.rulesFirst && ruled.some((f) => f.category === s.category && !f.vetoed)) continue;
        if (policy.aloneMargin > 0 && s.score < s.threshold + policy.aloneMargin && !ruled.some(isHarm))
          continue;
        const scan = cache.scan(text, context);
        features ??= extractFeatures(text.value, model.features);
        const finding = judge(model, features, c, s, scan, ruled, rules, policy, text);
        if (finding) out.push(finding);
      }
      return out;
    },
  };
}

function isHarm(f: Finding): boolean {
  return f.category !== 'profanity' && f.category !== 'personal_data' && !f.vetoed;
}

function judge(
  model: AbuseModel,
  features: MessageFeatures,
  c: number,
  s: ModelScore,
  scan: MessageScan,
  ruled: readonly Finding[],
  rules: readonly ContextRule[],
  policy: CombinationPolicy,
  text: NormalisedText,
): Finding | undefined {
  const w = features.windows[s.window];
  if (!w || w.end <= w.first) return undefined;
  const t = features.tokens;
  const contributions = tokenContributions(model, w, c);
  const scanToken = (i: number) => scanIndex(scan, t.starts[i] as number, t.ends[i] as number);
  const ev = findEvidence(contributions, w.first, (i) => scan.token(scanToken(i)));
  const first = scanToken(ev.anchorFirst);
  const last = Math.max(first, scanToken(ev.anchorLast));
  const anchor = modelAnchor(scan, s.category, {
    start: t.starts[ev.anchorFirst] as number,
    end: t.ends[ev.anchorLast] as number,
    first,
    last,
  });
  const strongest = ev.strongest.map((i) => `"${text.value.slice(t.starts[i], t.ends[i])}"`);
  const cand = new Candidate(
    s.category,
    BASE_SEVERITY[s.category],
    anchor,
    `model:${s.category}`,
    `the trained model reads this as ${s.category.replace('_', '-')} (score ${s.score.toFixed(2)}, flags from ${s.threshold.toFixed(2)}); strongest words ${strongest.join(', ')}`,
  );
  cand.cover({ start: t.starts[ev.first] as number, end: t.ends[ev.last] as number });
  const identity = identityTokens(scan);
  if (
    identity.size > 0 &&
    restsOnIdentity(contributions, w.first, (i) => identity.has(scanToken(i)), s.score, s.threshold)
  ) {
    cand.veto('identity-neutral', 'the score rests on naming a group, not on anything said about it');
  }
  if (policy.inheritVetoes && !cand.isVetoed) {
    inheritVeto(cand, ruled, { start: text.toOriginal(cand.start), end: text.toOriginalEnd(cand.end) });
  }
  if (policy.contextRules && !cand.isVetoed) {
    applyContext(cand, scan, rules);
    settle(cand, scan);
  }
  return cand.toFinding(scan);
}

/** The scan's token at the model token `[start, end)`: the one covering its start, else the nearest after it. */
function scanIndex(scan: MessageScan, start: number, end: number): number {
  const at = scan.tokens.at;
  for (let i = start; i < end; i++) if ((at[i] as number) >= 0) return at[i] as number;
  for (let i = end; i < at.length; i++) if ((at[i] as number) >= 0) return at[i] as number;
  for (let i = start - 1; i >= 0; i--) if ((at[i] as number) >= 0) return at[i] as number;
  return 0;
}
