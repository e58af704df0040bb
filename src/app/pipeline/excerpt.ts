import type { Language } from '../../core/categories.js';
import type { Finding } from '../../core/finding.js';
import { MAX_EXCERPT_LENGTH } from '../../store/incidents.js';
import type { MaskFn } from '../brain-deps.js';

/**
 * The evidence kept with an incident and shown in an alert: the message with every
 * personal-data span masked (core/mask.ts), whatever the incident is about, cut to the
 * store's limit. Masking runs over ALL standing findings, so a bullying incident never
 * stores the phone number that stood next to the insult.
 */
export function maskedExcerpt(
  mask: MaskFn,
  text: string,
  findings: readonly Finding[],
  lang: Language,
): string {
  if (text.trim() === '') return '';
  const masked = mask(text, findings, lang).replace(/\s+/g, ' ').trim();
  if (masked.length <= MAX_EXCERPT_LENGTH) return masked;
  let cut = '';
  for (const ch of masked) {
    if (cut.length + ch.length > MAX_EXCERPT_LENGTH - 1) break;
    cut += ch;
  }
  return `${cut}…`;
}
