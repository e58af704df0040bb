import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parseEnv } from 'node:util';

export type Env = Readonly<Record<string, string | undefined>>;

/** Where incidents are stored unless `KLASWACHT_DB` or `--db` says otherwise (as in `.env.example`). */
export const DEFAULT_DB_PATH = './data/klaswacht.sqlite';

/**
 * The environment with `.env` from the working folder underneath: a variable set in
 * the real environment wins over the file, as with `process.loadEnvFile`, but nothing
 * here changes `process.env`, so tests pass their own environment.
 */
export function withDotEnv(env: Env, cwd: string): Env {
  const file = join(cwd, '.env');
  if (!existsSync(file)) return env;
  const fromFile = parseEnv(readFileSync(file, 'utf8'));
  return { ...fromFile, ...stripUndefined(env) };
}

/** The database file: `--db`, else `KLASWACHT_DB`, else the default; relative to the working folder. */
export function databasePath(env: Env, cwd: string, override?: string): string {
  const path = override?.trim() || env.KLASWACHT_DB?.trim() || DEFAULT_DB_PATH;
  return path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path);
}

function stripUndefined(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}
