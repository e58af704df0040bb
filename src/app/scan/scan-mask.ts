import type { Finding } from '../../core/finding.js';
import type { MaskFn } from './masked-excerpt.js';

/**
 * Masks the personal data the core found: every letter and digit inside a
 * `personal_data` span becomes `•`, separators stay, so "06-12345678" reads as
 * "••-••••••••" and a teacher still sees that a phone number was posted.
 */
export const maskFoundPersonalData: MaskFn = (text: string, findings: readonly Finding[]) => {
  const spans = findings.filter((f) => f.category === 'personal_data');
  if (spans.length === 0) return text;
  const chars = [...text.matchAll(/[\s\S]/gu)].map((m) => ({ at: m.index, c: m[0] }));
  return chars
    .map(({ at, c }) => (spans.some((f) => f.start <= at && at < f.end) && /[\p{L}\p{N}]/u.test(c) ? '•' : c))
    .join('');
};
