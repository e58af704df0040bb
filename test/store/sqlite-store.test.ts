import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open.js';
import { describeStoreContract } from './store-contract.js';

const root = mkdtempSync(join(tmpdir(), 'klaswacht-store-contract-'));
let n = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A fresh file per test, in a folder that does not exist yet.
describeStoreContract('SQLite file', () => {
  n += 1;
  return openSqliteStore({ path: join(root, `t${n}`, 'klaswacht.sqlite') });
});
