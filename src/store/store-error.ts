/**
 * What can go wrong with storage, in words the pipeline can act on: a full disk or a
 * read-only file is something to tell the teacher about and keep going, a busy
 * database is worth one retry, a corrupt row names its table and id so an operator
 * can find it. Driver errors never escape the store unwrapped.
 */
export const STORE_ERROR_CODES = ['full', 'busy', 'readonly', 'corrupt', 'constraint', 'unknown'] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** Where an error happened: never message text or names, only ids and table names. */
export type StoreErrorContext = Readonly<Record<string, string | number>>;

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    /** The store operation that failed, e.g. `incidents.record`. */
    readonly operation: string,
    message: string,
    readonly context: StoreErrorContext = {},
    options?: { cause?: unknown },
  ) {
    super(`${operation}: ${message}`, options);
  }
}

export function isStoreError(x: unknown): x is StoreError {
  return x instanceof StoreError;
}

/**
 * Maps an SQLite result code (`SQLITE_FULL`, `SQLITE_CONSTRAINT_UNIQUE`, ...) to ours.
 * Extended codes (`SQLITE_IOERR_WRITE`) start with their primary code, so the first two
 * words decide.
 */
export function codeForSqlite(sqliteCode: string): StoreErrorCode {
  const primary = sqliteCode.split('_').slice(0, 2).join('_');
  switch (primary) {
    case 'SQLITE_FULL':
      return 'full';
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'busy';
    case 'SQLITE_READONLY':
      return 'readonly';
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return 'corrupt';
    case 'SQLITE_CONSTRAINT':
      return 'constraint';
    default:
      return 'unknown';
  }
}
