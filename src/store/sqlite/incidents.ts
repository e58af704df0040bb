import type Database from 'better-sqlite3';
import { z } from 'zod';
import { CATEGORIES, PERSONAL_DATA_KINDS, SEVERITIES, TARGETS } from '../../core/categories.js';
import type { AuditRepo } from '../audit.js';
import { INCIDENT_STATUSES, planStatusChange } from '../incident-status.js';
import {
  asList,
  type Incident,
  type IncidentRepo,
  type IncidentSummary,
  incidentFilterSchema,
  isRaisedBy,
  markForwardedArgs,
  newIncidentSchema,
  recentFilterSchema,
  setStatusArgs,
  windowSchema,
} from '../incidents.js';
import { isPseudonym, type Pseudonym } from '../pseudonym.js';
import {
  idSchema,
  msColumn,
  optionalMsColumn,
  optionalTextColumn,
  parseInput,
  parseRow,
  pseudonymSchema,
} from '../validate.js';
import { statementCache } from './statement-cache.js';
import { buildWhere, placeholders } from './where.js';
import { writeTransaction } from './write-transaction.js';

const rowSchema = z
  .object({
    id: z.int(),
    group_id: z.int(),
    category: z.enum(CATEGORIES),
    severity: z.enum(SEVERITIES),
    rule: z.string(),
    kind: z.enum(PERSONAL_DATA_KINDS).nullable(),
    target: z.enum(TARGETS).nullable(),
    why: z.string(),
    excerpt: z.string(),
    ref_platform: z.string(),
    ref_chat_id: z.string(),
    ref_message_id: z.string(),
    author_pseudonym: pseudonymSchema.nullable(),
    author_name: z.string().nullable(),
    created_at: msColumn,
    status: z.enum(INCIDENT_STATUSES),
    handled_by: optionalTextColumn,
    handled_at: optionalMsColumn,
    forwarded: z.union([z.literal(0), z.literal(1)]),
  })
  .transform(
    (r): Incident => ({
      id: r.id,
      groupId: r.group_id,
      category: r.category,
      severity: r.severity,
      rule: r.rule,
      ...(r.kind !== null ? { kind: r.kind } : {}),
      ...(r.target !== null ? { target: r.target } : {}),
      why: r.why,
      excerpt: r.excerpt,
      ref: { platform: r.ref_platform, chatId: r.ref_chat_id, messageId: r.ref_message_id },
      ...(r.author_pseudonym !== null
        ? { author: { pseudonym: r.author_pseudonym, name: r.author_name ?? '' } }
        : {}),
      createdAt: r.created_at,
      status: r.status,
      ...(r.handled_by !== undefined ? { handledBy: r.handled_by } : {}),
      ...(r.handled_at !== undefined ? { handledAt: r.handled_at } : {}),
      forwardedToSupervisor: r.forwarded === 1,
    }),
  );

export function readIncidentRow(row: unknown, operation: string): Incident {
  return parseRow(rowSchema, row, 'incidents', operation);
}

const summarySchema = z
  .object({
    id: z.int(),
    category: z.enum(CATEGORIES),
    severity: z.enum(SEVERITIES),
    target: z.enum(TARGETS).nullable(),
    status: z.enum(INCIDENT_STATUSES),
    created_at: msColumn,
    ref_platform: z.string(),
    ref_chat_id: z.string(),
    ref_message_id: z.string(),
    author_pseudonym: pseudonymSchema.nullable(),
    author_name: z.string().nullable(),
  })
  .transform((r) => toSummary({ ...r, created_at: r.created_at.getTime() }));
const CATEGORY_SET: ReadonlySet<unknown> = new Set(CATEGORIES);
const SEVERITY_SET: ReadonlySet<unknown> = new Set(SEVERITIES);
const TARGET_SET: ReadonlySet<unknown> = new Set(TARGETS);
const STATUS_SET: ReadonlySet<unknown> = new Set(INCIDENT_STATUSES);

interface SummaryRow {
  readonly id: number;
  readonly category: IncidentSummary['category'];
  readonly severity: IncidentSummary['severity'];
  readonly target: NonNullable<IncidentSummary['target']> | null;
  readonly status: IncidentSummary['status'];
  readonly created_at: number;
  readonly ref_platform: string;
  readonly ref_chat_id: string;
  readonly ref_message_id: string;
  readonly author_pseudonym: Pseudonym | null;
  readonly author_name: string | null;
}

function toSummary(r: SummaryRow): IncidentSummary {
  return {
    id: r.id,
    category: r.category,
    severity: r.severity,
    ...(r.target !== null ? { target: r.target } : {}),
    status: r.status,
    createdAt: new Date(r.created_at),
    ref: { platform: r.ref_platform, chatId: r.ref_chat_id, messageId: r.ref_message_id },
    ...(r.author_pseudonym !== null
      ? { author: { pseudonym: r.author_pseudonym, name: r.author_name ?? '' } }
      : {}),
  };
}

/**
 * A summary read as a raw row (values in SUMMARY_COLUMN_NAMES order), checked by hand on
 * the hot path (the checks of `summarySchema`); a row they refuse is named by column and
 * goes through the schema, which says what is wrong with it.
 */
function readSummaryValues(v: readonly unknown[], operation: string): IncidentSummary {
  const [id, category, severity, target, status, createdAt, platform, chatId, messageId, pseudonym, name] = v;
  if (
    Number.isSafeInteger(id) &&
    CATEGORY_SET.has(category) &&
    SEVERITY_SET.has(severity) &&
    (target === null || TARGET_SET.has(target)) &&
    STATUS_SET.has(status) &&
    Number.isSafeInteger(createdAt) &&
    typeof platform === 'string' &&
    typeof chatId === 'string' &&
    typeof messageId === 'string' &&
    (pseudonym === null || isPseudonym(pseudonym)) &&
    (name === null || typeof name === 'string')
  ) {
    return {
      id: id as number,
      category: category as IncidentSummary['category'],
      severity: severity as IncidentSummary['severity'],
      ...(target !== null ? { target: target as NonNullable<IncidentSummary['target']> } : {}),
      status: status as IncidentSummary['status'],
      createdAt: new Date(createdAt as number),
      ref: { platform, chatId, messageId },
      ...(pseudonym !== null
        ? { author: { pseudonym: pseudonym as Pseudonym, name: (name as string | null) ?? '' } }
        : {}),
    };
  }
  const row: Record<string, unknown> = {};
  SUMMARY_COLUMN_NAMES.forEach((column, i) => {
    row[column] = v[i];
  });
  return parseRow(summarySchema, row, 'incidents', operation);
}

/** The columns of a summary, in the order `readSummaryValues` reads them. */
const SUMMARY_COLUMN_NAMES = [
  'id',
  'category',
  'severity',
  'target',
  'status',
  'created_at',
  'ref_platform',
  'ref_chat_id',
  'ref_message_id',
  'author_pseudonym',
  'author_name',
] as const;
const SUMMARY_COLUMNS = SUMMARY_COLUMN_NAMES.join(', ');
/**
 * The group's and the author's newest incidents, read once per flagged message; exported so
 * a test can check that they walk a covering index (migration 5) without a sort.
 */
export const RECENT_OF_GROUP_SQL = `SELECT ${SUMMARY_COLUMNS} FROM incidents WHERE group_id = ?
    AND created_at >= ? ORDER BY created_at DESC, id DESC LIMIT ?`;
export const RECENT_OF_AUTHOR_SQL = `SELECT ${SUMMARY_COLUMNS} FROM incidents WHERE group_id = ?
    AND author_pseudonym = ? AND created_at >= ? ORDER BY created_at DESC, id DESC LIMIT ?`;

export function createSqliteIncidents(db: Database.Database, audit: AuditRepo): IncidentRepo {
  const prepared = statementCache(db);
  const insert =
    db.prepare(`INSERT INTO incidents (group_id, category, severity, rule, kind, target, why, excerpt,
      ref_platform, ref_chat_id, ref_message_id, author_pseudonym, author_name, created_at, status, forwarded)
    VALUES (@groupId, @category, @severity, @rule, @kind, @target, @why, @excerpt, @refPlatform, @refChatId,
      @refMessageId, @authorPseudonym, @authorName, @createdAt, 'open', 0)
    ON CONFLICT (group_id, ref_chat_id, ref_message_id, category) DO NOTHING`);
  const byKey = db.prepare(
    'SELECT * FROM incidents WHERE group_id = ? AND ref_chat_id = ? AND ref_message_id = ? AND category = ?',
  );
  const byId = db.prepare('SELECT * FROM incidents WHERE id = ?');
  const forMember = db.prepare(`SELECT * FROM incidents WHERE group_id = ? AND author_pseudonym = ?
    AND created_at >= ? AND created_at < ? ORDER BY created_at, id`);
  const forGroup = db.prepare(`SELECT * FROM incidents WHERE group_id = ?
    AND created_at >= ? AND created_at < ? ORDER BY created_at, id`);
  // Raw rows (arrays): half the cost of a row object per row, and these read up to 70 rows per flagged message.
  const recentOfGroup = db.prepare(RECENT_OF_GROUP_SQL).raw(true);
  const recentOfAuthor = db.prepare(RECENT_OF_AUTHOR_SQL).raw(true);
  const updateStatus = db.prepare(
    'UPDATE incidents SET status = ?, handled_by = ?, handled_at = ? WHERE id = ?',
  );
  const setForwarded = db.prepare('UPDATE incidents SET forwarded = 1 WHERE id = ?');
  const raise = db.prepare(`UPDATE incidents SET severity = @severity, rule = @rule, target = @target,
    why = @why, excerpt = @excerpt, status = 'open', handled_by = NULL, handled_at = NULL WHERE id = @id`);
  const get = (id: number, op: string) => {
    const row = byId.get(id);
    return row === undefined ? undefined : readIncidentRow(row, op);
  };
  const until = (d: Date | undefined) => d?.getTime() ?? Number.MAX_SAFE_INTEGER;

  return {
    record: writeTransaction(db, (incident: Parameters<IncidentRepo['record']>[0]) => {
      const i = parseInput(newIncidentSchema, incident, 'incidents.record');
      const { changes } = insert.run({
        groupId: i.groupId,
        category: i.category,
        severity: i.severity,
        rule: i.rule,
        kind: i.kind ?? null,
        target: i.target ?? null,
        why: i.why,
        excerpt: i.excerpt,
        refPlatform: i.ref.platform,
        refChatId: i.ref.chatId,
        refMessageId: i.ref.messageId,
        authorPseudonym: i.author?.pseudonym ?? null,
        authorName: i.author?.name ?? null,
        createdAt: i.createdAt.getTime(),
      });
      const row = byKey.get(i.groupId, i.ref.chatId, i.ref.messageId, i.category);
      const stored = readIncidentRow(row, 'incidents.record');
      if (changes === 1 || !isRaisedBy(stored, i))
        return { incident: stored, created: changes === 1, raised: false };
      raise.run({
        id: stored.id,
        severity: i.severity,
        rule: i.rule,
        target: i.target ?? null,
        why: i.why,
        excerpt: i.excerpt,
      });
      return { incident: get(stored.id, 'incidents.record') as Incident, created: false, raised: true };
    }),
    get: (id) => get(id, 'incidents.get'),
    forMember(groupId, author, window) {
      const g = parseInput(idSchema, groupId, 'incidents.forMember');
      const a = parseInput(pseudonymSchema, author, 'incidents.forMember');
      const w = parseInput(windowSchema, window, 'incidents.forMember');
      return forMember
        .all(g, a, w.since.getTime(), until(w.until))
        .map((row) => readIncidentRow(row, 'incidents.forMember'));
    },
    forGroup(groupId, window) {
      const g = parseInput(idSchema, groupId, 'incidents.forGroup');
      const w = parseInput(windowSchema, window, 'incidents.forGroup');
      return forGroup
        .all(g, w.since.getTime(), until(w.until))
        .map((row) => readIncidentRow(row, 'incidents.forGroup'));
    },
    list(filter = {}) {
      const f = parseInput(incidentFilterSchema, filter, 'incidents.list');
      const statuses = asList(f.status);
      const categories = asList(f.category);
      const where = buildWhere([
        f.groupId !== undefined && ['group_id = ?', f.groupId],
        statuses !== undefined && [`status IN (${placeholders(statuses.length)})`, ...statuses],
        categories !== undefined && [`category IN (${placeholders(categories.length)})`, ...categories],
        f.author !== undefined && ['author_pseudonym = ?', f.author],
        f.since !== undefined && ['created_at >= ?', f.since.getTime()],
        f.until !== undefined && ['created_at < ?', f.until.getTime()],
      ]);
      return prepared(`SELECT * FROM incidents ${where.sql} ORDER BY created_at DESC, id DESC LIMIT ?`)
        .all(...where.params, f.limit ?? -1)
        .map((row) => readIncidentRow(row, 'incidents.list'));
    },
    recent(filter) {
      const f = parseInput(recentFilterSchema, filter, 'incidents.recent');
      const rows =
        f.author === undefined
          ? recentOfGroup.all(f.groupId, f.since.getTime(), f.limit)
          : recentOfAuthor.all(f.groupId, f.author, f.since.getTime(), f.limit);
      return (rows as unknown[][]).map((values) => readSummaryValues(values, 'incidents.recent'));
    },
    setStatus: writeTransaction(db, (...args: Parameters<IncidentRepo['setStatus']>) => {
      const [id, status, by, now] = parseInput(setStatusArgs, args, 'incidents.setStatus');
      const current = get(id, 'incidents.setStatus');
      const plan = planStatusChange(current, status, by, now);
      if (!current || !plan.ok || !plan.changed) return plan;
      const next = plan.incident;
      updateStatus.run(next.status, next.handledBy ?? null, next.handledAt?.getTime() ?? null, id);
      audit.record({
        at: now,
        actor: by,
        action: 'incident.status_changed',
        groupId: current.groupId,
        details: { incident: id, from: current.status, to: status },
      });
      return plan;
    }),
    markForwarded: writeTransaction(db, (...args: Parameters<IncidentRepo['markForwarded']>) => {
      const [id, by, now] = parseInput(markForwardedArgs, args, 'incidents.markForwarded');
      const current = get(id, 'incidents.markForwarded');
      if (!current || current.forwardedToSupervisor) return current;
      setForwarded.run(id);
      audit.record({
        at: now,
        actor: by,
        action: 'incident.forwarded',
        groupId: current.groupId,
        details: { incident: id },
      });
      return get(id, 'incidents.markForwarded');
    }),
  };
}
