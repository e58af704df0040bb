/** One optional condition: SQL with `?` placeholders and its values, or false to skip it. */
export type Condition = readonly [sql: string, ...params: unknown[]] | false;

/**
 * Builds a WHERE clause from the filters a caller actually set. Values always travel as
 * bound parameters; only fixed SQL fragments are concatenated.
 */
export function buildWhere(conditions: readonly Condition[]): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const c of conditions) {
    if (c === false) continue;
    const [sql, ...values] = c;
    parts.push(sql);
    params.push(...values);
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** `?, ?, ?` for an IN list of n values. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
