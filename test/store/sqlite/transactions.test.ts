import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import type { Store } from '../../../src/store/store.js';
import {
  anna,
  at,
  expectStoreError,
  MINUTE,
  makeGroup,
  newIncident,
  T0,
  TEACHER,
} from '../contract/fixtures.js';

let dir: string;
let path: string;
const open: Store[] = [];
const openStore = (busyTimeoutMs?: number) => {
  const s = openSqliteStore({ path, ...(busyTimeoutMs !== undefined ? { busyTimeoutMs } : {}) });
  open.push(s);
  return s;
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'klaswacht-tx-'));
  path = join(dir, 'klaswacht.sqlite');
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SQLite store: transactions on the file', () => {
  it('rolls a throwing message transaction back completely, as seen from a fresh connection', () => {
    const store = openStore();
    const g = makeGroup(store);
    const kept = store.incidents.record(newIncident(g)).incident;
    expect(() =>
      store.transaction(() => {
        store.members.seen({ groupId: g.id, pseudonym: anna, displayName: 'Anna', role: 'parent', at: T0 });
        store.incidents.record(newIncident(g, { createdAt: at(MINUTE) }));
        store.incidents.setStatus(kept.id, 'resolved', TEACHER, at(MINUTE));
        store.reminders.record({ groupId: g.id, key: 'bullying', sentAt: at(MINUTE) });
        store.consent.grant(
          { groupId: g.id, member: anna, kind: 'photo', givenBy: 'ouder', givenAt: T0 },
          TEACHER,
          at(MINUTE),
        );
        throw new Error('adapter crashed half-way');
      }),
    ).toThrow('adapter crashed half-way');
    store.close();

    const fresh = openStore();
    expect(fresh.members.list(g.id)).toEqual([]);
    expect(fresh.incidents.list()).toEqual([kept]);
    expect(fresh.reminders.last({ groupId: g.id, key: 'bullying' })).toBeUndefined();
    expect(fresh.consent.list(g.id)).toEqual([]);
    expect(fresh.audit.list().map((e) => e.action)).toEqual(['group.created']);
  });

  it("reports another process's write lock as busy, and the store works again once it is released", () => {
    const bot = openStore();
    const cli = openStore(0);
    const g = makeGroup(bot);
    bot.transaction(() => {
      bot.incidents.record(newIncident(g));
      const error = expectStoreError(
        () => cli.groups.update(g.id, { retentionDays: 30 }, TEACHER, T0),
        'busy',
      );
      expect(error.operation).toBe('groups.update');
      expect(error.context).toMatchObject({ sqlite: expect.stringMatching(/^SQLITE_BUSY/) });
    });
    expect(cli.groups.update(g.id, { retentionDays: 30 }, TEACHER, T0)?.retentionDays).toBe(30);
    expect(cli.incidents.list()).toHaveLength(1);
  });
});
