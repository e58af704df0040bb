/**
 * The bot cannot start as configured (a missing secret for a real platform, a secret
 * too short, a database that cannot be opened). The message says what to do; the
 * `klaswacht` command prints it without a stack trace and exits with code 2.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';

  constructor(
    readonly code: 'E_SECRET' | 'E_STORE' | 'E_PLATFORM',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
