import Database from 'better-sqlite3';
import { codeForSqlite, StoreError } from '../store-error.js';

/**
 * Translates driver errors into StoreErrors: every `SqliteError` by its result code,
 * and the driver's "connection is not open" after close. Anything else is a bug in our
 * code and keeps its own type and stack.
 */
export function toStoreError(error: unknown, operation: string): unknown {
  if (error instanceof StoreError) return error;
  if (error instanceof Database.SqliteError) {
    return new StoreError(
      codeForSqlite(error.code),
      operation,
      error.message,
      { sqlite: error.code },
      { cause: error },
    );
  }
  if (error instanceof TypeError && /connection is not open/i.test(error.message)) {
    return new StoreError('unknown', operation, 'the store is closed', {}, { cause: error });
  }
  return error;
}

export function sqliteGuard<T>(operation: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toStoreError(error, operation);
  }
}
