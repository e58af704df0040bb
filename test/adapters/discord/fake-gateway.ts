import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { guildCreateJson, type Json, readyJson } from './fake-payloads.js';
import type { FakeWorld } from './fake-world.js';

/** A frame the client sent (`op` 1 heartbeat, 2 identify, 6 resume). */
export interface GatewayFrame {
  readonly op: number;
  readonly d: unknown;
}

const HELLO = { op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null };

interface Dispatch {
  readonly op: 0;
  readonly t: string;
  readonly s: number;
  readonly d: unknown;
}

/**
 * A Discord gateway speaking plain JSON frames: HELLO, IDENTIFY -> READY + GUILD_CREATE,
 * heartbeat ACKs, and RESUME that replays what was dispatched while the client was away,
 * as Discord does. Dispatches while disconnected are kept for that replay.
 */
export class FakeGateway {
  readonly received: GatewayFrame[] = [];
  /** Query of every connection (`v`, `encoding`, and `compress` if zlib-sync ever sneaks in). */
  readonly queries: URLSearchParams[] = [];
  /** Privileged intent bits the "Developer Portal" has not switched on: IDENTIFY with them gets 4014. */
  disallowedIntents = 0;
  private readonly wss = new WebSocketServer({ noServer: true });
  private socket: WebSocket | undefined;
  private sessionId: string | undefined;
  private seq = 0;
  private sent: Dispatch[] = [];
  private readonly listeners = new Set<() => void>();
  private holding = false;

  constructor(
    private readonly world: FakeWorld,
    private readonly url: () => string,
  ) {}

  /** Takes over an HTTP upgrade request for `/gateway`. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.connected(ws, req));
  }

  dispatch(t: string, d: unknown): void {
    const frame: Dispatch = { op: 0, t, s: ++this.seq, d };
    this.sent.push(frame);
    if (this.socket?.readyState === 1) this.socket.send(JSON.stringify(frame));
  }

  /** Closes the live connection as Discord does when something breaks; 4000 is resumable. */
  drop(code = 4000): void {
    this.socket?.close(code, 'fake gateway dropped the connection');
  }

  /** Resolves with the first frame (already received or coming) that matches. */
  waitFor(pred: (f: GatewayFrame) => boolean, what: string): Promise<GatewayFrame> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.received.find(pred);
        if (!hit) return;
        this.listeners.delete(check);
        clearTimeout(timer);
        resolve(hit);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`fake gateway never received ${what}; got ops ${this.received.map((f) => f.op)}`));
      }, 10_000);
      this.listeners.add(check);
      check();
    });
  }

  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  /** The next connection gets no HELLO until `release()`: the client hangs mid-reconnect. */
  holdNextConnection(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
    this.socket?.send(JSON.stringify(HELLO));
  }

  private connected(ws: WebSocket, req: IncomingMessage): void {
    this.queries.push(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams);
    this.socket = ws;
    if (!this.holding) ws.send(JSON.stringify(HELLO));
    for (const listener of [...this.listeners]) listener();
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as GatewayFrame;
      this.received.push(frame);
      this.onFrame(ws, frame);
      for (const listener of [...this.listeners]) listener();
    });
  }

  private onFrame(ws: WebSocket, frame: GatewayFrame): void {
    const d = frame.d as Json;
    if (frame.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
    if (frame.op === 2) {
      if (Number(d.intents) & this.disallowedIntents) {
        ws.close(4014, 'Disallowed intent(s).');
        return;
      }
      this.sessionId = randomUUID();
      this.seq = 0;
      this.sent = [];
      this.dispatch('READY', readyJson(this.world, this.sessionId, this.url()));
      this.dispatch('GUILD_CREATE', guildCreateJson(this.world));
    }
    if (frame.op === 6) {
      if (d.session_id !== this.sessionId) {
        ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
        return;
      }
      for (const missed of this.sent.filter((f) => f.s > Number(d.seq))) ws.send(JSON.stringify(missed));
      this.dispatch('RESUMED', {});
    }
  }
}
