import { describe, expect, it } from 'vitest';
import { at, DAY, expectStoreError, MINUTE, type StoreUnderTest } from './fixtures.js';

export function jobRunsContract(store: StoreUnderTest): void {
  describe('job runs (scheduled jobs run once per slot)', () => {
    const claim = (job: string, scope: string, slotMs: number, startedMs = slotMs) =>
      store().jobRuns.claim({ job, scope, slot: at(slotMs), startedAt: at(startedMs) });

    it('lets one claimer have a slot; a second claim of it finds the run', () => {
      const first = claim('weekly-tip', 'group:1', 0);
      expect(first.claimed).toBe(true);
      expect(first.run).toMatchObject({
        status: 'running',
        attempts: 1,
        job: 'weekly-tip',
        scope: 'group:1',
      });
      expect(claim('weekly-tip', 'group:1', 0, MINUTE)).toMatchObject({
        claimed: false,
        run: { id: first.run.id },
      });
      expect(claim('weekly-tip', 'group:2', 0).claimed).toBe(true);
      expect(claim('teacher-digest', 'group:1', 0).claimed).toBe(true);
    });

    it('never hands out a slot again that ran, was skipped or was left running by a crash', () => {
      const done = claim('j', 's', 0).run;
      store().jobRuns.finish(done.id, 'done', at(1), 'sent');
      const skipped = claim('j', 's', DAY).run;
      store().jobRuns.finish(skipped.id, 'skipped', at(DAY), 'holiday');
      claim('j', 's', 2 * DAY); // running, never finished
      for (const slot of [0, DAY, 2 * DAY]) expect(claim('j', 's', slot, 3 * DAY).claimed).toBe(false);
      expect(store().jobRuns.get('j', 's', at(0))).toMatchObject({ status: 'done', detail: 'sent' });
      expect(store().jobRuns.get('j', 's', at(0))?.finishedAt).toEqual(at(1));
    });

    it('takes a failed slot again, counting attempts', () => {
      const run = claim('j', 's', 0).run;
      store().jobRuns.finish(run.id, 'failed', at(1), 'rate_limited');
      const again = claim('j', 's', 0, MINUTE);
      expect(again).toMatchObject({ claimed: true, run: { id: run.id, status: 'running', attempts: 2 } });
      expect(again.run.detail).toBeUndefined();
      expect(again.run.startedAt).toEqual(at(MINUTE));
    });

    it('finds the latest and earliest slots, and runs between two times', () => {
      claim('j', 'a', 2 * DAY);
      claim('j', 'b', 3 * DAY);
      claim('j', 'a', DAY);
      claim('other', 'a', 9 * DAY);
      expect(store().jobRuns.latest('j', 'a')?.slot).toEqual(at(2 * DAY));
      expect(store().jobRuns.latest('j')?.slot).toEqual(at(3 * DAY));
      expect(store().jobRuns.earliest('j')?.slot).toEqual(at(DAY));
      expect(store().jobRuns.latest('none')).toBeUndefined();
      expect(
        store()
          .jobRuns.between('j', at(DAY), at(3 * DAY))
          .map((r) => r.slot),
      ).toEqual([at(DAY), at(2 * DAY)]);
      expect(store().jobRuns.purge(at(3 * DAY))).toBe(2);
      expect(store().jobRuns.earliest('j')?.slot).toEqual(at(3 * DAY));
    });

    it('refuses a malformed job name', () => {
      expectStoreError(() => claim('Weekly Tip!', 's', 0), 'constraint');
    });
  });
}
