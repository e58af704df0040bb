import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExportEntry, ExportMessage } from '../../../adapters/whatsapp-export/export-entry.js';
import { openExport } from '../../../adapters/whatsapp-export/export-source.js';
import { readExport } from '../../../adapters/whatsapp-export/read-export.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Every entry of an export file, through the adapter's real way in. */
export async function readAll(path: string, timeZone = 'Europe/Amsterdam'): Promise<ExportEntry[]> {
  const reading = await readExport(await openExport(path), { timeZone });
  const out: ExportEntry[] = [];
  for await (const e of reading.entries) out.push(e);
  return out;
}

export function messagesOf(entries: readonly ExportEntry[]): ExportMessage[] {
  return entries.filter((e): e is ExportMessage => e.type === 'message');
}

export async function* linesOf(text: string): AsyncGenerator<string> {
  for (const line of text.split('\n')) yield line;
}
