import type Database from 'better-sqlite3';
import { z } from 'zod';
import { LANGUAGES } from '../../core/categories.js';
import type { AuditRepo } from '../audit.js';
import {
  allowListSchema,
  applyGroupPatch,
  changedGroupKeys,
  GROUP_TYPES,
  type Group,
  type GroupRepo,
  groupCreateArgs,
  groupMoveArgs,
  groupUpdateArgs,
  lessonHoursSchema,
} from '../groups.js';
import { idSchema, jsonColumn, msColumn, optionalMsColumn, parseInput, parseRow } from '../validate.js';
import { buildWhere } from './where.js';
import { writeTransaction } from './write-transaction.js';

const staff = (id: string | null, name: string | null) =>
  id !== null && name !== null ? { platformId: id, name } : undefined;

const rowSchema = z
  .object({
    id: z.int(),
    platform: z.string(),
    chat_id: z.string(),
    class_name: z.string(),
    school: z.string(),
    type: z.enum(GROUP_TYPES),
    language: z.enum(LANGUAGES),
    time_zone: z.string(),
    lesson_hours: jsonColumn(z.array(lessonHoursSchema)),
    lesson_exception_until: optionalMsColumn,
    allow_list: jsonColumn(allowListSchema),
    retention_days: z.int().positive(),
    teacher_id: z.string().nullable(),
    teacher_name: z.string().nullable(),
    supervisor_id: z.string().nullable(),
    supervisor_name: z.string().nullable(),
    active: z.union([z.literal(0), z.literal(1)]),
    created_at: msColumn,
    updated_at: msColumn,
  })
  .transform((r): Group => {
    const teacher = staff(r.teacher_id, r.teacher_name);
    const supervisor = staff(r.supervisor_id, r.supervisor_name);
    return {
      id: r.id,
      platform: r.platform,
      chatId: r.chat_id,
      className: r.class_name,
      school: r.school,
      type: r.type,
      language: r.language,
      timeZone: r.time_zone,
      lessonHours: r.lesson_hours,
      ...(r.lesson_exception_until ? { lessonExceptionUntil: r.lesson_exception_until } : {}),
      allowList: r.allow_list,
      retentionDays: r.retention_days,
      ...(teacher ? { teacher } : {}),
      ...(supervisor ? { supervisor } : {}),
      active: r.active === 1,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });

/** Column values for a group, shared by insert and update so both write every setting. */
function toRow(g: Omit<Group, 'id'>) {
  return {
    platform: g.platform,
    chatId: g.chatId,
    className: g.className,
    school: g.school,
    type: g.type,
    language: g.language,
    timeZone: g.timeZone,
    lessonHours: JSON.stringify(g.lessonHours),
    lessonExceptionUntil: g.lessonExceptionUntil?.getTime() ?? null,
    allowList: JSON.stringify(g.allowList),
    retentionDays: g.retentionDays,
    teacherId: g.teacher?.platformId ?? null,
    teacherName: g.teacher?.name ?? null,
    supervisorId: g.supervisor?.platformId ?? null,
    supervisorName: g.supervisor?.name ?? null,
    active: g.active ? 1 : 0,
    createdAt: g.createdAt.getTime(),
    updatedAt: g.updatedAt.getTime(),
  };
}

const COLUMNS = `platform = @platform, chat_id = @chatId, class_name = @className, school = @school,
  type = @type, language = @language, time_zone = @timeZone, lesson_hours = @lessonHours,
  lesson_exception_until = @lessonExceptionUntil, allow_list = @allowList, retention_days = @retentionDays,
  teacher_id = @teacherId, teacher_name = @teacherName, supervisor_id = @supervisorId,
  supervisor_name = @supervisorName, active = @active, created_at = @createdAt, updated_at = @updatedAt`;

export function createSqliteGroups(db: Database.Database, audit: AuditRepo): GroupRepo {
  const insert =
    db.prepare(`INSERT INTO groups (platform, chat_id, class_name, school, type, language, time_zone,
    lesson_hours, lesson_exception_until, allow_list, retention_days, teacher_id, teacher_name, supervisor_id,
    supervisor_name, active, created_at, updated_at) VALUES (@platform, @chatId, @className, @school, @type,
    @language, @timeZone, @lessonHours, @lessonExceptionUntil, @allowList, @retentionDays, @teacherId, @teacherName,
    @supervisorId, @supervisorName, @active, @createdAt, @updatedAt)`);
  const update = db.prepare(`UPDATE groups SET ${COLUMNS} WHERE id = @id`);
  const byId = db.prepare('SELECT * FROM groups WHERE id = ?');
  const byChat = db.prepare('SELECT * FROM groups WHERE platform = ? AND chat_id = ?');
  const read = (row: unknown, op: string) =>
    row === undefined ? undefined : parseRow(rowSchema, row, 'groups', op);

  const repo: GroupRepo = {
    create: writeTransaction(db, (...args: Parameters<GroupRepo['create']>) => {
      const [g, by] = parseInput(groupCreateArgs, args, 'groups.create');
      const { lastInsertRowid } = insert.run(toRow({ ...g, updatedAt: g.createdAt }));
      const created = read(byId.get(lastInsertRowid), 'groups.create') as Group;
      audit.record({ at: g.createdAt, actor: by, action: 'group.created', groupId: created.id });
      return created;
    }),
    get: (id) => read(byId.get(parseInput(idSchema, id, 'groups.get')), 'groups.get'),
    findByChat: (platform, chatId) => read(byChat.get(String(platform), String(chatId)), 'groups.findByChat'),
    list(filter = {}) {
      const where = buildWhere([
        filter.active !== undefined && ['active = ?', filter.active ? 1 : 0],
        filter.platform !== undefined && ['platform = ?', filter.platform],
      ]);
      return db
        .prepare(`SELECT * FROM groups ${where.sql} ORDER BY id`)
        .all(...where.params)
        .map((row) => read(row, 'groups.list') as Group);
    },
    update: writeTransaction(db, (...args: Parameters<GroupRepo['update']>) => {
      const [id, patch, by, now] = parseInput(groupUpdateArgs, args, 'groups.update');
      const current = repo.get(id);
      if (!current) return undefined;
      const next = applyGroupPatch(current, patch, now);
      update.run({ ...toRow(next), id });
      audit.record({
        at: now,
        actor: by,
        action: 'group.settings_changed',
        groupId: id,
        details: { changed: changedGroupKeys(patch) },
      });
      return repo.get(id);
    }),
    moveChat: writeTransaction(db, (...args: Parameters<GroupRepo['moveChat']>) => {
      const [platform, fromChatId, toChatId, by, now] = parseInput(groupMoveArgs, args, 'groups.moveChat');
      const current = repo.findByChat(platform, fromChatId);
      if (!current) return undefined;
      update.run({ ...toRow({ ...current, chatId: toChatId, updatedAt: now }), id: current.id });
      audit.record({
        at: now,
        actor: by,
        action: 'group.chat_moved',
        groupId: current.id,
        details: { from: fromChatId, to: toChatId },
      });
      return repo.get(current.id);
    }),
  };
  return repo;
}
