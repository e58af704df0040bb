import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { databasePath, withDotEnv } from '../app/env.js';
import { openSqliteStore } from '../store/sqlite/open.js';
import type { Store } from '../store/store.js';
import type { CliIo } from './cli-command.js';
import { UsageError } from './cli-command.js';

/**
 * Opens the bot's database for an operator command: `--db`, else `KLASWACHT_DB` (from
 * the environment or `.env`), else the default path. A missing file is a usage error,
 * not a new empty database: a typo in the path must not look like "no incidents".
 */
export function openCliStore(io: CliIo, dbOption: string | undefined): { store: Store; path: string } {
  const cwd = process.cwd();
  const path = databasePath(withDotEnv(io.env, cwd), cwd, dbOption);
  if (path !== ':memory:' && !existsSync(path))
    throw new UsageError(`no database at ${path} (use --db PATH)`);
  return { store: openSqliteStore({ path }), path };
}

/** Who ran a command, for the audit log: `cli:<login name>`. */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`.slice(0, 200);
  } catch {
    return 'cli:unknown';
  }
}
