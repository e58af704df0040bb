import { describe, expect, it } from 'vitest';
import { at, expectStoreError, MINUTE, makeGroup, type StoreUnderTest, T0, TEACHER } from './fixtures.js';

export function linkCodesContract(store: StoreUnderTest): void {
  describe('supervisor link codes', () => {
    const create = (groupId: number, code: string, expiresInMinutes = 15) =>
      store().linkCodes.create({
        groupId,
        code,
        purpose: 'supervisor',
        createdBy: TEACHER,
        createdAt: T0,
        expiresAt: at(expiresInMinutes * MINUTE),
      });

    it('is consumed once; a second attempt is refused as used', () => {
      const g = makeGroup(store());
      create(g.id, 'K7Q-42XF-9M');
      expect(store().linkCodes.consume('K7Q-42XF-9M', 'sup-888', at(MINUTE))).toEqual({
        ok: true,
        groupId: g.id,
        purpose: 'supervisor',
        createdBy: TEACHER,
      });
      expect(store().linkCodes.consume('K7Q-42XF-9M', 'sup-999', at(2 * MINUTE))).toEqual({
        ok: false,
        reason: 'used',
      });
    });

    it('refuses an expired code (at the expiry moment too) and an unknown one', () => {
      const g = makeGroup(store());
      create(g.id, 'EXPIRES-SOON', 15);
      expect(store().linkCodes.consume('EXPIRES-SOON', 'sup', at(15 * MINUTE))).toEqual({
        ok: false,
        reason: 'expired',
      });
      expect(store().linkCodes.consume('NEVER-MADE', 'sup', at(MINUTE))).toEqual({
        ok: false,
        reason: 'unknown',
      });
      // An expired code stays unusable; it was never consumed.
      expect(store().linkCodes.consume('EXPIRES-SOON', 'sup', at(16 * MINUTE))).toEqual({
        ok: false,
        reason: 'expired',
      });
    });

    it('ignores surrounding spaces when the code is pasted', () => {
      const g = makeGroup(store());
      create(g.id, 'PASTE-ME-123');
      expect(store().linkCodes.consume('  PASTE-ME-123\n', 'sup', at(MINUTE)).ok).toBe(true);
    });

    it('audits creation and use without the code itself', () => {
      const g = makeGroup(store());
      create(g.id, 'SECRET-CODE-1');
      store().linkCodes.consume('SECRET-CODE-1', 'sup-888', at(MINUTE));
      const entries = store().audit.list({ groupId: g.id });
      expect(entries.map((e) => e.action)).toEqual([
        'link_code.consumed',
        'link_code.created',
        'group.created',
      ]);
      expect(entries[0]?.actor).toBe('sup-888');
      expect(JSON.stringify(entries)).not.toContain('SECRET-CODE-1');
    });

    it('refuses a duplicate code, one that expires before it is made, and a too-short code', () => {
      const g = makeGroup(store());
      create(g.id, 'DUPLICATE-1');
      expectStoreError(() => create(g.id, 'DUPLICATE-1'), 'constraint');
      expectStoreError(() => create(g.id, 'BACKWARDS-1', 0), 'constraint');
      expectStoreError(() => create(g.id, '12345'), 'constraint');
    });
  });
}
