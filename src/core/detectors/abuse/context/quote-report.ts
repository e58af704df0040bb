import type { Candidate } from '../candidate.js';
import type { Hit, MessageScan } from '../message-scan.js';
import { insideQuotes } from '../quotes.js';

function isFirstPerson(h: Hit): boolean {
  return h.entry.list === 'persons' && (h.entry.attrs.role === '1p' || h.entry.attrs.role === '1p-plural');
}

/**
 * Quoting or reporting abuse to object to it is not abuse (`hij noemde me een loser, dat
 * is toch pesten?`, `someone shouted 'fat cow' at her`, `kys zeggen ze steeds`). Vetoes
 * a hit that is quoted in a message that reports, questions or condemns it, or that
 * follows a report verb whose victim is the writer. Self-harm is never vetoed here: a
 * report that a child wants to die is exactly what the teacher must see.
 */
export function applyQuoteReport(c: Candidate, scan: MessageScan): void {
  if (c.isVetoed || c.category === 'self_harm') return;
  const a = c.anchor;
  const reports = scan.list('report-verbs');
  if (insideQuotes(scan.quotes, a.start, a.end)) {
    const why = reportedBy(scan, reports) ?? condemnedBy(scan);
    if (why) c.veto('quote-report', `quoted to report or object to it (${why})`);
    return;
  }
  const sentence = scan.sentenceOf(a);
  for (const r of reports) {
    if (scan.sentenceOf(r) !== sentence) continue;
    if (c.category !== 'discrediting' && r.last < a.first && victimBetween(scan, r, a)) {
      c.veto('quote-report', `reports what was said to the writer ("${scan.value.slice(r.start, a.end)}")`);
      return;
    }
    // `hij werd een loser genoemd`, `she got called a slag`: a passive report.
    if (
      r.first > a.last &&
      r.first - a.last <= 2 &&
      r.entry.attrs.kind === 'called' &&
      passiveBefore(scan, a)
    ) {
      c.veto('quote-report', `reports what someone was called ("${scan.value.slice(a.start, r.end)}")`);
      return;
    }
    // `kys zeggen ze steeds`: the report verb follows the words it reports. Hearsay is what
    // discrediting is made of, so it is not a report there.
    if (
      c.category !== 'discrediting' &&
      r.first > a.last &&
      r.first - a.last <= 2 &&
      r.entry.attrs.kind === 'said' &&
      scan.sameClause(r, a)
    ) {
      c.veto('quote-report', `reports what others say ("${scan.value.slice(a.start, r.end)}")`);
      return;
    }
  }
}

const PASSIVE = new Set([
  'werd',
  'wordt',
  'worden',
  'werden',
  'was',
  'got',
  'gets',
  'been',
  'is',
  'being',
  'get',
]);

function passiveBefore(scan: MessageScan, a: Hit): boolean {
  for (let i = a.first - 1; i >= 0 && i >= a.first - 4; i--)
    if (PASSIVE.has(scan.token(i)?.text ?? '')) return true;
  return false;
}

function reportedBy(scan: MessageScan, reports: readonly Hit[]): string | undefined {
  const r = reports[0];
  if (r) return `"${scan.value.slice(r.start, r.end)}"`;
  if (scan.value.includes('?')) return 'asked about';
  return undefined;
}

function condemnedBy(scan: MessageScan): string | undefined {
  const c = scan.list('counter-speech')[0];
  return c ? `"${scan.value.slice(c.start, c.end)}"` : undefined;
}

/** The writer (or their child, `my son`) is the one spoken to between the verb and the hit. */
function victimBetween(scan: MessageScan, verb: Hit, anchor: Hit): boolean {
  if (verb.entry.attrs.kind === 'called' || verb.entry.attrs.kind === 'received') {
    for (const p of scan.list('persons')) {
      if (p.first > verb.last && p.first <= verb.last + 3 && p.first <= anchor.first && isFirstPerson(p))
        return true;
    }
    // `Harry called me`: the victim may stand right after the verb; `werd X genoemd` has none.
    return verb.entry.attrs.kind === 'received';
  }
  for (const p of scan.list('persons')) {
    if (p.first > verb.last && p.first < anchor.first && isFirstPerson(p)) return true;
  }
  return false;
}
