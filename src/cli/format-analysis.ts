import type { Analysis } from '../core/analyse.js';
import type { Finding } from '../core/finding.js';

function quote(text: string, f: Finding): string {
  const evidence = text.slice(f.start, f.end);
  return JSON.stringify(evidence.length > 80 ? `${evidence.slice(0, 77)}...` : evidence);
}

function head(f: Finding): string {
  const kind = f.kind ? ` ${f.kind}` : '';
  const target = f.target ? ` target=${f.target}` : '';
  return `${f.category}${kind} (${f.severity})${target}`;
}

/** The readable verdict of `klaswacht check "text"`. */
export function formatCheck(text: string, analysis: Analysis): string {
  if (analysis.findings.length === 0) return 'nothing to flag / niets gevonden\n';
  return `${analysis.findings
    .map((f) => `${head(f)} at ${f.start}-${f.end} ${quote(text, f)}  [${f.rule}]`)
    .join('\n')}\n`;
}

/**
 * `klaswacht explain "text"`: the normalised text, every finding with span, rule and
 * why, the context rules that raised or lowered it, and the hits a context rule vetoed.
 */
export function formatExplain(text: string, analysis: Analysis, detectorIds: readonly string[]): string {
  const out: string[] = [];
  out.push(`text:        ${JSON.stringify(text)}`);
  out.push(`normalised:  ${JSON.stringify(analysis.normalised.value)}`);
  out.push(`plain:       ${JSON.stringify(analysis.normalised.plain.value)}`);
  out.push(`language:    ${analysis.lang}`);
  out.push(`detectors:   ${detectorIds.join(', ') || '(none)'}`);
  out.push('');
  if (analysis.findings.length === 0) out.push('findings:    none');
  for (const f of analysis.findings) {
    out.push(`finding:     ${head(f)}`);
    out.push(`  span:      ${f.start}-${f.end} ${quote(text, f)}`);
    out.push(`  rule:      ${f.rule}`);
    out.push(`  why:       ${f.why}`);
    for (const note of f.context ?? []) out.push(`  context:   ${note.effect} by ${note.rule}: ${note.why}`);
  }
  for (const f of analysis.suppressed) {
    out.push(`left alone: ${head(f)} at ${f.start}-${f.end} ${quote(text, f)} [${f.rule}]`);
    if (f.vetoed) out.push(`  vetoed by ${f.vetoed.rule}: ${f.vetoed.why}`);
    for (const note of f.context ?? []) out.push(`  context:   ${note.effect} by ${note.rule}: ${note.why}`);
  }
  if (analysis.worst) out.push('', `worst:       ${head(analysis.worst)}`);
  return `${out.join('\n')}\n`;
}
