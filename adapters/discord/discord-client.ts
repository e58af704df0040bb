import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';

export interface DiscordClientOptions {
  /** REST root; tests point it at the fake (`http://127.0.0.1:port/api`). Absent: Discord itself. */
  readonly api?: string;
  /** Waits for a rate limit up to this long in discord.js's queue; longer ones come back as `rate_limited`. */
  readonly maxRateLimitWaitMs: number;
}

/**
 * Gateway intents klaswacht needs. Message Content and Server Members are privileged:
 * they must be switched on in the Developer Portal (README), or Discord refuses the
 * connection (close code 4014), which start-up reports in those words.
 */
export const INTENTS = [
  GatewayIntentBits.Guilds, // channels, threads, roles: the bot's rights per channel
  GatewayIntentBits.GuildMessages, // messages and edits in class channels
  GatewayIntentBits.MessageContent, // their text (privileged)
  GatewayIntentBits.GuildMembers, // members joining and leaving the server (privileged)
  GatewayIntentBits.DirectMessages, // someone opening a private chat with the bot
] as const;

/**
 * The discord.js client as klaswacht runs it:
 * - no message cache, so message text lives only as long as one event is handled
 *   (partial messages let edits through without a cached original);
 * - mentions in what the bot posts never ping anyone unless a send asks for it;
 * - `shards: 'auto'` takes Discord's recommended shard count, so past 2,500 servers the
 *   one process runs several gateway connections with no change here (README).
 * Rate limits and gateway reconnects (resume with replay) are discord.js's own.
 */
export function createDiscordClient(options: DiscordClientOptions): Client {
  return new Client({
    intents: [...INTENTS],
    partials: [Partials.Channel, Partials.Message],
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    allowedMentions: { parse: [], repliedUser: false },
    shards: 'auto',
    rest: {
      ...(options.api ? { api: options.api } : {}),
      rejectOnRateLimit: (limit) => limit.retryAfter > options.maxRateLimitWaitMs,
    },
  });
}
