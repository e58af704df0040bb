import { applyEdit, invalidMessageBody, messageFields } from './fake-message-rules.js';
import type { FakeMessage, FakeMessages } from './fake-messages.js';
import { apiError, type FakeResponse, type RestCall } from './fake-request.js';
import { FakeWorld } from './fake-world.js';

const EPHEMERAL = 64;

/** An interaction the fake sent, and how the bot has answered it so far. */
export interface FakeInteraction {
  readonly id: string;
  readonly token: string;
  readonly userId: string;
  readonly channelId: string;
  readonly kind: 'command' | 'button';
  /** Callback type used: 4 reply, 5 deferred reply, 6 deferred update, 7 update. */
  callback?: number;
  original?: FakeMessage;
  followUps: number;
}

/**
 * Interaction callbacks and the interaction webhook (edit, delete, follow-up), with
 * Discord's rules: one callback per interaction, ephemeral answers visible only to the
 * invoker, and the first follow-up after a deferral filling in the "thinking" message
 * (keeping its privacy) rather than posting a new one.
 */
export class FakeInteractions {
  readonly all = new Map<string, FakeInteraction>();

  constructor(
    private readonly world: FakeWorld,
    private readonly messages: FakeMessages,
    private readonly onBotMessage: (m: FakeMessage) => void,
  ) {}

  create(fields: Pick<FakeInteraction, 'userId' | 'channelId' | 'kind'>): FakeInteraction {
    const interaction = { ...fields, id: FakeWorld.id(), token: `itoken-${FakeWorld.id()}`, followUps: 0 };
    this.all.set(interaction.id, interaction);
    return interaction;
  }

  /** Answers an interaction route, or undefined when `call` is not one. */
  handle(call: RestCall): FakeResponse | undefined {
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/u.exec(call.path);
    if (callback && call.method === 'POST') return this.callback(callback[1] ?? '', callback[2] ?? '', call);
    const hook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/u.exec(call.path);
    if (!hook) return undefined;
    const interaction = [...this.all.values()].find((i) => i.token === hook[2]);
    if (!interaction?.callback) return apiError(404, 10015, 'Unknown Webhook');
    if (hook[3] && call.method === 'PATCH') return this.editOriginal(interaction, call);
    if (hook[3] && call.method === 'DELETE') {
      if (interaction.original) interaction.original.deleted = true;
      return { status: 204 };
    }
    if (!hook[3] && call.method === 'POST') return this.followUp(interaction, call);
    return undefined;
  }

  private callback(id: string, token: string, call: RestCall): FakeResponse {
    const interaction = this.all.get(id);
    if (!interaction || interaction.token !== token) return apiError(404, 10062, 'Unknown interaction');
    if (interaction.callback) return apiError(400, 40060, 'Interaction has already been acknowledged.');
    const type = Number(call.body?.type);
    const data = (call.body?.data ?? {}) as RestCall['body'];
    if (type === 4 || type === 5) {
      const inner = { ...call, body: data };
      const invalid = type === 4 ? invalidMessageBody(data) : undefined;
      if (invalid) return invalid;
      interaction.original = this.post(interaction, messageFields(inner));
    } else if (type !== 6) {
      return apiError(400, 50035, `Invalid Form Body: callback type ${type}`);
    }
    interaction.callback = type;
    return { status: 204 };
  }

  private post(interaction: FakeInteraction, fields: ReturnType<typeof messageFields>): FakeMessage {
    const ephemeral = (fields.flags & EPHEMERAL) !== 0;
    const message = this.messages.add({
      ...fields,
      channelId: interaction.channelId,
      authorId: this.world.botId,
      interactionId: interaction.id,
      ...(ephemeral ? { ephemeralFor: interaction.userId } : {}),
    });
    if (!ephemeral) this.onBotMessage(message);
    return message;
  }

  private editOriginal(interaction: FakeInteraction, call: RestCall): FakeResponse {
    const original = interaction.original;
    if (!original || original.deleted) return apiError(404, 10008, 'Unknown Message');
    const invalid = invalidMessageBody(call.body);
    if (invalid) return invalid;
    applyEdit(original, call);
    return { status: 200, body: this.messages.json(original) };
  }

  private followUp(interaction: FakeInteraction, call: RestCall): FakeResponse {
    const invalid = invalidMessageBody(call.body);
    if (invalid) return invalid;
    const original = interaction.original;
    const fillsThinking =
      interaction.callback === 5 && interaction.followUps === 0 && original && !original.deleted;
    interaction.followUps++;
    if (fillsThinking && original) {
      applyEdit(original, call);
      return { status: 200, body: this.messages.json(original) };
    }
    return { status: 200, body: this.messages.json(this.post(interaction, messageFields(call))) };
  }
}
