import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import { type Params, readParams } from './fake-telegram-body.js';
import { type Answer, FakeChats } from './fake-telegram-chats.js';
import { callMethod } from './fake-telegram-methods.js';

/** One Bot API call the fake received. */
export interface ApiCall {
  readonly method: string;
  readonly params: Params;
}

/** What a test can make the fake do instead of answering normally: an answer, or cut the connection. */
export type Override = Answer | 'drop';

/**
 * A fake Telegram Bot API on 127.0.0.1 for the real grammY client (`apiRoot`). It keeps
 * a small model of Telegram (chats, members and rights, messages and their dates: see
 * FakeChats) so the adapter meets Telegram's real refusals, queues updates for
 * `getUpdates` (offsets confirm, a parked long poll ends when the client aborts it) and,
 * once `setWebhook` was called, posts them to the webhook instead, with the secret
 * header, one at a time as Telegram does.
 */
export class FakeTelegram {
  readonly calls: ApiCall[] = [];
  readonly chats: FakeChats;
  /** Webhook deliveries: update id and the HTTP status the bot answered (0: no answer, -1: nowhere to post). */
  readonly deliveries: Array<{ readonly updateId: number; readonly status: number }> = [];
  /** Where webhook updates really go (the TLS proxy's job); the registered URL is public. */
  webhookTarget: (() => string | undefined) | undefined;
  private readonly overrides = new Map<string, Override[]>();
  private readonly server: Server;
  private pending: Update[] = [];
  private readonly pushed = new Map<number, Update>();
  private nextUpdateId = 1000;
  private wakers = new Set<() => void>();
  private listeners = new Set<() => void>();
  private busy = 0;
  private delivering: Promise<void> = Promise.resolve();

  private constructor(readonly token: string) {
    this.chats = new FakeChats();
    this.server = createServer((req, res) => {
      this.busy++;
      void this.serve(req, res).finally(() => {
        this.busy--;
        this.notify();
      });
    });
  }

  static async start(token = '123456:TEST-token-for-the-fake-server'): Promise<FakeTelegram> {
    const fake = new FakeTelegram(token);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Queue (or post to the webhook) an update (written as Telegram's JSON); returns its update_id. */
  pushUpdate(update: Params): number {
    const full = { update_id: this.nextUpdateId++, ...update } as unknown as Update;
    this.pushed.set(full.update_id, full);
    this.enqueue(full);
    return full.update_id;
  }

  /** Telegram sends an update again (a webhook retry, an unconfirmed batch). */
  redeliver(updateId: number): void {
    const update = this.pushed.get(updateId);
    if (!update) throw new Error(`fake-telegram: no update ${updateId} to redeliver`);
    this.enqueue(update);
  }

  /** The next call(s) of `method` get these answers instead of the model's. */
  override(method: string, ...answers: Override[]): void {
    this.overrides.set(method, [...(this.overrides.get(method) ?? []), ...answers]);
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first call of `method` matching `pred` (already made or still to come). */
  async waitForCall(method: string, pred: (p: Params) => boolean = () => true): Promise<ApiCall> {
    return this.waitUntil(
      () => this.calls.find((c) => c.method === method && pred(c.params)),
      `a ${method} call`,
    );
  }

  /** Resolves once no request other than a parked long poll is in hand. */
  async settle(): Promise<void> {
    await this.waitUntil(() => (this.busy - this.parked() === 0 ? true : undefined), 'the fake to settle');
    await this.delivering;
  }

  async waitUntil<T>(probe: () => T | undefined, what: string): Promise<T> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`fake-telegram: timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, 25);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.listeners.add(done);
      });
    }
  }

  async close(): Promise<void> {
    for (const wake of this.wakers) wake();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private parked(): number {
    return this.wakers.size;
  }

  private notify(): void {
    for (const l of this.listeners) l();
    this.listeners.clear();
  }

  private enqueue(update: Update): void {
    if (this.chats.webhook) {
      this.delivering = this.delivering.then(() => this.post(update));
    } else {
      this.pending.push(update);
      for (const wake of this.wakers) wake();
    }
    this.notify();
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    const params = await readParams(req);
    if (!match) return reply(res, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method = ''] = match;
    this.calls.push({ method, params });
    this.notify();
    if (token !== this.token) return reply(res, { ok: false, error_code: 401, description: 'Unauthorized' });
    const override = this.overrides.get(method)?.shift();
    if (override === 'drop') return void req.socket.destroy();
    if (override) return reply(res, override);
    if (method === 'getUpdates') return this.getUpdates(req, res, params);
    if (method === 'deleteWebhook' && params.drop_pending_updates) this.pending = [];
    reply(res, callMethod(this.chats, method, params));
  }

  private async getUpdates(req: IncomingMessage, res: ServerResponse, params: Params): Promise<void> {
    if (this.chats.webhook) {
      const description =
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";
      return reply(res, { ok: false, error_code: 409, description });
    }
    const offset = Number(params.offset ?? 0);
    const limit = Number(params.limit ?? 100);
    const timeoutS = Number(params.timeout ?? 0);
    if (offset > 0) this.pending = this.pending.filter((u) => u.update_id >= offset);
    if (this.pending.length === 0 && timeoutS > 0) {
      const aborted = await new Promise<boolean>((resolve) => {
        const done = (v: boolean) => {
          clearTimeout(timer);
          this.wakers.delete(wake);
          req.socket.off('close', onClose);
          resolve(v);
        };
        const wake = () => done(false);
        const onClose = () => done(true);
        const timer = setTimeout(wake, timeoutS * 1000);
        this.wakers.add(wake);
        req.socket.on('close', onClose);
        this.notify();
      });
      if (aborted) return;
    }
    reply(res, { ok: true, result: this.pending.slice(0, limit) });
  }

  /** Posts one update to the webhook as Telegram does, waiting for the answer. */
  private post(update: Update): Promise<void> {
    const hook = this.chats.webhook;
    const target = this.webhookTarget?.();
    if (!hook || !target) {
      this.deliveries.push({ updateId: update.update_id, status: -1 });
      return Promise.resolve();
    }
    const body = JSON.stringify(update);
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    };
    if (hook.secret) headers['x-telegram-bot-api-secret-token'] = hook.secret;
    return new Promise<void>((resolve) => {
      const done = (status: number) => {
        this.deliveries.push({ updateId: update.update_id, status });
        this.notify();
        resolve();
      };
      const req = request(target, { method: 'POST', headers }, (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      });
      req.on('error', () => done(0));
      req.end(body);
    });
  }
}

function reply(res: ServerResponse, answer: Answer): void {
  const body = JSON.stringify(answer);
  res.writeHead(answer.ok ? 200 : answer.error_code, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
