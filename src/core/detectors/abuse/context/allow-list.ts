import type { Candidate } from '../candidate.js';
import type { Hit, MessageScan } from '../message-scan.js';

const WHY: Readonly<Record<string, string>> = {
  'figurative-idiom': 'a figure of speech',
  'benign-compound': 'a harmless word that contains a bad one',
  homonym: 'the same word with a harmless meaning',
  'medical-context': 'about the illness itself',
  'shared-resource': 'a code or password meant to be shared (guest wifi, class code)',
};

/** The allow-list line overlapping `h`, if any (`dood van het lachen` over `dood`). */
export function allowedBy(scan: MessageScan, h: { start: number; end: number }): Hit | undefined {
  for (const a of scan.list('allow')) if (a.start < h.end && h.start < a.end) return a;
  return undefined;
}

/**
 * Allow-lists veto overlapping hits (ARCHITECTURE rule 2): idioms (`ik schiet in de
 * lach`, `die toets was moord`), benign compounds (`kankerbestrijding`, `KWF`),
 * homonyms (`blue tits`, `homo sapiens`). The veto names the kind of allowance.
 */
export function applyAllowList(c: Candidate, scan: MessageScan): void {
  const a = allowedBy(scan, c.anchor);
  if (!a) return;
  const rule = a.entry.attrs.rule ?? 'figurative-idiom';
  // The allowance is the most telling reason, so it replaces a veto found earlier.
  c.vetoed = undefined;
  c.veto(rule, `${WHY[rule] ?? 'allowed'}: "${scan.value.slice(a.start, a.end)}"`);
}
