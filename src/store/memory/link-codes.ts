import type { AuditRepo } from '../audit.js';
import { consumeLinkCodeArgs, hashLinkCode, type LinkCodeRepo, newLinkCodeSchema } from '../link-codes.js';
import { StoreError } from '../store-error.js';
import { parseInput } from '../validate.js';
import { type MemoryState, nextId, requireGroup } from './state.js';

export function createMemoryLinkCodes(s: MemoryState, audit: AuditRepo): LinkCodeRepo {
  const byHash = (hash: string) => [...s.linkCodes.values()].find((c) => c.codeHash === hash);
  return {
    create(code) {
      const c = parseInput(newLinkCodeSchema, code, 'linkCodes.create');
      requireGroup(s, c.groupId, 'linkCodes.create');
      const codeHash = hashLinkCode(c.code);
      if (byHash(codeHash)) {
        throw new StoreError(
          'constraint',
          'linkCodes.create',
          'UNIQUE constraint failed: link_codes.code_hash',
        );
      }
      const id = nextId(s, 'linkCodes');
      s.linkCodes.set(id, {
        id,
        codeHash,
        groupId: c.groupId,
        purpose: c.purpose,
        createdBy: c.createdBy,
        createdAt: new Date(c.createdAt),
        expiresAt: new Date(c.expiresAt),
      });
      audit.record({
        at: c.createdAt,
        actor: c.createdBy,
        action: 'link_code.created',
        groupId: c.groupId,
        details: { linkCode: id, purpose: c.purpose, expiresAt: c.expiresAt.toISOString() },
      });
    },
    consume(...args) {
      const [code, by, now] = parseInput(consumeLinkCodeArgs, args, 'linkCodes.consume');
      const row = byHash(hashLinkCode(code));
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.consumedAt) return { ok: false, reason: 'used' };
      if (now >= row.expiresAt) return { ok: false, reason: 'expired' };
      s.linkCodes.set(row.id, { ...row, consumedAt: new Date(now) });
      audit.record({
        at: now,
        actor: by,
        action: 'link_code.consumed',
        groupId: row.groupId,
        details: { linkCode: row.id, purpose: row.purpose },
      });
      return { ok: true, groupId: row.groupId, purpose: row.purpose, createdBy: row.createdBy };
    },
  };
}
