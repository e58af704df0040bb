import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ChannelType } from 'discord.js';
import { FakeGateway } from './fake-gateway.js';
import { interactionJson } from './fake-interaction-json.js';
import { type FakeInteraction, FakeInteractions } from './fake-interactions.js';
import { type FakeMessage, FakeMessages } from './fake-messages.js';
import { channelJson, type Json, memberJson } from './fake-payloads.js';
import { type FakeResponse, MISSING_PERMISSIONS, type RestCall, readRequest, send } from './fake-request.js';
import { FakeRest } from './fake-rest.js';
import { slashOptions } from './fake-slash-options.js';
import { type SchoolServer, schoolServer } from './school-server.js';

/**
 * Discord on 127.0.0.1 for the real discord.js client: REST under `/api/v10` and the
 * gateway on `/gateway`, one node:http server on a free port. Tests drive it like the
 * people on the server would (post, edit, run a slash command, press a button) and read
 * back what the bot did.
 */
export class FakeDiscord {
  readonly calls: RestCall[] = [];
  readonly messages: FakeMessages;
  readonly interactions: FakeInteractions;
  readonly gateway: FakeGateway;
  readonly rest: FakeRest;
  private readonly failures: Array<{ method: string; path: RegExp; response: FakeResponse }> = [];
  private readonly callListeners = new Set<() => void>();
  private inFlight = 0;

  private constructor(
    private readonly server: Server,
    readonly school: SchoolServer,
  ) {
    const world = school.world;
    this.messages = new FakeMessages(world);
    const onBotMessage = (m: FakeMessage) => this.gateway.dispatch('MESSAGE_CREATE', this.messages.json(m));
    this.interactions = new FakeInteractions(world, this.messages, onBotMessage);
    this.gateway = new FakeGateway(world, () => this.url('ws', '/gateway'));
    this.rest = new FakeRest(world, this.messages, this.interactions, {
      gatewayUrl: () => this.url('ws', '/gateway'),
      dispatch: (t, d) => this.gateway.dispatch(t, d),
      onBotMessage,
    });
    server.on('request', (req, res) => void this.onRequest(req, res));
    server.on('upgrade', (req, socket, head) => this.gateway.upgrade(req, socket, head));
  }

  static async start(school: SchoolServer = schoolServer()): Promise<FakeDiscord> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new FakeDiscord(server, school);
  }

  get world() {
    return this.school.world;
  }

  /** `rest.api` for discord.js. */
  get api(): string {
    return this.url('http', '/api');
  }

  /** The next request matching `method` and `path` gets `response` instead. */
  failNext(method: string, path: RegExp, response: FakeResponse): void {
    this.failures.push({ method, path, response });
  }

  refuseNextDelete(): void {
    this.failNext('DELETE', /\/messages\//u, MISSING_PERMISSIONS);
  }

  /** `from` posts in a channel; resolves nothing, returns the new message id at once. */
  post(from: string, channelId: string, content: string, extra: Partial<FakeMessage> = {}): string {
    const message = this.messages.add({ channelId, authorId: from, content, ...extra });
    this.gateway.dispatch('MESSAGE_CREATE', this.messages.json(message));
    return message.id;
  }

  edit(messageId: string, content: string): void {
    const message = this.messages.get(messageId);
    if (!message) throw new Error(`fake discord: no message ${messageId}`);
    message.content = content;
    message.editedAt = new Date().toISOString();
    this.gateway.dispatch('MESSAGE_UPDATE', this.messages.json(message));
  }

  /**
   * Runs a registered slash command, as Discord only lets people run registered ones:
   * `args` is the free-text option, or the values of its own options by name (a member
   * option takes a user id).
   */
  slash(
    from: string,
    channelId: string,
    name: string,
    args?: string | Readonly<Record<string, string>>,
  ): FakeInteraction {
    const inDm = this.world.channel(channelId).type === ChannelType.DM;
    const registered = (inDm ? this.rest.globalCommands : this.rest.guildCommands).find(
      (c) => c.name === name && (!inDm || (c.contexts as number[] | undefined)?.includes(1)),
    );
    if (!registered)
      throw new Error(`fake discord: /${name} is not registered for ${inDm ? 'DMs' : 'the server'}`);
    const interaction = this.interactions.create({ userId: from, channelId, kind: 'command' });
    const given =
      typeof args === 'object'
        ? slashOptions(this.world, registered, args, !inDm)
        : { options: args === undefined ? [] : [{ name: 'arguments', type: 3, value: args }] };
    const data = {
      id: registered.id,
      name,
      type: 1,
      ...given,
      ...(inDm ? {} : { guild_id: this.world.guildId }),
    };
    this.gateway.dispatch('INTERACTION_CREATE', interactionJson(this.world, interaction, 2, data));
    return interaction;
  }

  /** Presses the button labelled `label` under a message the bot sent. */
  press(from: string, messageId: string, label: string): FakeInteraction {
    const message = this.messages.get(messageId);
    const buttons = (message?.components ?? []).flatMap((row) => row.components as Json[]);
    const button = buttons.find((b) => b.label === label);
    if (!message || !button) throw new Error(`fake discord: no button "${label}" under message ${messageId}`);
    const interaction = this.interactions.create({
      userId: from,
      channelId: message.channelId,
      kind: 'button',
    });
    const data = { custom_id: button.custom_id, component_type: 2 };
    const json = interactionJson(this.world, interaction, 3, data, { message: this.messages.json(message) });
    this.gateway.dispatch('INTERACTION_CREATE', json);
    return interaction;
  }

  /** A new member joins the server. */
  join(userId: string): void {
    this.world.addMember(userId);
    this.gateway.dispatch('GUILD_MEMBER_ADD', {
      ...memberJson(this.world, userId),
      guild_id: this.world.guildId,
    });
  }

  /** Tells the client a channel changed (after a test changed its overwrites). */
  channelChanged(channelId: string): void {
    this.gateway.dispatch('CHANNEL_UPDATE', channelJson(this.world, this.world.channel(channelId)));
  }

  /** Resolves with the first request (made or coming) that matches. */
  waitForCall(pred: (c: RestCall) => boolean, what: string): Promise<RestCall> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.calls.find(pred);
        if (!hit) return;
        this.callListeners.delete(check);
        clearTimeout(timer);
        resolve(hit);
      };
      const timer = setTimeout(() => {
        this.callListeners.delete(check);
        reject(
          new Error(
            `fake discord never received ${what}; got ${this.calls.map((c) => `${c.method} ${c.path}`)}`,
          ),
        );
      }, 10_000);
      this.callListeners.add(check);
      check();
    });
  }

  /** Resolves once no request is being handled. */
  async settled(): Promise<void> {
    while (this.inFlight > 0) await new Promise((r) => setTimeout(r, 5));
  }

  async stop(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private url(scheme: 'http' | 'ws', path: string): string {
    return `${scheme}://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  private async onRequest(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) {
    this.inFlight++;
    try {
      const call = await readRequest(req, '/api/v10');
      this.calls.push(call);
      const i = this.failures.findIndex((f) => f.method === call.method && f.path.test(call.path));
      const injected = i === -1 ? undefined : this.failures.splice(i, 1)[0]?.response;
      send(res, injected ?? this.rest.respond(call));
      for (const listener of [...this.callListeners]) listener();
    } finally {
      this.inFlight--;
    }
  }
}
