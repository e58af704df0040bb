import { describe, expect, it } from 'vitest';
import { at, DAY, expectStoreError, makeGroup, type StoreUnderTest } from './fixtures.js';

export function auditContract(store: StoreUnderTest): void {
  describe('audit log', () => {
    it('records entries and lists them newest first, filtered by group, action, time and limit', () => {
      const g = makeGroup(store());
      const exported = store().audit.record({
        at: at(DAY),
        actor: 'cli:beheer',
        action: 'incidents.exported',
        details: { count: 3, categories: ['bullying', 'threat'] },
      });
      expect(exported).toMatchObject({ actor: 'cli:beheer', action: 'incidents.exported', at: at(DAY) });
      expect(exported.groupId).toBeUndefined();
      store().audit.record({ at: at(2 * DAY), actor: 'juf', action: 'incidents.exported', groupId: g.id });
      const all = store().audit.list();
      expect(all.map((e) => e.action)).toEqual(['incidents.exported', 'incidents.exported', 'group.created']);
      expect(all[1]).toEqual(exported);
      expect(all[0]?.details).toEqual({});
      expect(store().audit.list({ groupId: g.id })).toHaveLength(2);
      expect(store().audit.list({ action: 'group.created' })).toHaveLength(1);
      expect(store().audit.list({ since: at(DAY) })).toHaveLength(2);
      expect(store().audit.list({ limit: 1 })[0]?.at).toEqual(at(2 * DAY));
    });

    it('refuses unknown actions and nested detail objects', () => {
      expectStoreError(
        () => store().audit.record({ at: at(0), actor: 'x', action: 'message.read' as never }),
        'constraint',
      );
      expectStoreError(
        () =>
          store().audit.record({
            at: at(0),
            actor: 'x',
            action: 'incidents.exported',
            details: { a: { b: 1 } as never },
          }),
        'constraint',
      );
      expect(store().audit.list()).toEqual([]);
    });
  });
}
