import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import { botEnv, runBot } from './run-bot.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('graceful shutdown', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s: finishes what it was doing, closes the store, exits 0',
    async (name) => {
      const dir = mkdtempSync(join(tmpdir(), 'klaswacht-stop-'));
      dirs.push(dir);
      const db = join(dir, 'klaswacht.sqlite');
      const run = await runBot(['start'], {
        cwd: dir,
        env: botEnv(db),
        input: 'Bram: mijn nummer is 06-12345678\n',
        keepInputOpen: true,
        signal: { name, when: (out) => out.includes('Melding voor de leerkracht') },
      });
      expect(run.code).toBe(0);
      expect(run.stderr).toContain(`stopping why=${name}`);
      expect(run.stderr).toMatch(/klaswacht info stopped\n?$/);
      const store = openSqliteStore({ path: db });
      expect(store.incidents.list()).toHaveLength(1);
      expect(store.outbox.list()).toEqual([]);
      store.close();
    },
  );

  it('refuses to start a real platform without a pseudonym secret, saying how to make one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klaswacht-secret-'));
    dirs.push(dir);
    const env = botEnv(join(dir, 'db.sqlite'), { TELEGRAM_BOT_TOKEN: '123:fake' });
    delete env.KLASWACHT_SECRET;
    const run = await runBot(['start'], { cwd: dir, env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('KLASWACHT_SECRET is not set');
    expect(run.stderr).toContain('openssl rand -hex 32');
  });

  it('the console without a secret generates one once, next to the database, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klaswacht-secret-'));
    dirs.push(dir);
    const db = join(dir, 'db.sqlite');
    const env = botEnv(db);
    delete env.KLASWACHT_SECRET;
    const first = await runBot(['start'], { cwd: dir, env, input: 'Anna: hoi\n' });
    expect(first.stderr).toContain(`secret.generated file=${db}.secret`);
    const second = await runBot(['start'], { cwd: dir, env, input: 'Anna: hoi\n' });
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain('secret.generated');
  });
});
