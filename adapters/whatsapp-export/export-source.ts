import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { splitLines } from './split-lines.js';
import { chooseChatEntry, listZipEntries } from './zip-directory.js';

/**
 * A chat export on disk, plain text or the `.zip` WhatsApp makes "with media". It can
 * be read more than once (the scanner settles the date order first, then parses), each
 * pass streaming from the file, and reports progress as bytes of the file consumed.
 */
export interface ExportSource {
  /** The file's name without folders: what the report may show. */
  readonly name: string;
  /** Bytes on disk, the 100% of a progress bar. */
  readonly size: number;
  readonly zipEntry?: string;
  lines(onProgress?: (bytesRead: number) => void): AsyncIterable<string>;
}

/** Expected trouble with the file the user named: printed, exit code 1. */
export class ExportFileError extends Error {
  override readonly name = 'ExportFileError';
}

const ZIP_MAGIC = 0x04034b50;

export async function openExport(path: string): Promise<ExportSource> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new ExportFileError(`${path} is not a file`);
    size = s.size;
  } catch (e) {
    if (e instanceof ExportFileError) throw e;
    throw new ExportFileError(
      `cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  const name = basename(path);
  if (!(await isZip(path))) {
    return { name, size, lines: (onProgress) => splitLines(fileChunks(path, onProgress)) };
  }
  const entries = await listZipEntries(path);
  if (!entries) throw new ExportFileError(`${name} looks like a zip but its directory cannot be read`);
  const chat = chooseChatEntry(entries);
  if (!chat)
    throw new ExportFileError(`${name} holds no WhatsApp chat text (_chat.txt or "WhatsApp Chat ... .txt")`);
  return {
    name,
    size,
    zipEntry: chat.name,
    lines: (onProgress) => splitLines(unzipEntry(fileChunks(path, onProgress), chat.name)),
  };
}

async function isZip(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await file.read(head, 0, 4, 0);
    return bytesRead === 4 && head.readUInt32LE(0) === ZIP_MAGIC;
  } finally {
    await file.close();
  }
}

async function* fileChunks(path: string, onProgress?: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  let read = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    read += (chunk as Buffer).length;
    onProgress?.(read);
    yield chunk as Buffer;
  }
}

/** Inflates one entry while the archive streams past; other entries are skipped. */
async function* unzipEntry(chunks: AsyncIterable<Uint8Array>, entryName: string): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | undefined;
  let found = false;
  let done = false;
  const unzip = new Unzip((file) => {
    if (file.name !== entryName) return;
    found = true;
    file.ondata = (err, data, final) => {
      if (err) failure = err;
      else out.push(data);
      if (final) done = true;
    };
    file.start();
  });
  unzip.register(UnzipPassThrough);
  unzip.register(UnzipInflate);
  for await (const chunk of chunks) {
    unzip.push(chunk);
    if (failure) throw new ExportFileError(`cannot unzip ${entryName}: ${failure.message}`);
    while (out.length > 0) yield out.shift() as Uint8Array;
    if (done) return;
  }
  unzip.push(new Uint8Array(0), true);
  if (failure) throw new ExportFileError(`cannot unzip ${entryName}: ${failure.message}`);
  while (out.length > 0) yield out.shift() as Uint8Array;
  if (!found || !done) throw new ExportFileError(`the zip ended before ${entryName} did`);
}
