import type { DateOrder } from './date-order.js';
import type { ExportEntry } from './export-entry.js';
import type { ExportSource } from './export-source.js';
import { ExportFileError } from './export-source.js';
import { detectDateOrder, parseExport } from './parse-export.js';

export interface ReadExportOptions {
  readonly timeZone: string;
  /** Overrides detection (`--date-order`), for a file the evidence cannot settle. */
  readonly order?: DateOrder;
  readonly onProgress?: (bytesRead: number) => void;
}

export interface ExportReading {
  readonly order: DateOrder;
  readonly entries: AsyncIterable<ExportEntry>;
}

/**
 * The adapter's one way in: settle the date order on a first, usually short pass, then
 * stream the entries on a second. Throws ExportFileError when no line of the file looks
 * like a WhatsApp export, so a wrong file is named rather than reported as "no messages".
 */
export async function readExport(source: ExportSource, options: ReadExportOptions): Promise<ExportReading> {
  const detected = await detectDateOrder(source.lines());
  if (detected === undefined) {
    throw new ExportFileError(
      `${source.name} does not look like a WhatsApp chat export (no line starts with a date and time)`,
    );
  }
  const order = options.order ?? detected;
  return {
    order,
    entries: parseExport(source.lines(options.onProgress), { order, timeZone: options.timeZone }),
  };
}
