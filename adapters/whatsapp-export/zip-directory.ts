import { open } from 'node:fs/promises';

/** One file inside a zip, from the archive's central directory. */
export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedSize: number;
  readonly size: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const TAIL_BYTES = 22 + 65_535;

/**
 * Lists a zip's files by reading only its end (the central directory), so a chat
 * export with hundreds of megabytes of photos is never read into memory just to find
 * the chat text. Returns undefined when the file is not a readable zip.
 */
export async function listZipEntries(path: string): Promise<ZipEntryInfo[] | undefined> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, TAIL_BYTES);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return undefined;
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirOffset + dirSize > size) return undefined;
    const dir = Buffer.alloc(dirSize);
    await file.read(dir, 0, dirSize, dirOffset);
    const entries: ZipEntryInfo[] = [];
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) return undefined;
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      entries.push({
        name: dir.toString('utf8', p + 46, p + 46 + nameLength),
        compressedSize: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
      });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await file.close();
  }
}

/**
 * The chat text of an export zip: iOS names it `_chat.txt`, Android `WhatsApp Chat with
 * X.txt` / `WhatsApp-chat met X.txt`; otherwise the only text file. A zip someone made
 * of the export's folder has it one level down; macOS's `__MACOSX/` shadows are ignored.
 */
export function chooseChatEntry(entries: readonly ZipEntryInfo[]): ZipEntryInfo | undefined {
  const base = (e: ZipEntryInfo) => e.name.slice(e.name.lastIndexOf('/') + 1);
  const texts = entries.filter(
    (e) =>
      e.name.toLowerCase().endsWith('.txt') && !e.name.startsWith('__MACOSX/') && !base(e).startsWith('.'),
  );
  const depth = (e: ZipEntryInfo) => e.name.split('/').length;
  const named = texts
    .filter((e) => /^(?:_chat|whatsapp[ -]?chat\b.*)\.txt$/i.test(base(e)))
    .sort((a, b) => depth(a) - depth(b));
  if (named[0]) return named[0];
  return texts.length === 1 ? texts[0] : undefined;
}
