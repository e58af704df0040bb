import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../adapters/whatsapp-export/split-lines.js';

async function lines(chunks: Uint8Array[]): Promise<string[]> {
  async function* gen() {
    yield* chunks;
  }
  const out: string[] = [];
  for await (const l of splitLines(gen())) out.push(l);
  return out;
}

describe('splitLines', () => {
  it('splits on \\n and \\r\\n, drops a byte order mark, keeps U+2028 inside a line', async () => {
    const bytes = new TextEncoder().encode('\ufeffeen\r\ntwee\u2028nog\ndrie');
    expect(await lines([bytes])).toEqual(['een', 'twee\u2028nog', 'drie']);
  });

  it('joins a character and a line end split over chunk boundaries', async () => {
    const bytes = new TextEncoder().encode('café 🎉\r\nklaar\n');
    const chunks = [...bytes].map((b) => Uint8Array.of(b)); // one byte at a time
    expect(await lines(chunks)).toEqual(['café 🎉', 'klaar']);
  });
});
