import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '../store.js';
import { isThenable, wrapMethods } from '../wrap-methods.js';
import { createSqliteAudit } from './audit.js';
import { createSqliteConsent } from './consent.js';
import { createSqliteContacts } from './contacts.js';
import { createSqliteGroups } from './groups.js';
import { sqliteGuard } from './guard.js';
import { createSqliteIncidents } from './incidents.js';
import { createSqliteJobRuns } from './job-runs.js';
import { createSqliteLinkCodes } from './link-codes.js';
import { createSqliteMailOutbox } from './mail-outbox.js';
import { createSqliteMembers } from './members.js';
import { migrate } from './migrate.js';
import { createSqliteOutbox } from './outbox.js';
import { createSqlitePrivacy } from './privacy.js';
import { createSqliteReminders } from './reminders.js';

export interface SqliteStoreOptions {
  /** The database file; its folder is created. `:memory:` works for throwaway use. */
  readonly path: string;
  /** How long to wait for another process's write lock before `busy`. */
  readonly busyTimeoutMs?: number;
  /**
   * Caps the file at this many pages (4 KiB each): a disk budget for the operator, and
   * the honest way for tests to reach SQLITE_FULL without filling a real disk.
   */
  readonly maxPages?: number;
}

/**
 * Opens (creating if needed) and migrates the bot's database. Start-up failures (a
 * read-only folder, a file from a newer version) throw a StoreError right here.
 */
export function openSqliteStore(options: SqliteStoreOptions): Store {
  return sqliteGuard('store.open', () => {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    const db = new Database(options.path);
    try {
      configureConnection(db, options);
      migrate(db);
      return build(db);
    } catch (error) {
      db.close();
      throw error;
    }
  });
}

/**
 * Per-connection settings; exported so a test can read them back from a connection of
 * its own (they are not stored in the file, except the WAL mode).
 */
export function configureConnection(db: Database.Database, options: Omit<SqliteStoreOptions, 'path'>): void {
  db.pragma('journal_mode = WAL');
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
  // With WAL, NORMAL loses at most the last transactions on power loss, never integrity,
  // and makes per-message commits ~14x faster than FULL.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Erased and purged rows are zeroed, not left readable in free pages (AVG art. 17).
  db.pragma('secure_delete = ON');
  if (options.maxPages !== undefined) db.pragma(`max_page_count = ${Math.trunc(options.maxPages)}`);
}

function build(db: Database.Database): Store {
  const audit = createSqliteAudit(db);
  const members = createSqliteMembers(db, audit);
  const consent = createSqliteConsent(db, audit);
  const contacts = createSqliteContacts(db, audit);
  const privacy = createSqlitePrivacy(db, { members, consent, contacts, audit });
  const guard = sqliteGuard;
  const store: Store = {
    groups: wrapMethods('groups', createSqliteGroups(db, audit), guard),
    members: wrapMethods('members', members, guard),
    incidents: wrapMethods('incidents', createSqliteIncidents(db, audit), guard),
    consent: wrapMethods('consent', consent, guard),
    contacts: wrapMethods('contacts', contacts, guard),
    reminders: wrapMethods('reminders', createSqliteReminders(db), guard),
    linkCodes: wrapMethods('linkCodes', createSqliteLinkCodes(db, audit), guard),
    audit: wrapMethods('audit', audit, guard),
    outbox: wrapMethods('outbox', createSqliteOutbox(db), guard),
    mail: wrapMethods('mail', createSqliteMailOutbox(db), guard),
    jobRuns: wrapMethods('jobRuns', createSqliteJobRuns(db), guard),
    transaction: (fn) =>
      guard('store.transaction', () =>
        db
          .transaction(() => {
            const result = fn();
            if (isThenable(result))
              throw new TypeError('store.transaction: fn must be synchronous, got a promise');
            return result;
          })
          .immediate(),
      ),
    purgeExpired: (now) =>
      guard('store.purgeExpired', () => checkpointAfter(db, () => privacy.purgeExpired(now))),
    exportMember: (q, by, now) => guard('store.exportMember', () => privacy.exportMember(q, by, now)),
    forgetMember: (g, m, by, now) =>
      guard('store.forgetMember', () => checkpointAfter(db, () => privacy.forgetMember(g, m, by, now))),
    close: () => {
      if (db.open) db.close();
    },
  };
  return store;
}

/**
 * After an erasure or purge outside any transaction, copies the WAL back into the file
 * and truncates it, so the erased rows' old page images do not linger in the WAL.
 * Best effort: a reader in another process can keep old frames alive a little longer.
 */
function checkpointAfter<T>(db: Database.Database, fn: () => T): T {
  const result = fn();
  if (!db.inTransaction) db.pragma('wal_checkpoint(TRUNCATE)');
  return result;
}
