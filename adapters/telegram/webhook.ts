import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Bot, webhookCallback } from 'grammy';

/** Webhook mode: Telegram posts each update to `url`; a TLS proxy forwards it to host:port. */
export interface WebhookOptions {
  /** The public HTTPS address registered with `setWebhook`; its path is the one served. */
  readonly url: string;
  /** Sent by Telegram in `X-Telegram-Bot-Api-Secret-Token` with every update. */
  readonly secret: string;
  /** Where the local HTTP server listens (behind the TLS proxy); port 0 picks a free port. */
  readonly host: string;
  readonly port: number;
}

/** Longest wait for the brain before answering Telegram anyway (it retries after about a minute). */
const ANSWER_WITHIN_MS = 50_000;
/** Updates are a few kilobytes; anything much larger is not from Telegram. */
const MAX_BODY_BYTES = 1_000_000;

/**
 * The HTTP endpoint Telegram delivers updates to. grammY's `webhookCallback` checks the
 * secret token on every request (constant-time; a wrong or missing token gets 401 and
 * the update is never read) and runs the bot's middleware; the answer goes back only
 * after the update was handled, so Telegram redelivers anything the bot did not finish.
 * While stopping, requests get 503 so Telegram keeps them for the next start.
 */
export class WebhookServer {
  private readonly server: Server;
  private readonly path: string;
  private accepting = true;
  private readonly inHand = new Set<Promise<void>>();

  constructor(
    bot: Bot,
    private readonly options: WebhookOptions,
  ) {
    this.path = new URL(options.url).pathname;
    const callback = webhookCallback(bot, 'http', {
      secretToken: options.secret,
      onTimeout: 'return',
      timeoutMilliseconds: ANSWER_WITHIN_MS,
    });
    this.server = createServer((req, res) => {
      const served = this.serve(req, res, callback).finally(() => this.inHand.delete(served));
      this.inHand.add(served);
    });
  }

  private async serve(
    req: IncomingMessage,
    res: ServerResponse,
    callback: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>,
  ): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://webhook').pathname;
    if (path !== this.path) return void res.writeHead(404).end();
    if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return void res.writeHead(413).end();
    if (!this.accepting) return void res.writeHead(503).end();
    try {
      await callback(req, res);
    } catch {
      // Unreadable JSON or a failed handler: Telegram will try again.
      if (!res.headersSent) res.writeHead(400);
      res.end();
    }
  }

  /** Starts listening; resolves with the bound address (useful when port 0 was asked). */
  listen(): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port, this.options.host, () => {
        this.server.off('error', reject);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  /** Stops taking updates (503), then closes once the requests in hand are answered. */
  async close(): Promise<void> {
    this.accepting = false;
    if (!this.server.listening) return;
    await Promise.allSettled([...this.inHand]);
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
