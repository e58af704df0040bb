import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import { expectStoreError, makeGroup, newIncident } from '../contract/fixtures.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'klaswacht-corrupt-'));
  path = join(dir, 'klaswacht.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Edits the file behind the store's back, as a careless hand or a bad restore would. */
function tamper(sql: string): void {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

describe('SQLite store: corrupt rows', () => {
  it('names the table and id of a group whose JSON column is broken', () => {
    const setUp = openSqliteStore({ path });
    const g = makeGroup(setUp);
    const other = makeGroup(setUp, { chatId: '-2' });
    setUp.close();
    tamper(`UPDATE groups SET lesson_hours = '[{"weekday": 1, "from": "08:30"' WHERE id = ${g.id}`);

    const store = openSqliteStore({ path });
    const error = expectStoreError(() => store.groups.get(g.id), 'corrupt');
    expect(error.message).toContain(`corrupt row in groups (id ${g.id})`);
    expect(error.message).toContain('lesson_hours');
    expect(error.context).toEqual({ table: 'groups', id: g.id });
    expect(error.operation).toBe('groups.get');
    // The other groups are still readable one by one.
    expect(store.groups.get(other.id)?.chatId).toBe('-2');
    store.close();
  });

  it('names the table and id of an incident with a value the schema does not know', () => {
    const setUp = openSqliteStore({ path });
    const g = makeGroup(setUp);
    const { incident } = setUp.incidents.record(newIncident(g));
    setUp.close();
    tamper(`UPDATE incidents SET category = 'gossip' WHERE id = ${incident.id}`);

    const store = openSqliteStore({ path });
    const error = expectStoreError(() => store.incidents.list(), 'corrupt');
    expect(error.context).toEqual({ table: 'incidents', id: incident.id });
    expect(error.message).toContain('category');
    store.close();
  });

  it('names the table, id and column of a bad row in the recent incidents (raw rows, checked by hand)', () => {
    const setUp = openSqliteStore({ path });
    const g = makeGroup(setUp);
    const { incident } = setUp.incidents.record(newIncident(g));
    setUp.close();
    tamper(`UPDATE incidents SET severity = 'dire' WHERE id = ${incident.id}`);

    const store = openSqliteStore({ path });
    const error = expectStoreError(
      () => store.incidents.recent({ groupId: g.id, since: new Date(0), limit: 20 }),
      'corrupt',
    );
    expect(error.context).toEqual({ table: 'incidents', id: incident.id });
    expect(error.message).toContain('severity');
    expect(error.operation).toBe('incidents.recent');
    store.close();
  });
});
