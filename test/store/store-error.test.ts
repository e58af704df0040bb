import { describe, expect, it } from 'vitest';
import { codeForSqlite, isStoreError, StoreError } from '../../src/store/store-error.js';

describe('StoreError', () => {
  it.each([
    ['SQLITE_FULL', 'full'],
    ['SQLITE_BUSY', 'busy'],
    ['SQLITE_BUSY_SNAPSHOT', 'busy'],
    ['SQLITE_LOCKED_SHAREDCACHE', 'busy'],
    ['SQLITE_READONLY', 'readonly'],
    ['SQLITE_READONLY_DBMOVED', 'readonly'],
    ['SQLITE_CORRUPT', 'corrupt'],
    ['SQLITE_CORRUPT_INDEX', 'corrupt'],
    ['SQLITE_NOTADB', 'corrupt'],
    ['SQLITE_CONSTRAINT_UNIQUE', 'constraint'],
    ['SQLITE_CONSTRAINT_FOREIGNKEY', 'constraint'],
    ['SQLITE_IOERR_WRITE', 'unknown'],
    ['SQLITE_CANTOPEN', 'unknown'],
  ] as const)('maps %s to %s', (sqlite, code) => {
    expect(codeForSqlite(sqlite)).toBe(code);
  });

  it('carries code, operation and context, and says where it happened', () => {
    const cause = new Error('driver said no');
    const e = new StoreError(
      'busy',
      'incidents.record',
      'database is locked',
      { sqlite: 'SQLITE_BUSY' },
      { cause },
    );
    expect(e).toBeInstanceOf(Error);
    expect(isStoreError(e)).toBe(true);
    expect(isStoreError(cause)).toBe(false);
    expect(e.name).toBe('StoreError');
    expect(e.message).toBe('incidents.record: database is locked');
    expect(e.context).toEqual({ sqlite: 'SQLITE_BUSY' });
    expect(e.cause).toBe(cause);
  });
});
