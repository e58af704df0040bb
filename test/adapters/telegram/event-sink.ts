import type { ChatEvent } from '../../../src/core/chat/chat-event.js';

/**
 * Collects what the adapter reports. `hold(chatId)` makes deliveries for one chat wait
 * until `release(chatId)`, to see what the adapter does meanwhile with other chats.
 */
export class EventSink {
  readonly events: ChatEvent[] = [];
  private readonly held = new Map<string, { promise: Promise<void>; open: () => void }>();
  private listeners: Array<() => void> = [];

  readonly handle = async (event: ChatEvent): Promise<void> => {
    const gate = this.held.get(chatOf(event) ?? '');
    if (gate) await gate.promise;
    this.events.push(event);
    for (const l of this.listeners.splice(0)) l();
  };

  hold(chatId: string): void {
    let open = () => {};
    const promise = new Promise<void>((resolve) => {
      open = resolve;
    });
    this.held.set(chatId, { promise, open });
  }

  release(chatId: string): void {
    this.held.get(chatId)?.open();
    this.held.delete(chatId);
  }

  of<T extends ChatEvent['type']>(type: T): Array<Extract<ChatEvent, { type: T }>> {
    return this.events.filter((e): e is Extract<ChatEvent, { type: T }> => e.type === type);
  }

  /** Waits until `count` events of `type` arrived; returns them. */
  async waitFor<T extends ChatEvent['type']>(
    type: T,
    count = 1,
  ): Promise<Array<Extract<ChatEvent, { type: T }>>> {
    const deadline = Date.now() + 5000;
    while (this.of(type).length < count) {
      if (Date.now() > deadline) {
        throw new Error(`expected ${count} ${type} event(s), got ${JSON.stringify(this.events)}`);
      }
      await new Promise<void>((resolve) => {
        this.listeners.push(resolve);
        setTimeout(resolve, 25);
      });
    }
    return this.of(type);
  }
}

function chatOf(event: ChatEvent): string | undefined {
  switch (event.type) {
    case 'message':
      return event.message.ref.chatId;
    case 'command':
      return event.command.chatId;
    case 'chat_moved':
      return event.fromChatId;
    case 'private_chat_opened':
      return event.userId;
    default:
      return event.chatId;
  }
}
