import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventSink } from './event-sink.js';
import { GROUP_ID, TelegramHarness, WEBHOOK_SECRET, WEBHOOK_URL } from './telegram-harness.js';

// Webhook mode: Telegram (the fake) posts updates to the adapter's HTTP server.

let h: TelegramHarness;
let sink: EventSink;

beforeEach(async () => {
  h = await TelegramHarness.create({ webhook: true });
  sink = new EventSink();
  await h.adapter.start(sink.handle);
});

afterEach(async () => {
  await h.close();
});

function update(updateId: number, text: string) {
  const message = h.fake.chats.message(GROUP_ID, h.parentUser, { text });
  return { update_id: updateId, message };
}

/** Posts straight to the adapter's webhook, as anyone on the network could. */
async function hit(options: {
  body?: unknown;
  secret?: string;
  method?: string;
  path?: string;
}): Promise<number> {
  const port = h.adapter.webhookAddress()?.port;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.secret !== undefined) headers['x-telegram-bot-api-secret-token'] = options.secret;
  const res = await fetch(`http://127.0.0.1:${port}${options.path ?? new URL(WEBHOOK_URL).pathname}`, {
    method: options.method ?? 'POST',
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  await res.arrayBuffer();
  return res.status;
}

describe('Telegram adapter: webhook', () => {
  it('registers the public URL with its secret and the updates it reads, and never polls', async () => {
    const call = await h.fake.waitForCall('setWebhook');
    expect(call.params).toEqual({
      url: WEBHOOK_URL,
      secret_token: WEBHOOK_SECRET,
      allowed_updates: ['message', 'edited_message', 'callback_query', 'my_chat_member'],
    });
    expect(h.fake.callsOf('getUpdates')).toEqual([]);
    expect(h.fake.callsOf('deleteWebhook')).toEqual([]);
  });

  it('takes an update with the right secret, and answers once it was handled', async () => {
    expect(await hit({ body: update(1, 'hallo'), secret: WEBHOOK_SECRET })).toBe(200);
    expect(sink.of('message').map((e) => e.message.text)).toEqual(['hallo']);
  });

  it.each([
    ['a wrong secret', 'S3cret-token_2'],
    ['a secret of another length', 'x'],
    ['no secret', undefined],
  ])('refuses an update with %s, without reading it', async (_what, secret) => {
    expect(await hit({ body: update(2, 'nep'), ...(secret === undefined ? {} : { secret }) })).toBe(401);
    expect(await hit({ body: update(3, 'echt'), secret: WEBHOOK_SECRET })).toBe(200);
    expect(sink.of('message').map((e) => e.message.text)).toEqual(['echt']);
  });

  it('serves only POST on its own path', async () => {
    expect(await hit({ method: 'GET', secret: WEBHOOK_SECRET })).toBe(405);
    expect(await hit({ path: '/other', body: update(4, 'x'), secret: WEBHOOK_SECRET })).toBe(404);
    expect(sink.events).toEqual([]);
  });

  it('refuses a body that is not JSON without crashing', async () => {
    const port = h.adapter.webhookAddress()?.port;
    const res = await fetch(`http://127.0.0.1:${port}${new URL(WEBHOOK_URL).pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(await hit({ body: update(5, 'daarna'), secret: WEBHOOK_SECRET })).toBe(200);
  });

  it('delivers an update Telegram retries only once', async () => {
    const id = h.fake.pushUpdate({
      message: h.fake.chats.message(GROUP_ID, h.parentUser, { text: 'een keer' }),
    });
    await sink.waitFor('message');
    h.fake.redeliver(id);
    await h.settle();
    expect(h.fake.deliveries).toEqual([
      { updateId: id, status: 200 },
      { updateId: id, status: 200 },
    ]);
    expect(sink.of('message')).toHaveLength(1);
  });

  it('refuses to start when the webhook port is taken, naming the setting', async () => {
    const taken = h.adapter.webhookAddress()?.port ?? 0;
    const webhook = { url: WEBHOOK_URL, secret: WEBHOOK_SECRET, host: '127.0.0.1', port: taken };
    const other = await TelegramHarness.create({ webhook: true, adapter: { webhook } });
    try {
      const started = other.adapter.start(async () => {});
      await expect(started).rejects.toMatchObject({ code: 'E_PLATFORM', step: 'listen' });
      await expect(started).rejects.toThrow(/TELEGRAM_WEBHOOK_PORT/);
    } finally {
      await other.close();
    }
  });
});
