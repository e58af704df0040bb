import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { AuditRepo } from '../audit.js';
import {
  consumeLinkCodeArgs,
  hashLinkCode,
  LINK_CODE_PURPOSES,
  type LinkCodeRepo,
  newLinkCodeSchema,
} from '../link-codes.js';
import { parseInput, parseRow } from '../validate.js';
import { writeTransaction } from './write-transaction.js';

const rowSchema = z.object({
  id: z.int(),
  group_id: z.int(),
  purpose: z.enum(LINK_CODE_PURPOSES),
  created_by: z.string(),
  expires_at: z.int(),
  consumed_at: z.int().nullable(),
});

export function createSqliteLinkCodes(db: Database.Database, audit: AuditRepo): LinkCodeRepo {
  const insert =
    db.prepare(`INSERT INTO link_codes (code_hash, group_id, purpose, created_by, created_at, expires_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const byHash = db.prepare('SELECT * FROM link_codes WHERE code_hash = ?');
  const consume = db.prepare('UPDATE link_codes SET consumed_at = ? WHERE id = ? AND consumed_at IS NULL');

  return {
    create: writeTransaction(db, (code: Parameters<LinkCodeRepo['create']>[0]) => {
      const c = parseInput(newLinkCodeSchema, code, 'linkCodes.create');
      const { lastInsertRowid } = insert.run(
        hashLinkCode(c.code),
        c.groupId,
        c.purpose,
        c.createdBy,
        c.createdAt.getTime(),
        c.expiresAt.getTime(),
      );
      audit.record({
        at: c.createdAt,
        actor: c.createdBy,
        action: 'link_code.created',
        groupId: c.groupId,
        details: {
          linkCode: Number(lastInsertRowid),
          purpose: c.purpose,
          expiresAt: c.expiresAt.toISOString(),
        },
      });
    }),
    consume: writeTransaction(db, (...args: Parameters<LinkCodeRepo['consume']>) => {
      const [code, by, now] = parseInput(consumeLinkCodeArgs, args, 'linkCodes.consume');
      const found = byHash.get(hashLinkCode(code));
      if (found === undefined) return { ok: false, reason: 'unknown' } as const;
      const row = parseRow(rowSchema, found, 'link_codes', 'linkCodes.consume');
      if (row.consumed_at !== null) return { ok: false, reason: 'used' } as const;
      if (now.getTime() >= row.expires_at) return { ok: false, reason: 'expired' } as const;
      consume.run(now.getTime(), row.id);
      audit.record({
        at: now,
        actor: by,
        action: 'link_code.consumed',
        groupId: row.group_id,
        details: { linkCode: row.id, purpose: row.purpose },
      });
      return { ok: true, groupId: row.group_id, purpose: row.purpose, createdBy: row.created_by } as const;
    }),
  };
}
