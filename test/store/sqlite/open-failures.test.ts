import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import { expectStoreError } from '../contract/fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'klaswacht-open-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite store: start-up failures are StoreErrors', () => {
  it('refuses a file that is not a database with code corrupt', () => {
    const path = join(dir, 'klaswacht.sqlite');
    writeFileSync(path, Buffer.alloc(8192, 0x41));
    expectStoreError(() => openSqliteStore({ path }), 'corrupt');
  });

  it('wraps a system error (a file where the folder should be) with its errno', () => {
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const error = expectStoreError(
      () => openSqliteStore({ path: join(dir, 'not-a-folder', 'db.sqlite') }),
      'unknown',
    );
    expect(error.operation).toBe('store.open');
    expect(error.context).toEqual({ errno: expect.stringMatching(/^E[A-Z]+$/) });
  });
});
