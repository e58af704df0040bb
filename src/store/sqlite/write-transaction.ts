import type Database from 'better-sqlite3';

/**
 * Wraps a write operation in `BEGIN IMMEDIATE` (a savepoint when already inside a
 * transaction). Immediate matters with WAL and a second process (the CLI next to the
 * bot): a deferred transaction that reads first and writes later can fail with
 * SQLITE_BUSY at once instead of waiting out `busy_timeout`.
 */
export function writeTransaction<A extends unknown[], R>(
  db: Database.Database,
  fn: (...args: A) => R,
): (...args: A) => R {
  return db.transaction(fn).immediate;
}
