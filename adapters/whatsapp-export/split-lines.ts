/**
 * Turns a stream of UTF-8 bytes into lines (without `\n` or `\r\n`; a byte order mark
 * at the start is dropped). Only `\n` ends a line: WhatsApp writes U+2028 inside
 * messages, and those belong to the message. Holds at most one chunk and one line.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: false });
  let carry = '';
  for await (const chunk of chunks) {
    const text = carry + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      yield stripCr(text.slice(start, nl));
      start = nl + 1;
    }
    carry = text.slice(start);
  }
  const rest = carry + decoder.decode();
  if (rest.length > 0) yield stripCr(rest);
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
