import type { ChatMember, ChatMemberAdministrator } from 'grammy/types';
import { idString } from './telegram-ids.js';

/** A group's admins as Telegram reported them, and the bot's own admin entry if it is one. */
export interface AdminList {
  /** Owner and administrators: who may configure klaswacht (`fromIsChatAdmin`). */
  readonly ids: ReadonlySet<string>;
  /** The bot's own rights; undefined when the bot is no admin there. */
  readonly bot?: ChatMemberAdministrator;
  /** False when Telegram could not be asked (the bot is not in the chat, network down). */
  readonly known: boolean;
}

const UNKNOWN: AdminList = { ids: new Set(), known: false };

/**
 * Who is an admin comes from Telegram (`getChatAdministrators`), cached briefly: a
 * command or a capability check costs at most one call per group per TTL, and a
 * teacher who just promoted a colleague waits at most that long. Concurrent lookups
 * for one group share one call. Failures are not cached.
 */
export class AdminCache {
  private readonly entries = new Map<string, { at: number; list: Promise<AdminList> }>();

  constructor(
    private readonly load: (chatId: string) => Promise<readonly ChatMember[]>,
    /** The bot's own user id (known once `getMe` answered). */
    private readonly botId: () => number,
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  /** The admin list, from the cache unless it is older than the TTL or `fresh` is asked. */
  get(chatId: string, options: { fresh?: boolean } = {}): Promise<AdminList> {
    const hit = this.entries.get(chatId);
    if (hit && !options.fresh && this.now() - hit.at < this.ttlMs) return hit.list;
    const list = this.fetch(chatId);
    this.entries.set(chatId, { at: this.now(), list });
    return list;
  }

  /** Forget a group: its rights changed (the bot was promoted, the group moved). */
  invalidate(chatId: string): void {
    this.entries.delete(chatId);
  }

  private async fetch(chatId: string): Promise<AdminList> {
    try {
      const members = await this.load(chatId);
      const admins = members.filter((m) => m.status === 'creator' || m.status === 'administrator');
      const bot = admins.find(
        (m): m is ChatMemberAdministrator => m.user.id === this.botId() && m.status === 'administrator',
      );
      return { ids: new Set(admins.map((m) => idString(m.user.id))), ...(bot ? { bot } : {}), known: true };
    } catch {
      this.entries.delete(chatId);
      return UNKNOWN;
    }
  }
}
