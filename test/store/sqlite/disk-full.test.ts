import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import { StoreError } from '../../../src/store/store-error.js';
import { at, MINUTE, makeGroup, newIncident } from '../contract/fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'klaswacht-full-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('SQLite store: a full disk', () => {
  it('fails the write that does not fit with code full and keeps every committed incident', () => {
    // max_page_count caps the file the way a full disk does: SQLite answers SQLITE_FULL.
    const path = join(dir, 'klaswacht.sqlite');
    const store = openSqliteStore({ path, maxPages: 40 });
    const g = makeGroup(store);
    const committed: number[] = [];
    let failure: unknown;
    for (let i = 0; i < 5000 && failure === undefined; i++) {
      try {
        const input = newIncident(g, { createdAt: at(i * MINUTE), excerpt: `${'*'.repeat(400)} ${i}` });
        committed.push(store.incidents.record(input).incident.id);
      } catch (error) {
        failure = error;
      }
    }
    expect(failure).toBeInstanceOf(StoreError);
    const error = failure as StoreError;
    expect(error.code).toBe('full');
    expect(error.operation).toBe('incidents.record');
    expect(error.context).toEqual({ sqlite: 'SQLITE_FULL' });
    expect(committed.length).toBeGreaterThan(10);

    // The pipeline can tell the teacher and keep going: reads work, nothing was lost.
    const stored = store.incidents.list().map((i) => i.id);
    expect(stored.sort((a, b) => a - b)).toEqual(committed);
    store.close();
    const reopened = openSqliteStore({ path });
    expect(reopened.incidents.list()).toHaveLength(committed.length);
    reopened.close();
  });
});
