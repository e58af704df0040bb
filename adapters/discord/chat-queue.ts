/**
 * Runs tasks one at a time per chat, in the order they were queued, while different
 * chats proceed independently. discord.js emits gateway events in frame order, so
 * queueing at the event keeps each class conversation in order for the brain, as the
 * ChatAdapter contract asks, without one busy server holding up the others.
 */
export class ChatQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private closed = false;

  /** @param onError receives a task's failure (a sink that threw); the queue goes on. */
  constructor(private readonly onError: (chatId: string, error: unknown) => void) {}

  run(chatId: string, task: () => Promise<void>): void {
    if (this.closed) return;
    const previous = this.tails.get(chatId) ?? Promise.resolve();
    const next = previous
      .then(() => (this.closed ? undefined : task()))
      .catch((error: unknown) => this.onError(chatId, error));
    this.tails.set(chatId, next);
    void next.then(() => {
      if (this.tails.get(chatId) === next) this.tails.delete(chatId);
    });
  }

  /** Drops what has not started; a task already running finishes on its own. */
  close(): void {
    this.closed = true;
    this.tails.clear();
  }
}
