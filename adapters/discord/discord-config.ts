import { z } from 'zod';
import { ConfigError } from '../../src/core/config-error.js';
import { DEFAULT_STAFF_CHANNEL } from './discord-adapter.js';

/** The Discord settings `npm start` reads from the environment (`.env`). */
export interface DiscordSettings {
  readonly token: string;
  readonly staffChannelName: string;
  /** REST root of a fake Discord (tests); production leaves it unset. */
  readonly api?: string;
}

const schema = z.object({
  DISCORD_TOKEN: z
    .string()
    .trim()
    .transform((t) => t.replace(/^Bot\s+/iu, ''))
    .pipe(
      z
        .string()
        .regex(
          /^[\w-]{20,}\.[\w-]{5,}\.[\w-]{20,}$/u,
          'is not a bot token (three parts separated by dots; copy it again from the Developer Portal, Bot > Reset Token)',
        ),
    ),
  DISCORD_STAFF_CHANNEL: z
    .string()
    .trim()
    .regex(/^[\p{Ll}\p{Lo}\p{N}_-]{1,100}$/u, 'must be a Discord channel name: lower case, no spaces, no #')
    .default(DEFAULT_STAFF_CHANNEL),
  DISCORD_API_ROOT: z.string().trim().url('is not a URL').optional(),
});

/**
 * Reads and checks the Discord settings; a bad value stops start-up naming the variable,
 * never echoing the token. Blank variables (from a copied `.env.example`) count as unset.
 */
export function discordSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): DiscordSettings {
  const present = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => k.startsWith('DISCORD_') && (v ?? '').trim() !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    throw new ConfigError(problems.join('; '), '.env');
  }
  const s = parsed.data;
  return {
    token: s.DISCORD_TOKEN,
    staffChannelName: s.DISCORD_STAFF_CHANNEL,
    ...(s.DISCORD_API_ROOT ? { api: s.DISCORD_API_ROOT.replace(/\/+$/u, '') } : {}),
  };
}
