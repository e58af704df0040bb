import type { DateOrder } from '../../../adapters/whatsapp-export/date-order.js';
import type { ExportSource } from '../../../adapters/whatsapp-export/export-source.js';
import { readExport } from '../../../adapters/whatsapp-export/read-export.js';
import { toIncoming } from '../../../adapters/whatsapp-export/to-incoming.js';
import type { Role } from '../../core/message.js';
import type { MaskFn } from './masked-excerpt.js';
import type { ScanJudge } from './scan-judge.js';
import type { ScanReport } from './scan-report.js';
import { ScanTally } from './scan-tally.js';

export interface ScanOptions {
  readonly judge: ScanJudge;
  readonly mask: MaskFn;
  /** The zone the phone was in; the school's by default. */
  readonly timeZone: string;
  readonly dateOrder?: DateOrder;
  /** Names (as exported) of the class's teachers, so the policy treats them as staff. */
  readonly teachers?: readonly string[];
  readonly onProgress?: (bytesRead: number) => void;
  readonly now: () => Date;
}

/**
 * `klaswacht scan`: streams a WhatsApp export through the same judging as the live bot
 * and adds up what it found. Performs nothing and stores nothing; the returned report
 * holds counts and masked excerpts of flagged messages only.
 */
export async function scanExport(source: ExportSource, options: ScanOptions): Promise<ScanReport> {
  const reading = await readExport(source, {
    timeZone: options.timeZone,
    ...(options.dateOrder ? { order: options.dateOrder } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const teachers = new Set((options.teachers ?? []).map((t) => t.trim().toLocaleLowerCase('nl')));
  const roleOf = (author: string): Role =>
    teachers.has(author.toLocaleLowerCase('nl')) ? 'teacher' : 'unknown';
  const tally = new ScanTally(options.mask);
  for await (const entry of reading.entries) {
    if (entry.type === 'stray') tally.strayLines++;
    else if (entry.type === 'notice') tally.notice(entry.day);
    else {
      const hasText = entry.text.trim().length > 0;
      const judgement = hasText ? options.judge.judge(toIncoming(entry, source.name, roleOf)) : undefined;
      tally.add(entry, judgement);
    }
  }
  return {
    file: source.name,
    ...(source.zipEntry ? { zipEntry: source.zipEntry } : {}),
    dateOrder: reading.order,
    timeZone: options.timeZone,
    generatedAt: options.now(),
    policyApplied: options.judge.withPolicy,
    summary: tally.summary(),
    days: tally.days(),
    flagged: tally.flagged,
    people: tally.people(),
  };
}
