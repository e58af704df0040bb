import { DiscordjsErrorCodes } from 'discord.js';
import { StartupError } from '../../src/app/startup-error.js';

/** What went wrong on a first run: a wrong token, the privileged intents off, or no connection. */
export type DiscordStartProblem = 'token' | 'intents' | 'connect';

/**
 * Why the Discord bot could not start, in words an operator can act on. A StartupError
 * (`E_PLATFORM`), so `klaswacht start` prints the message without a stack trace and
 * exits with code 2 (ARCHITECTURE rule 5: start-up problems throw).
 */
export class DiscordStartError extends StartupError {
  constructor(
    readonly problem: DiscordStartProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('E_PLATFORM', message, options);
  }
}

/** Translates what `client.login` threw; the token never appears in the message. */
export function startErrorFrom(error: unknown): DiscordStartError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === DiscordjsErrorCodes.TokenInvalid) {
    return new DiscordStartError(
      'token',
      'Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal (Bot > Reset Token) into .env',
      { cause: error },
    );
  }
  if (/disallowed intents|invalid intents/iu.test(message)) {
    return new DiscordStartError(
      'intents',
      'Discord refused the gateway intents: in the Developer Portal, Bot > Privileged Gateway Intents, switch on ' +
        'Message Content Intent and Server Members Intent (README, Discord)',
      { cause: error },
    );
  }
  return new DiscordStartError('connect', `Could not connect to Discord: ${message}`, {
    cause: error,
  });
}
