import type { IncomingMessage } from 'node:http';

/** An uploaded file as the fake received it. */
export interface FakeUpload {
  readonly filename: string;
  readonly content: string;
}

/** Bot API parameters after decoding: JSON values, and uploads where `attach://` pointed. */
export type Params = Record<string, unknown>;

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Decodes a Bot API request body the way Telegram accepts them: JSON (grammY's
 * default), or multipart/form-data when a file is uploaded, where every field is a
 * string (objects JSON-encoded) and `attach://<id>` names the part holding the file.
 */
export async function readParams(req: IncomingMessage): Promise<Params> {
  const body = await readAll(req);
  const type = req.headers['content-type'] ?? '';
  if (body.length === 0) return {};
  if (type.startsWith('application/json')) return JSON.parse(body.toString('utf8')) as Params;
  const boundary = /boundary=([^;]+)/.exec(type)?.[1];
  if (!type.startsWith('multipart/form-data') || !boundary) {
    throw new Error(`fake-telegram: unexpected content-type ${type}`);
  }
  return multipart(body.toString('latin1'), boundary);
}

function multipart(raw: string, boundary: string): Params {
  const fields: Record<string, string> = {};
  const files: Record<string, FakeUpload> = {};
  for (const part of raw.split(`--${boundary}`).slice(1, -1)) {
    const split = part.indexOf('\r\n\r\n');
    const head = part.slice(0, split);
    const value = Buffer.from(part.slice(split + 4).replace(/\r\n$/, ''), 'latin1').toString('utf8');
    const name = /name="([^"]+)"/i.exec(head)?.[1];
    const filename = /filename="?([^"\r\n;]+)"?/i.exec(head)?.[1];
    if (!name) continue;
    if (filename) files[name] = { filename, content: value };
    else fields[name] = value;
  }
  const params: Params = {};
  for (const [key, value] of Object.entries(fields)) {
    const attached = /^attach:\/\/(.+)$/.exec(value);
    if (attached?.[1]) params[key] = files[attached[1]];
    else params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return params;
}
