import { DiscordjsErrorCodes } from 'discord.js';

export type DiscordStartErrorCode = 'E_DISCORD_TOKEN' | 'E_DISCORD_INTENTS' | 'E_DISCORD_CONNECT';

/**
 * Why the Discord bot could not start, in words an operator can act on: the three
 * things that go wrong on a first run are a wrong token, the privileged intents not
 * switched on, and no connection. Start-up throws it (ARCHITECTURE rule 5).
 */
export class DiscordStartError extends Error {
  override readonly name = 'DiscordStartError';

  constructor(
    readonly code: DiscordStartErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Translates what `client.login` threw; the token never appears in the message. */
export function startErrorFrom(error: unknown): DiscordStartError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === DiscordjsErrorCodes.TokenInvalid) {
    return new DiscordStartError(
      'E_DISCORD_TOKEN',
      'Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal (Bot > Reset Token) into .env',
      { cause: error },
    );
  }
  if (/disallowed intents|invalid intents/iu.test(message)) {
    return new DiscordStartError(
      'E_DISCORD_INTENTS',
      'Discord refused the gateway intents: in the Developer Portal, Bot > Privileged Gateway Intents, switch on ' +
        'Message Content Intent and Server Members Intent (README, Discord)',
      { cause: error },
    );
  }
  return new DiscordStartError('E_DISCORD_CONNECT', `Could not connect to Discord: ${message}`, {
    cause: error,
  });
}
