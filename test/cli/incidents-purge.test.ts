import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createPseudonymiser } from '../../src/store/pseudonym.js';
import { openSqliteStore } from '../../src/store/sqlite/open.js';

let dir: string;
let db: string;
const DAY = 86_400_000;
const anna = createPseudonymiser('cli-test-secret-0123456789')('console', 'anna');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'klaswacht-cli-'));
  db = join(dir, 'klaswacht.sqlite');
  const store = openSqliteStore({ path: db });
  const now = Date.now();
  const g = store.groups.create(
    {
      platform: 'console',
      chatId: 'g',
      className: 'Groep 7B',
      school: 'S',
      type: 'parents',
      language: 'nl',
      retentionDays: 30,
      createdAt: new Date(now - 100 * DAY),
    },
    'test',
  );
  const record = (id: string, daysAgo: number, category: 'personal_data' | 'bullying') =>
    store.incidents.record({
      groupId: g.id,
      category,
      severity: 'medium',
      rule: 'test',
      ...(category === 'personal_data' ? { kind: 'phone' as const } : {}),
      why: 'why',
      excerpt: category === 'personal_data' ? 'bel [telefoonnummer]' : 'jij loser',
      ref: { platform: 'console', chatId: 'g', messageId: id },
      author: { pseudonym: anna, name: 'Anna' },
      createdAt: new Date(now - daysAgo * DAY),
    });
  record('1', 40, 'bullying');
  record('2', 2, 'personal_data');
  record('3', 1, 'bullying');
  store.incidents.setStatus(3, 'resolved', 'test', new Date());
  store.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => {
    out += c;
  });
  stderr.on('data', (c) => {
    err += c;
  });
  const code = await main(args, { stdin: new PassThrough(), stdout, stderr, env: {}, isTty: false });
  return { code, out, err };
}

describe('klaswacht incidents', () => {
  it('--json lists every incident newest first: id, group, category, severity, status, masked excerpt, time', async () => {
    const { code, out } = await cli(['incidents', '--json', '--db', db]);
    expect(code).toBe(0);
    const rows = JSON.parse(out);
    expect(rows.map((r: { id: number }) => r.id)).toEqual([3, 2, 1]);
    expect(rows[1]).toEqual({
      id: 2,
      group: 1,
      platform: 'console',
      category: 'personal_data',
      kind: 'phone',
      severity: 'medium',
      status: 'open',
      excerpt: 'bel [telefoonnummer]',
      time: expect.stringMatching(/Z$/),
    });
    expect(out).not.toContain('Anna');
  });

  it('filters by status and limit, and audits the listing', async () => {
    const { out } = await cli(['incidents', '--json', '--db', db, '--status', 'open', '--limit', '1']);
    expect(JSON.parse(out).map((r: { id: number }) => r.id)).toEqual([2]);
    const store = openSqliteStore({ path: db });
    expect(store.audit.list({ action: 'incidents.exported' })[0]?.details).toEqual({
      incidents: 1,
      via: 'cli',
    });
    store.close();
  });

  it('prints a table without --json', async () => {
    const { out } = await cli(['incidents', '--db', db]);
    expect(out.split('\n')[0]).toMatch(
      /^#3 {2}\d{4}-\d\d-\d\d \d\d:\d\d {2}group 1 {2}bullying {2}medium {2}resolved {2}jij loser$/,
    );
  });

  it('refuses a database that does not exist, rather than creating an empty one', async () => {
    const { code, err } = await cli(['incidents', '--json', '--db', join(dir, 'typo.sqlite')]);
    expect(code).toBe(2);
    expect(err).toContain('no database at');
  });

  it('refuses a bad --status', async () => {
    const { code, err } = await cli(['incidents', '--db', db, '--status', 'closed']);
    expect(code).toBe(2);
    expect(err).toContain('--status must be one of');
  });
});

describe('klaswacht purge', () => {
  it("deletes what is older than the group's retention and audits the counts", async () => {
    const { code, out } = await cli(['purge', '--db', db, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ incidents: 1 });
    const store = openSqliteStore({ path: db });
    expect(store.incidents.list().map((i) => i.id)).toEqual([3, 2]);
    expect(store.audit.list({ action: 'retention.purged' })[0]?.details).toMatchObject({ incidents: 1 });
    store.close();
  });
});
