import Database from 'better-sqlite3';
import { codeForSqlite, StoreError, type StoreErrorCode } from '../store-error.js';

/** File-system failures while opening (creating the folder, the file). */
const FS_CODES: Readonly<Record<string, StoreErrorCode>> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'readonly',
  EACCES: 'readonly',
  EPERM: 'readonly',
};

/**
 * Translates driver errors into StoreErrors: every `SqliteError` by its result code,
 * file-system errors by errno, and the driver's "connection is not open" after close.
 * Anything else is a bug in our code and keeps its own type and stack.
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
  if (isSystemError(error)) {
    const errno = error.code;
    return new StoreError(
      FS_CODES[errno] ?? 'unknown',
      operation,
      error.message,
      { errno },
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

function isSystemError(error: unknown): error is Error & { code: string } {
  const e = error as NodeJS.ErrnoException;
  return (
    error instanceof Error &&
    typeof e.code === 'string' &&
    typeof e.errno === 'number' &&
    typeof e.syscall === 'string'
  );
}
