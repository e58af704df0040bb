import type { Capabilities, ChatAdapter } from '../../core/chat/chat-adapter.js';

/** Finds the running adapter of a platform (a group lives on exactly one). */
export type AdapterLookup = (platform: string) => ChatAdapter | undefined;

const CACHE_MS = 60_000;

/**
 * Capabilities per chat, asked of the adapter at most once a minute: a platform may
 * answer them with a network call (Telegram's getChatMember), and they change only
 * when the bot is promoted or demoted, which invalidates the entry at once.
 */
export class CapabilityCache {
  private readonly entries = new Map<string, { at: number; caps: Capabilities }>();

  constructor(
    private readonly adapters: AdapterLookup,
    private readonly clock: () => Date,
  ) {}

  async get(platform: string, chatId: string): Promise<Capabilities> {
    const key = `${platform} ${chatId}`;
    const now = this.clock().getTime();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < CACHE_MS) return hit.caps;
    const adapter = this.adapters(platform);
    const caps: Capabilities = adapter
      ? await adapter.capabilities(chatId)
      : { canDelete: false, canMute: false, canReadAllMessages: false, canSendPrivate: false };
    this.entries.set(key, { at: now, caps });
    return caps;
  }

  invalidate(platform: string, chatId: string): void {
    this.entries.delete(`${platform} ${chatId}`);
  }
}
