import {
  claimRunSchema,
  finishRunArgs,
  type JobRun,
  type JobRunRepo,
  latestRunArgs,
  runKeyArgs,
} from '../job-runs.js';
import { dateSchema, parseInput } from '../validate.js';
import { copy, type MemoryState, nextId, orderBy } from './state.js';

/** Scheduled job runs of the in-memory twin. */
export function createMemoryJobRuns(s: MemoryState): JobRunRepo {
  const find = (job: string, scope: string, slot: Date) =>
    [...s.jobRuns.values()].find(
      (r) => r.job === job && r.scope === scope && r.slot.getTime() === slot.getTime(),
    );
  const sorted = (job: string) =>
    [...s.jobRuns.values()].filter((r) => r.job === job).sort(orderBy((r) => [r.slot.getTime(), r.id]));
  return {
    claim(run) {
      const r = parseInput(claimRunSchema, run, 'jobRuns.claim');
      const existing = find(r.job, r.scope, r.slot);
      if (existing && existing.status !== 'failed') return { run: copy(existing), claimed: false };
      const next: JobRun = existing
        ? {
            id: existing.id,
            job: r.job,
            scope: r.scope,
            slot: r.slot,
            status: 'running',
            attempts: existing.attempts + 1,
            startedAt: r.startedAt,
          }
        : {
            id: nextId(s, 'jobRuns'),
            job: r.job,
            scope: r.scope,
            slot: r.slot,
            status: 'running',
            attempts: 1,
            startedAt: r.startedAt,
          };
      s.jobRuns.set(next.id, copy(next));
      return { run: copy(next), claimed: true };
    },
    finish(...args) {
      const [id, status, at, detail] = parseInput(finishRunArgs, args, 'jobRuns.finish');
      const r = s.jobRuns.get(id);
      if (!r) return undefined;
      if (r.status !== 'running') return copy(r);
      const next: JobRun = { ...r, status, finishedAt: at, ...(detail !== undefined ? { detail } : {}) };
      s.jobRuns.set(id, copy(next));
      return copy(next);
    },
    get(...args) {
      const [job, scope, slot] = parseInput(runKeyArgs, args, 'jobRuns.get');
      const r = find(job, scope, slot);
      return r ? copy(r) : undefined;
    },
    latest(...args) {
      const [job, scope] = parseInput(latestRunArgs, args, 'jobRuns.latest');
      const r = sorted(job)
        .filter((x) => scope === undefined || x.scope === scope)
        .at(-1);
      return r ? copy(r) : undefined;
    },
    earliest(job) {
      const [name] = parseInput(latestRunArgs, [job], 'jobRuns.earliest');
      const r = sorted(name)[0];
      return r ? copy(r) : undefined;
    },
    between(job, since, until) {
      const [name, , from] = parseInput(runKeyArgs, [job, 'x', since], 'jobRuns.between');
      const to = parseInput(dateSchema, until, 'jobRuns.between');
      return sorted(name)
        .filter((r) => r.slot.getTime() >= from.getTime() && r.slot.getTime() < to.getTime())
        .map(copy);
    },
    purge(before) {
      const at = parseInput(dateSchema, before, 'jobRuns.purge');
      let n = 0;
      for (const [id, r] of s.jobRuns) {
        if (r.slot.getTime() < at.getTime()) {
          s.jobRuns.delete(id);
          n++;
        }
      }
      return n;
    },
  };
}
