import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import { deletedIds } from '../../adapters/console-transcript.js';
import { botEnv, runBot } from './run-bot.js';

const MEMBERS = ['Anna', 'Bram', 'Cem', 'Daan'];
const LINES = 600;

/** A long evening: every third line carries a phone number (a flagged message), the rest is chat. */
function conversation(): { input: string; flagged: string[] } {
  const lines: string[] = [];
  const flagged: string[] = [];
  for (let n = 1; n <= LINES; n++) {
    const who = MEMBERS[n % MEMBERS.length];
    if (n % 3 === 0) {
      lines.push(`${who}: bel me even op 06-${String(10_000_000 + n)} voor de carpool`);
      flagged.push(String(n));
    } else {
      lines.push(`${who}: bericht ${n} over de gymtas en het schoolreisje`);
    }
  }
  return { input: `${lines.join('\n')}\n`, flagged };
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('killed mid-run (SIGKILL), restarted on the same input', () => {
  it('records every flagged message exactly once and loses no alert', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'klaswacht-kill-'));
    dirs.push(dir);
    const db = join(dir, 'klaswacht.sqlite');
    const { input, flagged } = conversation();

    // Killed as soon as the 40th deletion shows: mid-conversation, no shutdown code runs.
    const first = await runBot(['start'], {
      cwd: dir,
      env: botEnv(db),
      input,
      killWhen: (out) => deletedIds(out).length >= 40,
    });
    expect(first.signal).toBe('SIGKILL');
    const before = openSqliteStore({ path: db });
    const recordedBeforeRestart = before.incidents.list().length;
    before.close();
    // Recorded before acted on: the 40th deletion means at least 40 incidents are in the file.
    expect(recordedBeforeRestart).toBeGreaterThanOrEqual(40);
    expect(recordedBeforeRestart).toBeLessThan(flagged.length);

    // The platform delivers the same messages again (the console: the same input).
    const second = await runBot(['start'], { cwd: dir, env: botEnv(db), input });
    expect(second.code).toBe(0);

    const store = openSqliteStore({ path: db });
    const incidents = store.incidents.list();
    const ids = incidents.map((i) => i.ref.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => Number(a) - Number(b))).toEqual(flagged);
    expect(
      incidents.every((i) => i.category === 'personal_data' && i.excerpt.includes('[telefoonnummer]')),
    ).toBe(true);
    // Every incident's alert reached the teacher in one of the two runs; none is waiting.
    expect(store.outbox.list()).toEqual([]);
    const alerted = new Set(
      [
        ...`${first.stdout}\n${second.stdout}`.matchAll(
          /\[leerkracht → Juf Marieke\] klaswacht: Melding voor de leerkracht\n {4}Melding #(\d+)/g,
        ),
      ].map((m) => Number(m[1])),
    );
    for (const i of incidents) expect(alerted.has(i.id), `alert for incident ${i.id}`).toBe(true);
    store.close();
  });
});
