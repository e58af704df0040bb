import { type BaseMessageOptions, MessageFlags } from 'discord.js';
import type { Logger } from '../../src/app/log.js';
import type { ActionResult, OutboundAction } from '../../src/core/chat/outbound-action.js';
import { refusalFrom } from './action-result.js';
import { plainMessages } from './message-parts.js';
import type { CommandInteraction } from './to-command-invocation.js';

type ReplyAction = Extract<OutboundAction, { kind: 'reply' }>;

/** How far an interaction has been answered; Discord allows exactly one initial response. */
type State = 'open' | 'deferred_private' | 'deferred_update' | 'answered';

interface Entry {
  readonly interaction: CommandInteraction;
  readonly receivedAt: number;
  state: State;
  timer?: NodeJS.Timeout;
  /** Operations on one interaction run in order (the deadline's defer and the brain's reply may race). */
  chain: Promise<unknown>;
}

/** Interaction tokens stop working after 15 minutes. */
const TOKEN_LIFETIME_MS = 15 * 60_000;

export interface InteractionRepliesOptions {
  /** Acknowledge an interaction the brain has not answered by then (Discord's hard limit is 3 s). */
  readonly ackMs: number;
  /** Posts in a channel as the bot, for a public answer after a private acknowledgement. */
  readonly postInChannel: (channelId: string, parts: BaseMessageOptions[]) => Promise<ActionResult>;
  readonly log: Logger;
}

/**
 * Keeps the interactions behind reply handles and answers them the way Discord wants:
 * a first response within 3 seconds, then edits and follow-ups for 15 minutes. When the
 * brain is slower than the deadline the interaction is acknowledged privately (a slash
 * command: "klaswacht is thinking" only the invoker sees; a button: silently), since
 * whether an answer is private is only known once the brain gives it.
 */
export class InteractionReplies {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly options: InteractionRepliesOptions) {}

  /** Remembers the interaction and returns its reply handle. */
  register(interaction: CommandInteraction): string {
    this.sweep();
    const entry: Entry = { interaction, receivedAt: Date.now(), state: 'open', chain: Promise.resolve() };
    entry.timer = setTimeout(
      () => void this.serial(entry, () => this.acknowledge(entry)),
      this.options.ackMs,
    );
    entry.timer.unref();
    this.entries.set(interaction.id, entry);
    return interaction.id;
  }

  async reply(action: ReplyAction): Promise<ActionResult> {
    const entry = this.entries.get(action.replyHandle);
    if (!entry) {
      return {
        ok: false,
        reason: 'not_found',
        detail: 'reply: interaction unknown or older than 15 minutes',
      };
    }
    clearTimeout(entry.timer);
    return this.serial(entry, () =>
      this.answer(entry, action).catch((error: unknown) => refusalFrom(error, 'reply')),
    );
  }

  close(): void {
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    this.entries.clear();
  }

  private serial<T>(entry: Entry, op: () => Promise<T>): Promise<T> {
    const result = entry.chain.then(op);
    entry.chain = result.catch(() => undefined);
    return result;
  }

  private async acknowledge(entry: Entry): Promise<void> {
    if (entry.state !== 'open') return;
    const i = entry.interaction;
    try {
      if (i.isButton()) {
        await i.deferUpdate();
        entry.state = 'deferred_update';
      } else {
        await i.deferReply({ flags: MessageFlags.Ephemeral });
        entry.state = 'deferred_private';
      }
    } catch (error) {
      this.options.log.warn('discord.interaction.ack_failed', {
        interaction: i.id,
        detail: refusalFrom(error, 'defer').detail,
      });
    }
  }

  private async answer(entry: Entry, action: ReplyAction): Promise<ActionResult> {
    const i = entry.interaction;
    const parts = plainMessages(action.text, action.buttons, action.files);
    const flags = action.private ? MessageFlags.Ephemeral : undefined;
    const [first = { content: '' }, ...more] = parts;
    if (entry.state === 'open') {
      await i.reply({ ...first, ...(flags ? { flags } : {}) });
    } else if (entry.state === 'deferred_private' && !action.private && i.channelId) {
      // An ephemeral acknowledgement cannot turn public: post in the channel instead.
      const posted = await this.options.postInChannel(i.channelId, parts);
      if (posted.ok) {
        entry.state = 'answered';
        await i.deleteReply().catch(() => undefined);
        return posted;
      }
      this.options.log.warn('discord.interaction.public_refused', {
        interaction: i.id,
        detail: posted.detail,
      });
      await i.editReply(first);
    } else if (entry.state === 'deferred_private') {
      await i.editReply(first);
    } else {
      await i.followUp({ ...first, ...(flags ? { flags } : {}) });
    }
    entry.state = 'answered';
    for (const part of more) await i.followUp({ ...part, ...(flags ? { flags } : {}) });
    return { ok: true };
  }

  private sweep(): void {
    const cutoff = Date.now() - TOKEN_LIFETIME_MS;
    for (const [handle, entry] of this.entries) {
      if (entry.receivedAt >= cutoff) break;
      clearTimeout(entry.timer);
      this.entries.delete(handle);
    }
  }
}
