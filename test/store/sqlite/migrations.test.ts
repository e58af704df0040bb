import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECENT_OF_AUTHOR_SQL, RECENT_OF_GROUP_SQL } from '../../../src/store/sqlite/incidents.js';
import { migrate } from '../../../src/store/sqlite/migrate.js';
import { MIGRATIONS, type Migration } from '../../../src/store/sqlite/migrations.js';
import { configureConnection, openSqliteStore } from '../../../src/store/sqlite/open.js';
import { StoreError } from '../../../src/store/store-error.js';
import { makeGroup, newIncident } from '../contract/fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'klaswacht-migrations-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const userVersion = (db: Database.Database) => db.pragma('user_version', { simple: true });
const tables = (db: Database.Database) =>
  (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as {
      name: string;
    }[]
  ).map((t) => t.name);

describe('SQLite store: file, migrations, settings', () => {
  it('creates the folder and migrates an empty file to the newest version', () => {
    const path = join(dir, 'nested', 'data', 'klaswacht.sqlite');
    openSqliteStore({ path }).close();
    expect(existsSync(path)).toBe(true);
    const db = new Database(path, { readonly: true });
    expect(userVersion(db)).toBe(MIGRATIONS.length);
    expect(tables(db)).toEqual([
      'audit_log',
      'consent',
      'email_contacts',
      'groups',
      'incidents',
      'job_runs',
      'link_codes',
      'mail_outbox',
      'members',
      'outbox',
      'reminders',
    ]);
    db.close();
  });

  it('re-opens an existing file: data survives and nothing is migrated twice', () => {
    const path = join(dir, 'klaswacht.sqlite');
    const first = openSqliteStore({ path });
    const g = makeGroup(first, { allowList: ['0201234567'] });
    const { incident } = first.incidents.record(newIncident(g));
    first.close();
    const again = openSqliteStore({ path });
    expect(again.groups.get(g.id)).toEqual(g);
    expect(again.incidents.get(incident.id)).toEqual(incident);
    expect(again.audit.list().map((e) => e.action)).toEqual(['group.created']);
    again.close();
  });

  it('migrates a version 4 file to covering indexes: the recent-incident reads walk one index, no sort', () => {
    const path = join(dir, 'klaswacht.sqlite');
    const old = new Database(path);
    migrate(old, MIGRATIONS.slice(0, 4));
    old.close();
    const store = openSqliteStore({ path });
    const g = makeGroup(store);
    const { incident } = store.incidents.record(newIncident(g));
    expect(store.incidents.recent({ groupId: g.id, since: new Date(0), limit: 20 }).map((i) => i.id)).toEqual(
      [incident.id],
    );
    store.close();
    const db = new Database(path, { readonly: true });
    expect(userVersion(db)).toBe(MIGRATIONS.length);
    const plan = (sql: string, ...args: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
        .map((r) => r.detail)
        .join('; ');
    expect(plan(RECENT_OF_AUTHOR_SQL, 1, 'a', 0, 50)).toBe(
      'SEARCH incidents USING COVERING INDEX incidents_recent_of_author (group_id=? AND author_pseudonym=? AND created_at>?)',
    );
    expect(plan(RECENT_OF_GROUP_SQL, 1, 0, 20)).toBe(
      'SEARCH incidents USING COVERING INDEX incidents_recent_of_group (group_id=? AND created_at>?)',
    );
    db.close();
  });

  it('stores the WAL journal mode in the file', () => {
    const path = join(dir, 'klaswacht.sqlite');
    const store = openSqliteStore({ path });
    const reader = new Database(path);
    expect(reader.pragma('journal_mode', { simple: true })).toBe('wal');
    reader.close();
    store.close();
  });

  it('sets busy timeout, synchronous NORMAL, foreign keys, secure delete and the page cap per connection', () => {
    const db = new Database(join(dir, 'raw.sqlite'));
    configureConnection(db, { busyTimeoutMs: 1234, maxPages: 5000 });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1234);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // 1 = NORMAL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('max_page_count', { simple: true })).toBe(5000);
    db.close();
  });

  it('applies an appended migration to an existing file, and leaves a failing one with no trace', () => {
    const path = join(dir, 'klaswacht.sqlite');
    openSqliteStore({ path }).close();
    const db = new Database(path);
    const next = MIGRATIONS.length + 1;
    const appended: Migration = {
      version: next,
      name: 'weekly tips',
      up: 'CREATE TABLE weekly_tips (id INTEGER PRIMARY KEY) STRICT;',
    };
    const broken: Migration = {
      version: next + 1,
      name: 'broken',
      up: 'CREATE TABLE half_done (id INTEGER) STRICT; INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => migrate(db, [...MIGRATIONS, appended, broken])).toThrow(/no_such_table/);
    expect(userVersion(db)).toBe(next);
    expect(tables(db)).toContain('weekly_tips');
    expect(tables(db)).not.toContain('half_done');
    db.close();
  });

  it('refuses a file written by a newer klaswacht, naming both versions', () => {
    const path = join(dir, 'klaswacht.sqlite');
    openSqliteStore({ path }).close();
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.close();
    let caught: unknown;
    try {
      openSqliteStore({ path });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(StoreError);
    expect((caught as StoreError).context).toEqual({
      fileVersion: MIGRATIONS.length + 5,
      knownVersion: MIGRATIONS.length,
    });
  });

  it('refuses a migration list that is out of order (a programming error)', () => {
    const db = new Database(':memory:');
    const [first] = MIGRATIONS as [Migration];
    expect(() => migrate(db, [{ ...first, version: 2 }])).toThrow(/out of order/);
    db.close();
  });
});
