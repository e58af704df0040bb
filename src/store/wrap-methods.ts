/** Runs one store operation, translating whatever it throws into a StoreError. */
export type Guard = <T>(operation: string, fn: () => T) => T;

/**
 * Wraps every method of a repository object in a guard named `prefix.method`, so each
 * implementation decides once how failures look (SQLite error codes, a closed store)
 * and no method can forget to.
 */
export function wrapMethods<T extends object>(prefix: string, repo: T, guard: Guard): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(repo)) {
    wrapped[name] =
      typeof value === 'function'
        ? (...args: unknown[]) =>
            guard(`${prefix}.${name}`, () => (value as (...a: unknown[]) => unknown)(...args))
        : value;
  }
  return wrapped as T;
}

/**
 * Refuses a promise returned into a transaction: a synchronous transaction would commit
 * before the promise settles, silently splitting "one transaction per message".
 */
export function isThenable(x: unknown): boolean {
  return (
    (typeof x === 'object' || typeof x === 'function') &&
    x !== null &&
    typeof (x as { then?: unknown }).then === 'function'
  );
}
