import type Database from 'better-sqlite3';
import { StoreError } from '../store-error.js';
import { MIGRATIONS, type Migration } from './migrations.js';

/**
 * Brings a database file up to the newest schema; returns the version it ended at.
 * A file written by a newer klaswacht is refused rather than guessed at.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration list out of order: position ${i + 1} has version ${m.version}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new StoreError(
      'unknown',
      'store.migrate',
      `database schema version ${current} is newer than this klaswacht knows (${migrations.length}); upgrade klaswacht`,
      { fileVersion: current, knownVersion: migrations.length },
    );
  }
  for (const m of migrations.slice(current)) {
    const step = db.transaction(() => {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      db.pragma(`user_version = ${m.version}`);
    });
    step.immediate();
  }
  return migrations.length;
}
