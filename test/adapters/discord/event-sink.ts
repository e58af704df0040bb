import type { ChatEvent, CommandInvocation } from '../../../src/core/chat/chat-event.js';
import type { IncomingMessage } from '../../../src/core/message.js';
import { type DiscordHarness, discordHarness } from './discord-harness.js';

/** Collects what the adapter reports; a test can hold the "brain" busy with `hold`. */
export class EventSink {
  readonly events: ChatEvent[] = [];
  /** While set, the sink does not return: the brain is busy (slow) until the test releases it. */
  hold: Promise<void> | undefined;
  private readonly waiters = new Set<() => void>();

  readonly handle = async (event: ChatEvent): Promise<void> => {
    this.events.push(event);
    for (const w of [...this.waiters]) w();
    if (this.hold) await this.hold;
  };

  /** Resolves with the first non-undefined `pick`, failing with what was delivered instead. */
  waitFor<T>(pick: (sink: EventSink) => T | undefined, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = pick(this);
        if (found === undefined) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`adapter never delivered ${what}; got ${JSON.stringify(this.events)}`));
      }, 10_000);
      this.waiters.add(check);
      check();
    });
  }

  messages(): IncomingMessage[] {
    return this.events.flatMap((e) => (e.type === 'message' ? [e.message] : []));
  }

  commands(): CommandInvocation[] {
    return this.events.flatMap((e) => (e.type === 'command' ? [e.command] : []));
  }

  of<K extends ChatEvent['type']>(type: K): Extract<ChatEvent, { type: K }>[] {
    return this.events.filter((e): e is Extract<ChatEvent, { type: K }> => e.type === type);
  }

  /** The n-th command (1-based) once it has arrived. */
  command(n: number): Promise<CommandInvocation> {
    return this.waitFor((s) => s.commands()[n - 1], `command #${n}`);
  }
}

/** A started harness and its sink; `stop` tears both down. */
export async function startDiscord(
  options: Parameters<typeof discordHarness>[0] = {},
): Promise<{ h: DiscordHarness; sink: EventSink; stop: () => Promise<void> }> {
  const h = await discordHarness(options);
  const sink = new EventSink();
  await h.adapter.start(sink.handle);
  return {
    h,
    sink,
    stop: async () => {
      await h.adapter.stop();
      await h.close();
    },
  };
}
