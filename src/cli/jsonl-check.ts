import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { toContractFlags } from '../app/contract-flags.js';
import type { Engine } from '../app/engine.js';
import { isLanguage } from '../core/categories.js';

/** Result of one input line: flags, or an error that names what was wrong with it. */
export type JsonlAnswer =
  | { id: unknown; flags: ReturnType<typeof toContractFlags> }
  | { id: unknown; error: string };

/**
 * Judge one `check --jsonl` input line. Malformed input is an answer, not an
 * exception: the stream goes on and every line gets exactly one line back.
 */
export function answerLine(engine: Engine, line: string): JsonlAnswer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `not valid JSON: ${(e as Error).message}` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { id: null, error: 'expected a JSON object like {"id": "...", "text": "..."}' };
  }
  const obj = parsed as Record<string, unknown>;
  const id = obj.id ?? null;
  if (typeof obj.text !== 'string') return { id, error: 'missing "text" (a string)' };
  if (obj.lang !== undefined && obj.lang !== null && !isLanguage(obj.lang)) {
    return { id, error: `"lang" must be "nl" or "en", got ${JSON.stringify(obj.lang)}` };
  }
  const lang = isLanguage(obj.lang) ? obj.lang : undefined;
  try {
    const analysis = engine.analyse(lang ? { text: obj.text, lang } : { text: obj.text });
    return { id, flags: toContractFlags(analysis) };
  } catch (e) {
    // A bug in a detector must not cost the rest of the stream; it is reported on the line.
    return { id, error: `internal error: ${(e as Error).message}` };
  }
}

/**
 * Stream `input` to `output`, one answer per line, in order, honouring backpressure
 * so memory stays flat on millions of lines. Returns the number of lines answered.
 */
export async function runJsonlCheck(engine: Engine, input: Readable, output: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let count = 0;
  for await (const line of lines) {
    const answer = answerLine(engine, line);
    count++;
    if (!output.write(`${JSON.stringify(answer)}\n`)) {
      await new Promise<void>((resolve) => output.once('drain', resolve));
    }
  }
  return count;
}
