import type Database from 'better-sqlite3';

/**
 * One schema step. `PRAGMA user_version` holds the number of the last step applied;
 * each pending step runs in its own transaction together with the version bump, so a
 * failing step leaves the file exactly at the previous version.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: string | ((db: Database.Database) => void);
}

/**
 * The schema, oldest first. To change it, APPEND a step (never edit a shipped one):
 *
 *     { version: 2, name: 'mail outbox', up: `CREATE TABLE mail_outbox (...) STRICT;` },
 *
 * then read and write it in a repository here and in the in-memory twin (memory/), add
 * it to `purgeExpired` and `forgetMember` if it holds per-group or per-member data, and
 * extend the contract suite so both implementations stay equal.
 *
 * Conventions: STRICT tables; `id INTEGER PRIMARY KEY AUTOINCREMENT` (ids are never
 * reused, so an old alert button cannot reach a new incident); every time as epoch
 * milliseconds in an INTEGER column; JSON in TEXT columns, read back through zod;
 * `group_id` referencing `groups(id)`.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'groups, members, incidents, consent, contacts, reminders, link codes, audit log',
    up: `
      CREATE TABLE groups (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        class_name TEXT NOT NULL,
        school TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('parents', 'pupils', 'staff')),
        language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        time_zone TEXT NOT NULL,
        lesson_hours TEXT NOT NULL,
        lesson_exception_until INTEGER,
        allow_list TEXT NOT NULL,
        retention_days INTEGER NOT NULL CHECK (retention_days > 0),
        teacher_id TEXT,
        teacher_name TEXT,
        supervisor_id TEXT,
        supervisor_name TEXT,
        active INTEGER NOT NULL CHECK (active IN (0, 1)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (platform, chat_id)
      ) STRICT;

      CREATE TABLE members (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        group_id INTEGER NOT NULL REFERENCES groups (id),
        pseudonym TEXT NOT NULL,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        UNIQUE (group_id, pseudonym)
      ) STRICT;

      CREATE TABLE incidents (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        group_id INTEGER NOT NULL REFERENCES groups (id),
        category TEXT NOT NULL,
        severity TEXT NOT NULL,
        rule TEXT NOT NULL,
        kind TEXT,
        target TEXT,
        why TEXT NOT NULL,
        excerpt TEXT NOT NULL,
        ref_platform TEXT NOT NULL,
        ref_chat_id TEXT NOT NULL,
        ref_message_id TEXT NOT NULL,
        author_pseudonym TEXT,
        author_name TEXT,
        created_at INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'seen', 'resolved', 'false_alarm')),
        handled_by TEXT,
        handled_at INTEGER,
        forwarded INTEGER NOT NULL CHECK (forwarded IN (0, 1)),
        UNIQUE (group_id, ref_chat_id, ref_message_id, category)
      ) STRICT;
      CREATE INDEX incidents_by_group_time ON incidents (group_id, created_at);
      CREATE INDEX incidents_by_author_time ON incidents (group_id, author_pseudonym, created_at);
      CREATE INDEX incidents_by_time ON incidents (created_at);

      CREATE TABLE consent (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        group_id INTEGER NOT NULL REFERENCES groups (id),
        member TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('photo', 'video', 'audio')),
        given_by TEXT NOT NULL,
        given_at INTEGER NOT NULL,
        until INTEGER,
        UNIQUE (group_id, member, kind)
      ) STRICT;

      CREATE TABLE email_contacts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        group_id INTEGER NOT NULL REFERENCES groups (id),
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        added_by TEXT NOT NULL,
        added_at INTEGER NOT NULL,
        UNIQUE (group_id, email)
      ) STRICT;

      CREATE TABLE reminders (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        group_id INTEGER NOT NULL REFERENCES groups (id),
        key TEXT NOT NULL,
        member TEXT,
        sent_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX reminders_by_key ON reminders (group_id, key, member, sent_at);

      CREATE TABLE link_codes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        code_hash TEXT NOT NULL UNIQUE,
        group_id INTEGER NOT NULL REFERENCES groups (id),
        purpose TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        consumed_at INTEGER
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        group_id INTEGER,
        details TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_by_group_time ON audit_log (group_id, at);
    `,
  },
  {
    version: 2,
    name: 'delivery outbox: alerts waiting to be delivered',
    // incident_id has no foreign key on purpose: erasure and retention delete a member's
    // waiting alerts explicitly (they name the member), before the incidents themselves.
    up: `
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        group_id INTEGER NOT NULL REFERENCES groups (id),
        incident_id INTEGER,
        key TEXT NOT NULL UNIQUE,
        recipient TEXT NOT NULL CHECK (recipient IN ('teacher', 'supervisor')),
        urgent INTEGER NOT NULL CHECK (urgent IN (0, 1)),
        text TEXT NOT NULL,
        buttons TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL,
        next_attempt_at INTEGER NOT NULL,
        waiting TEXT CHECK (waiting IN ('private_chat', 'recipient')),
        last_failure TEXT
      ) STRICT;
      CREATE INDEX outbox_by_time ON outbox (created_at, id);
      CREATE INDEX outbox_by_incident ON outbox (incident_id);
    `,
  },
  {
    version: 3,
    name: 'mail outbox: announcements e-mailed to contacts outside the group app (B1)',
    // Final rows keep their key (never sent twice) without subject and text; a contact's
    // mails go with the contact.
    up: `
      CREATE TABLE mail_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        group_id INTEGER NOT NULL REFERENCES groups (id),
        contact_id INTEGER NOT NULL REFERENCES email_contacts (id) ON DELETE CASCADE,
        key TEXT NOT NULL UNIQUE,
        to_address TEXT NOT NULL,
        to_name TEXT NOT NULL,
        subject TEXT NOT NULL,
        text TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        attempts INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        next_attempt_at INTEGER NOT NULL,
        last_error TEXT,
        finished_at INTEGER
      ) STRICT;
      CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
      CREATE INDEX mail_outbox_by_contact ON mail_outbox (contact_id);
    `,
  },
  {
    version: 4,
    name: 'scheduled job runs: each slot of each job runs once, caught up after a restart',
    up: `
      CREATE TABLE job_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        job TEXT NOT NULL,
        scope TEXT NOT NULL,
        slot INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'skipped', 'failed')),
        attempts INTEGER NOT NULL,
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        detail TEXT,
        UNIQUE (job, scope, slot)
      ) STRICT;
      CREATE INDEX job_runs_by_slot ON job_runs (job, slot);
    `,
  },
  {
    version: 5,
    name: 'covering indexes for the recent incidents a judgement reads',
    // Every flagged message reads the author's 50 and the group's 20 newest incidents;
    // through the old indexes each row cost a second lookup in the table. These indexes
    // hold every column of the summary (`incidents.recent`), in the order it sorts by
    // (created_at, id), so the read walks one index backwards and stops at the limit. They
    // start with the old indexes' columns, which they therefore replace.
    up: `
      CREATE INDEX incidents_recent_of_author ON incidents (group_id, author_pseudonym, created_at, id,
        category, severity, target, status, ref_platform, ref_chat_id, ref_message_id, author_name);
      CREATE INDEX incidents_recent_of_group ON incidents (group_id, created_at, id,
        category, severity, target, status, ref_platform, ref_chat_id, ref_message_id, author_pseudonym, author_name);
      DROP INDEX incidents_by_author_time;
      DROP INDEX incidents_by_group_time;
    `,
  },
];
