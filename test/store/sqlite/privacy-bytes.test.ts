import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashLinkCode } from '../../../src/store/link-codes.js';
import { createPseudonymiser } from '../../../src/store/pseudonym.js';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import type { Store } from '../../../src/store/store.js';
import { at, MINUTE, makeGroup, newIncident, T0, TEACHER } from '../contract/fixtures.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'klaswacht-bytes-'));
  path = join(dir, 'klaswacht.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Everything SQLite keeps on disk for this database: the file, its WAL and its index. */
function onDisk(): Buffer {
  return Buffer.concat(
    [path, `${path}-wal`, `${path}-shm`].filter((p) => existsSync(p)).map((p) => readFileSync(p)),
  );
}

/**
 * What the pipeline does with a message, reduced to its contact with the store: every
 * author is seen (pseudonym and display name); only a flagged message leaves a trace,
 * and then only its masked excerpt. The unflagged text is never handed to the store.
 */
function handle(
  store: Store,
  groupId: number,
  msg: { userId: string; name: string; text: string; flagged?: string },
) {
  const pseudonymise = createPseudonymiser('bytes-test-secret-0123456789');
  const pseudonym = pseudonymise('telegram', msg.userId);
  store.transaction(() => {
    store.members.seen({ groupId, pseudonym, displayName: msg.name, role: 'parent', at: T0 });
    if (msg.flagged === undefined) return;
    const group = store.groups.get(groupId);
    if (!group) throw new Error('no group');
    store.incidents.record(
      newIncident(group, { excerpt: msg.flagged, author: { pseudonym, name: msg.name } }),
    );
  });
}

describe('SQLite store: what reaches the disk', () => {
  it('holds no text of an unflagged message, no raw member id and no plain link code', () => {
    const store = openSqliteStore({ path });
    const g = makeGroup(store);
    handle(store, g.id, {
      userId: '55501',
      name: 'Ouder Een',
      text: 'Wie heeft de GYMTAS-ZEBRA-7731 gezien?',
    });
    handle(store, g.id, {
      userId: '55502',
      name: 'Ouder Twee',
      text: 'bel me op 0612345678, MASKER-PROEF',
      flagged: 'bel me op 06********, MASKER-PROEF',
    });
    store.linkCodes.create({
      groupId: g.id,
      code: 'LINK-PLAIN-9Q4R',
      purpose: 'supervisor',
      createdBy: TEACHER,
      createdAt: T0,
      expiresAt: at(15 * MINUTE),
    });

    for (const moment of ['open', 'closed'] as const) {
      if (moment === 'closed') store.close();
      const bytes = onDisk();
      // Positive controls: the scan does see what was given to the store.
      expect(bytes.includes('MASKER-PROEF'), moment).toBe(true);
      expect(bytes.includes(hashLinkCode('LINK-PLAIN-9Q4R')), moment).toBe(true);
      // Never given to the store, so never on disk.
      expect(bytes.includes('GYMTAS-ZEBRA-7731'), moment).toBe(false);
      expect(bytes.includes('0612345678'), moment).toBe(false);
      expect(bytes.includes('55501'), moment).toBe(false);
      expect(bytes.includes('55502'), moment).toBe(false);
      // Given to the store, but only its hash is kept.
      expect(bytes.includes('LINK-PLAIN-9Q4R'), moment).toBe(false);
    }
  });

  it('leaves no readable trace of a forgotten member in the file or the WAL', () => {
    const store = openSqliteStore({ path });
    const g = makeGroup(store);
    handle(store, g.id, {
      userId: '1',
      name: 'Zwaantje Vergeetmij',
      text: '...',
      flagged: 'UITSNEDE-VERGETEN ***',
    });
    handle(store, g.id, { userId: '2', name: 'Blijft Bestaan', text: '...', flagged: 'UITSNEDE-BLIJFT ***' });
    expect(onDisk().includes('Zwaantje Vergeetmij')).toBe(true);
    expect(onDisk().includes('UITSNEDE-VERGETEN')).toBe(true);

    const forgotten = store.members.list(g.id).find((m) => m.displayName === 'Zwaantje Vergeetmij');
    if (!forgotten) throw new Error('member missing');
    expect(store.forgetMember(g.id, forgotten.pseudonym, TEACHER, at(MINUTE)).incidents).toBe(1);

    const bytes = onDisk();
    expect(bytes.includes('Zwaantje Vergeetmij')).toBe(false);
    expect(bytes.includes('UITSNEDE-VERGETEN')).toBe(false);
    expect(bytes.includes('UITSNEDE-BLIJFT')).toBe(true);
    store.close();
  });
});
