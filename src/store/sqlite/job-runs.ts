import type Database from 'better-sqlite3';
import { z } from 'zod';
import {
  claimRunSchema,
  finishRunArgs,
  JOB_RUN_STATUSES,
  type JobRun,
  type JobRunRepo,
  latestRunArgs,
  runKeyArgs,
} from '../job-runs.js';
import {
  dateSchema,
  msColumn,
  optionalMsColumn,
  optionalTextColumn,
  parseInput,
  parseRow,
} from '../validate.js';
import { writeTransaction } from './write-transaction.js';

const rowSchema = z
  .object({
    id: z.int(),
    job: z.string(),
    scope: z.string(),
    slot: msColumn,
    status: z.enum(JOB_RUN_STATUSES),
    attempts: z.int().min(1),
    started_at: msColumn,
    finished_at: optionalMsColumn,
    detail: optionalTextColumn,
  })
  .transform(
    (r): JobRun => ({
      id: r.id,
      job: r.job,
      scope: r.scope,
      slot: r.slot,
      status: r.status,
      attempts: r.attempts,
      startedAt: r.started_at,
      ...(r.finished_at !== undefined ? { finishedAt: r.finished_at } : {}),
      ...(r.detail !== undefined ? { detail: r.detail } : {}),
    }),
  );

const read = (row: unknown, op: string) => parseRow(rowSchema, row, 'job_runs', op);
const maybe = (row: unknown, op: string) => (row === undefined ? undefined : read(row, op));

/** Scheduled job runs in SQLite (migration 4). */
export function createSqliteJobRuns(db: Database.Database): JobRunRepo {
  const insert = db.prepare(`INSERT INTO job_runs (job, scope, slot, status, attempts, started_at)
    VALUES (?, ?, ?, 'running', 1, ?) ON CONFLICT (job, scope, slot) DO NOTHING`);
  const retake = db.prepare(`UPDATE job_runs SET status = 'running', attempts = attempts + 1, started_at = ?,
    finished_at = NULL, detail = NULL WHERE job = ? AND scope = ? AND slot = ? AND status = 'failed'`);
  const byKey = db.prepare('SELECT * FROM job_runs WHERE job = ? AND scope = ? AND slot = ?');
  const byId = db.prepare('SELECT * FROM job_runs WHERE id = ?');
  const finish = db.prepare(
    `UPDATE job_runs SET status = ?, finished_at = ?, detail = ? WHERE id = ? AND status = 'running'`,
  );
  const latestIn = db.prepare(
    'SELECT * FROM job_runs WHERE job = ? AND scope = ? ORDER BY slot DESC, id DESC LIMIT 1',
  );
  const latestAny = db.prepare('SELECT * FROM job_runs WHERE job = ? ORDER BY slot DESC, id DESC LIMIT 1');
  const earliest = db.prepare('SELECT * FROM job_runs WHERE job = ? ORDER BY slot, id LIMIT 1');
  const between = db.prepare(
    'SELECT * FROM job_runs WHERE job = ? AND slot >= ? AND slot < ? ORDER BY slot, id',
  );
  const purge = db.prepare('DELETE FROM job_runs WHERE slot < ?');
  return {
    claim: writeTransaction(db, (run: Parameters<JobRunRepo['claim']>[0]) => {
      const r = parseInput(claimRunSchema, run, 'jobRuns.claim');
      const key = [r.job, r.scope, r.slot.getTime()] as const;
      const claimed =
        insert.run(...key, r.startedAt.getTime()).changes === 1 ||
        retake.run(r.startedAt.getTime(), ...key).changes === 1;
      return { run: read(byKey.get(...key), 'jobRuns.claim'), claimed };
    }),
    finish: writeTransaction(db, (...args: Parameters<JobRunRepo['finish']>) => {
      const [id, status, at, detail] = parseInput(finishRunArgs, args, 'jobRuns.finish');
      finish.run(status, at.getTime(), detail ?? null, id);
      return maybe(byId.get(id), 'jobRuns.finish');
    }),
    get(...args) {
      const [job, scope, slot] = parseInput(runKeyArgs, args, 'jobRuns.get');
      return maybe(byKey.get(job, scope, slot.getTime()), 'jobRuns.get');
    },
    latest(...args) {
      const [job, scope] = parseInput(latestRunArgs, args, 'jobRuns.latest');
      const row = scope === undefined ? latestAny.get(job) : latestIn.get(job, scope);
      return maybe(row, 'jobRuns.latest');
    },
    earliest(job) {
      const [name] = parseInput(latestRunArgs, [job], 'jobRuns.earliest');
      return maybe(earliest.get(name), 'jobRuns.earliest');
    },
    between(job, since, until) {
      const [name, , from] = parseInput(runKeyArgs, [job, 'x', since], 'jobRuns.between');
      const to = parseInput(dateSchema, until, 'jobRuns.between');
      return between.all(name, from.getTime(), to.getTime()).map((r) => read(r, 'jobRuns.between'));
    },
    purge(before) {
      const at = parseInput(dateSchema, before, 'jobRuns.purge');
      return purge.run(at.getTime()).changes;
    },
  };
}
