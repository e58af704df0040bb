import type { Store } from '../../../src/store/store.js';
import { StoreError, type StoreErrorCode } from '../../../src/store/store-error.js';

/**
 * A store whose transactions fail with a StoreError while `failing` is set, as SQLite
 * does on a full disk (the SQLite test suite proves the real file answers `full`; this
 * lets the pipeline test switch the disk full and empty again at will).
 */
export function failingStore(inner: Store): Store & { failing: StoreErrorCode | undefined } {
  const store = Object.create(inner) as Store & { failing: StoreErrorCode | undefined };
  store.failing = undefined;
  store.transaction = <T>(fn: () => T): T => {
    if (store.failing) {
      throw new StoreError(store.failing, 'store.transaction', 'database or disk is full', {
        sqlite: 'SQLITE_FULL',
      });
    }
    return inner.transaction(fn);
  };
  return store;
}
