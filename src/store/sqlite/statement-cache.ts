import type Database from 'better-sqlite3';

/**
 * Prepared statements by SQL text, for queries built from the filters a caller set
 * (`list`): preparing costs as much as running a small query, and the pipeline lists
 * for every flagged message. The shapes are few (which filters are set, the length of
 * an IN list of enum values), so the cache stays small; it is bounded all the same.
 */
export function statementCache(db: Database.Database, max = 256): (sql: string) => Database.Statement {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (statement === undefined) {
      if (cache.size >= max) cache.clear();
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
