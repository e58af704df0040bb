import type { FakeMessage } from './fake-messages.js';
import type { Json } from './fake-payloads.js';
import { apiError, type FakeResponse, type RestCall } from './fake-request.js';

const invalid = (what: string) => apiError(400, 50035, `Invalid Form Body: ${what}`);

/**
 * Discord's limits on a message body, so a fake accepts only what Discord would: 2,000
 * characters of text, embeds within their limits, at most 5 rows of 5 buttons with
 * short labels and custom ids.
 */
export function invalidMessageBody(body: Json | undefined): FakeResponse | undefined {
  if (!body) return invalid('empty body');
  if (typeof body.content === 'string' && body.content.length > 2000) return invalid('content over 2000');
  const embeds = (body.embeds ?? []) as Json[];
  if (embeds.length > 10) return invalid('more than 10 embeds');
  for (const e of embeds) {
    if (String(e.title ?? '').length > 256) return invalid('embed title over 256');
    if (String(e.description ?? '').length > 4096) return invalid('embed description over 4096');
  }
  const rows = (body.components ?? []) as Json[];
  if (rows.length > 5) return invalid('more than 5 component rows');
  for (const row of rows) {
    const buttons = (row.components ?? []) as Json[];
    if (row.type !== 1 || buttons.length > 5)
      return invalid('a row must be type 1 with at most 5 components');
    for (const b of buttons) {
      if (String(b.label ?? '').length > 80) return invalid('button label over 80');
      if (String(b.custom_id ?? '').length > 100) return invalid('custom_id over 100');
    }
  }
  return undefined;
}

/** The visible fields of a message body, with uploads as attachments. */
export function messageFields(
  call: RestCall,
): Pick<FakeMessage, 'content' | 'embeds' | 'components' | 'attachments' | 'flags'> {
  const body = call.body ?? {};
  return {
    content: typeof body.content === 'string' ? body.content : '',
    embeds: (body.embeds ?? []) as Json[],
    components: (body.components ?? []) as Json[],
    attachments: call.files.map((f, i) => ({
      id: String(i),
      filename: f.name,
      size: f.content.length,
      url: `http://127.0.0.1/attachments/${f.name}`,
      proxy_url: `http://127.0.0.1/attachments/${f.name}`,
    })),
    flags: Number(body.flags ?? 0),
  };
}

/** Applies an edit body to a message (only the fields it carries). */
export function applyEdit(message: FakeMessage, call: RestCall): void {
  const fields = messageFields(call);
  const body = call.body ?? {};
  if ('content' in body) message.content = fields.content;
  if ('embeds' in body) message.embeds = fields.embeds;
  if ('components' in body) message.components = fields.components;
  if (call.files.length) message.attachments = fields.attachments;
  message.editedAt = new Date().toISOString();
}
