import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Json } from './fake-payloads.js';

/** A REST request as the fake recorded it. */
export interface RestCall {
  readonly method: string;
  /** Path below `/api/v10`, e.g. `/channels/123/messages`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** `Authorization: Bot fake-token` was present (interaction callbacks carry none). */
  readonly authorized: boolean;
  readonly body: Json | undefined;
  readonly files: ReadonlyArray<{ readonly name: string; readonly content: string }>;
}

/** What a route answers. */
export interface FakeResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Shaped like a real bot token (id, timestamp, HMAC), so the settings check accepts it. */
export const FAKE_TOKEN = 'MTU3NDc0ODY1OTkyNzQ4NjQ2OA.GfAkE0.ZmFrZS1kaXNjb3JkLXRva2VuLWZvci10ZXN0cw';

/**
 * Reads a request the way Discord does: JSON, or multipart with `payload_json` and
 * `files[n]` when discord.js uploads attachments.
 */
export async function readRequest(req: IncomingMessage, prefix: string): Promise<RestCall> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const type = req.headers['content-type'] ?? '';
  let body: Json | undefined;
  const files: { name: string; content: string }[] = [];
  if (type.startsWith('multipart/form-data')) {
    const form = await new Request('http://127.0.0.1/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: raw,
    }).formData();
    for (const [key, value] of form.entries()) {
      if (key === 'payload_json' && typeof value === 'string') body = JSON.parse(value) as Json;
      else if (typeof value !== 'string') files.push({ name: value.name, content: await value.text() });
    }
  } else if (raw.length > 0) {
    body = JSON.parse(raw.toString('utf8')) as Json;
  }
  return {
    method: req.method ?? 'GET',
    path: decodeURIComponent(url.pathname).slice(prefix.length),
    query: url.searchParams,
    authorized: req.headers.authorization === `Bot ${FAKE_TOKEN}`,
    body,
    files,
  };
}

export function send(res: ServerResponse, response: FakeResponse): void {
  const headers = { ...response.headers };
  if (response.body === undefined) {
    res.writeHead(response.status, headers).end();
    return;
  }
  res.writeHead(response.status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(response.body));
}

/** Discord's error body: `{ message, code }`. */
export function apiError(status: number, code: number, message: string): FakeResponse {
  return { status, body: { message, code } };
}

export const MISSING_PERMISSIONS = apiError(403, 50013, 'Missing Permissions');
export const NOT_FOUND = apiError(404, 0, '404: Not Found');
