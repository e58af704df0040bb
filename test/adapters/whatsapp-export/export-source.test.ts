import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportFileError, openExport } from '../../../adapters/whatsapp-export/export-source.js';
import { chooseChatEntry } from '../../../adapters/whatsapp-export/zip-directory.js';
import { FIXTURES, messagesOf, readAll } from './read-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'klaswacht-wa-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chat = readFileSync(join(FIXTURES, 'ios-nl.txt'));
const photo = new Uint8Array(200_000).map((_, i) => (i * 7919) % 251); // incompressible-ish

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A zip as WhatsApp-like streaming writers make it: sizes after the data (data descriptors). */
function streamingZip(files: Record<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    parts.push(data);
  });
  for (const [name, bytes] of Object.entries(files)) {
    const f = new ZipDeflate(name, { level: 6 });
    zip.add(f);
    f.push(bytes, true);
  }
  zip.end();
  return Buffer.concat(parts);
}

describe('openExport', () => {
  it('reads the chat text out of an iOS zip, after a photo, as the plain file reads', async () => {
    const path = write(
      'ios.zip',
      zipSync({ '00000012-PHOTO-2025-04-04-08-00-00.jpg': photo, '_chat.txt': chat }, { level: 6 }),
    );
    const source = await openExport(path);
    expect(source.zipEntry).toBe('_chat.txt');
    expect(await readAll(path)).toEqual(await readAll(join(FIXTURES, 'ios-nl.txt')));
  });

  it('reads an Android zip written in streaming fashion, with a Dutch chat file name', async () => {
    const android = readFileSync(join(FIXTURES, 'android-nl.txt'));
    const path = write(
      'android.zip',
      streamingZip({ 'IMG-20250314-WA0003.jpg': photo, 'WhatsApp-chat met Groep 6.txt': android }),
    );
    expect((await openExport(path)).zipEntry).toBe('WhatsApp-chat met Groep 6.txt');
    expect(messagesOf(await readAll(path))).toHaveLength(6);
  });

  it('reports progress in bytes of the file up to its size', async () => {
    const path = write('progress.zip', zipSync({ '_chat.txt': chat, 'a.jpg': photo }, { level: 0 }));
    const source = await openExport(path);
    const seen: number[] = [];
    for await (const _ of source.lines((n) => seen.push(n))) {
      // read to the end
    }
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((n, i) => i === 0 || n >= (seen[i - 1] as number))).toBe(true);
    expect(seen.at(-1)).toBeLessThanOrEqual(source.size);
  });

  it('names what is wrong with a zip without chat text, a missing file and a non-export', async () => {
    const noChat = write('photos.zip', zipSync({ 'a.jpg': photo, 'b.jpg': photo }));
    await expect(openExport(noChat)).rejects.toThrow(/holds no WhatsApp chat text/);
    await expect(openExport(join(dir, 'missing.txt'))).rejects.toBeInstanceOf(ExportFileError);
    const notAChat = write('notes.txt', strToU8('boodschappen:\nmelk\nbrood\n'));
    await expect(readAll(notAChat)).rejects.toThrow(/does not look like a WhatsApp chat export/);
  });
});

describe('chooseChatEntry', () => {
  const entry = (name: string) => ({ name, compressedSize: 1, size: 1 });
  it.each([
    [['IMG-1.jpg', '_chat.txt'], '_chat.txt'],
    [
      ['Groep 6/IMG-1.jpg', 'Groep 6/WhatsApp Chat with Groep 6.txt'],
      'Groep 6/WhatsApp Chat with Groep 6.txt',
    ],
    [['__MACOSX/._chat.txt', 'export/_chat.txt'], 'export/_chat.txt'],
    [['notities.txt', 'WhatsApp-chat met Groep 6.txt'], 'WhatsApp-chat met Groep 6.txt'],
    [['chat.txt'], 'chat.txt'],
    [['a.txt', 'b.txt'], undefined],
    [['IMG-1.jpg'], undefined],
  ])('in %j picks %s', (names, expected) => {
    expect(chooseChatEntry(names.map(entry))?.name).toBe(expected);
  });
});
