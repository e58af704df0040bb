import { splitAuthor } from './author-split.js';
import { type DateOrder, DateOrderEvidence, headerDate } from './date-order.js';
import type { ExportEntry, ExportMessage } from './export-entry.js';
import { MAX_MESSAGE_CHARS } from './export-entry.js';
import { type HeaderLine, hour24, parseHeaderLine } from './header-line.js';
import { classifyBody, EDITED_SUFFIX } from './placeholders.js';
import { type LocalDateTime, localDay, localToInstant } from './zoned-time.js';

export interface ParseOptions {
  /** From {@link detectDateOrder}, or the user's `--date-order`. */
  readonly order: DateOrder;
  /** The phone's zone, to turn printed wall-clock times into instants. */
  readonly timeZone: string;
}

interface Pending {
  readonly line: number;
  readonly local: LocalDateTime;
  readonly author: string;
  parts: string[];
  chars: number;
  truncated: boolean;
}

/**
 * Streams the entries of an export: one dated line starts an entry, every following
 * undated line continues it (multi-line messages). Holds one message at a time, so a
 * file of tens of megabytes parses in flat memory.
 */
export async function* parseExport(
  lines: AsyncIterable<string>,
  options: ParseOptions,
): AsyncGenerator<ExportEntry> {
  let pending: Pending | undefined;
  let seenHeader = false;
  let n = 0;
  for await (const line of lines) {
    n++;
    const header = parseHeaderLine(line);
    const date = header && headerDate(header, options.order);
    if (!header || !date) {
      if (pending) append(pending, line);
      else if (!seenHeader) yield { type: 'stray', line: n };
      continue;
    }
    seenHeader = true;
    if (pending) yield finish(pending, options.timeZone);
    pending = undefined;
    const local: LocalDateTime = {
      ...date,
      hour: hour24(header),
      minute: header.minute,
      second: header.second,
    };
    const split = splitAuthor(header, (body) => classifyBody(body) !== undefined);
    if (!split) {
      yield { type: 'notice', line: n, day: localDay(local) };
      continue;
    }
    pending = { line: n, local, author: split.author, parts: [], chars: 0, truncated: false };
    append(pending, split.body);
  }
  if (pending) yield finish(pending, options.timeZone);
}

/**
 * Reads headers until one settles the date order (usually within the first days of a
 * chat), or to the end. The caller then opens a second pass for {@link parseExport}.
 */
export async function detectDateOrder(lines: AsyncIterable<string>): Promise<DateOrder | undefined> {
  const evidence = new DateOrderEvidence();
  let any = false;
  for await (const line of lines) {
    const header: HeaderLine | undefined = parseHeaderLine(line);
    if (!header) continue;
    any = true;
    evidence.add(header);
    if (evidence.settled) break;
  }
  return any ? evidence.decide() : undefined;
}

function append(p: Pending, text: string): void {
  if (p.truncated) return;
  const room = MAX_MESSAGE_CHARS - p.chars - (p.parts.length > 0 ? 1 : 0);
  if (text.length > room) {
    p.parts.push(text.slice(0, Math.max(0, room)));
    p.truncated = true;
  } else p.parts.push(text);
  p.chars += Math.min(text.length, Math.max(0, room)) + (p.parts.length > 1 ? 1 : 0);
}

function finish(p: Pending, timeZone: string): ExportMessage {
  let text = p.parts.join('\n');
  const edited = EDITED_SUFFIX.test(text);
  if (edited) text = text.replace(EDITED_SUFFIX, '');
  const placeholder = classifyBody(text);
  const base = {
    type: 'message' as const,
    line: p.line,
    local: p.local,
    day: localDay(p.local),
    sentAt: localToInstant(p.local, timeZone),
    author: p.author,
    edited,
    truncated: p.truncated,
  };
  if (placeholder?.type === 'deleted') return { ...base, text: '', deleted: true };
  if (placeholder?.type === 'media')
    return { ...base, text: placeholder.caption, media: placeholder.kind, deleted: false };
  return { ...base, text: text.replace(/[\u200e\u200f]/g, ''), deleted: false };
}
