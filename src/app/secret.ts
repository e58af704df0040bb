import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIN_SECRET_BYTES } from '../store/pseudonym.js';
import type { Env } from './env.js';
import type { Logger } from './log.js';
import { StartupError } from './startup-error.js';

/**
 * The pseudonym secret (`KLASWACHT_SECRET`): member ids are stored as HMACs under it,
 * so it must live apart from the database and stay the same for as long as the data.
 *
 * - Set: used, if long enough.
 * - Unset, console group only: generated once and kept next to the database file
 *   (`<db>.secret`, owner-only), with a log line saying so. The console is a demo; its
 *   members are invented.
 * - Unset with a real platform: refused. A secret generated next to the database
 *   would travel with every backup of it, and pseudonyms would protect nothing.
 */
export function resolveSecret(options: {
  readonly env: Env;
  readonly dbPath: string;
  readonly consoleOnly: boolean;
  readonly log: Logger;
}): string {
  const given = options.env.KLASWACHT_SECRET?.trim();
  if (given) {
    if (Buffer.byteLength(given, 'utf8') < MIN_SECRET_BYTES) {
      throw new StartupError(
        'E_SECRET',
        `KLASWACHT_SECRET is too short: use at least ${MIN_SECRET_BYTES} bytes, e.g. the output of \`openssl rand -hex 32\``,
      );
    }
    return given;
  }
  if (!options.consoleOnly) {
    throw new StartupError(
      'E_SECRET',
      'KLASWACHT_SECRET is not set. A platform token is configured, so members are real people: set a secret of at least 16 bytes in .env (e.g. `openssl rand -hex 32`), kept apart from the database and its backups.',
    );
  }
  if (options.dbPath === ':memory:') return randomBytes(32).toString('hex');
  const file = `${options.dbPath}.secret`;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  options.log.warn('secret.generated', {
    file,
    note: 'console only; set KLASWACHT_SECRET for a real platform',
  });
  return secret;
}
