import { describe, expect, it } from 'vitest';
import { StoreError } from '../../../src/store/store-error.js';
import { expectStoreError, makeGroup, newIncident, type StoreUnderTest, T0 } from './fixtures.js';

export function transactionsContract(store: StoreUnderTest): void {
  describe('transactions', () => {
    it('commits what the function wrote and returns its value', () => {
      const id = store().transaction(() => {
        const g = makeGroup(store());
        store().incidents.record(newIncident(g));
        return g.id;
      });
      expect(store().groups.get(id)).toBeDefined();
      expect(store().incidents.list({ groupId: id })).toHaveLength(1);
    });

    it('keeps nothing of a function that throws, and rethrows its error unchanged', () => {
      const boom = new Error('policy bug');
      expect(() =>
        store().transaction(() => {
          const g = makeGroup(store());
          store().incidents.record(newIncident(g));
          throw boom;
        }),
      ).toThrow(boom);
      expect(store().groups.list()).toEqual([]);
      expect(store().incidents.list()).toEqual([]);
      expect(store().audit.list()).toEqual([]);
    });

    it('rolls back an inner transaction whose error the outer one catches, keeping the outer writes', () => {
      store().transaction(() => {
        makeGroup(store());
        try {
          store().transaction(() => {
            makeGroup(store(), { chatId: '-2' });
            throw new Error('inner');
          });
        } catch {
          // handled: the outer transaction goes on
        }
      });
      expect(
        store()
          .groups.list()
          .map((g) => g.chatId),
      ).toEqual(['-100200300']);
    });

    it('rolls back when a store call inside fails, with that StoreError', () => {
      const g = makeGroup(store());
      const error = expectStoreError(
        () =>
          store().transaction(() => {
            store().incidents.record(newIncident(g));
            makeGroup(store()); // same chat: constraint
          }),
        'constraint',
      );
      expect(error.operation).toBe('groups.create');
      expect(store().incidents.list()).toEqual([]);
    });

    it('refuses a function that returns a promise, and keeps none of its writes', () => {
      expect(() =>
        store().transaction(() => {
          makeGroup(store());
          return Promise.resolve(1);
        }),
      ).toThrow(/synchronous/);
      expect(store().groups.list()).toEqual([]);
    });
  });

  describe('close', () => {
    it('makes every later call fail with a StoreError, and may be called twice', () => {
      const s = store();
      s.close();
      s.close();
      expect(() => s.groups.list()).toThrow(StoreError);
      expect(() => s.transaction(() => 1)).toThrow(StoreError);
      expect(() => s.purgeExpired(T0)).toThrow(StoreError);
    });
  });
}
