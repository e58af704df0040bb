import type { Finding } from '../../core/finding.js';

/** Masks personal data in a text given the findings on it (the core's `maskPersonalData`). */
export type MaskFn = (text: string, findings: readonly Finding[]) => string;

/** Characters of context either side of the evidence; enough to judge, not a transcript. */
const CONTEXT = 60;
const MAX_EXCERPT = 280;

/**
 * The part of a flagged message a teacher needs to judge it: the evidence with some
 * context, cut to a window first and masked after, so personal data anywhere in the
 * window (even cut in half at its edge) is masked and nothing outside it is shown.
 */
export function maskedExcerpt(text: string, findings: readonly Finding[], mask: MaskFn): string {
  if (findings.length === 0) return '';
  let from = Math.min(...findings.map((f) => f.start));
  let to = Math.max(...findings.map((f) => f.end));
  if (to - from > MAX_EXCERPT - 2 * CONTEXT) to = Math.min(to, from + MAX_EXCERPT - 2 * CONTEXT);
  from = Math.max(0, from - CONTEXT);
  to = Math.min(text.length, to + CONTEXT);
  // Never cut a surrogate pair in half.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  const inWindow = findings
    .filter((f) => f.start < to && f.end > from)
    .map((f) => ({ ...f, start: Math.max(f.start, from) - from, end: Math.min(f.end, to) - from }));
  const masked = mask(text.slice(from, to), inWindow);
  const body = masked.replace(/\s*\n\s*/g, ' / ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/**
 * WhatsApp shows people who are not in the exporter's contacts by phone number; such a
 * "name" is personal data, so all but its last two digits are masked.
 */
export function maskAuthorName(name: string): string {
  const digits = name.replace(/\D/g, '');
  if (!/^\+?[\d\s().-]+$/.test(name) || digits.length < 7) return name;
  let keep = 2;
  let out = '';
  for (let i = name.length - 1; i >= 0; i--) {
    const c = name[i] as string;
    if (c >= '0' && c <= '9') out = (keep-- > 0 ? c : '•') + out;
    else out = c + out;
  }
  return out;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
