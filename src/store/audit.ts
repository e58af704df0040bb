import { z } from 'zod';
import { actorSchema, dateSchema, idSchema } from './validate.js';

/** Everything the store audits by itself, plus what the CLI records around it. */
export const AUDIT_ACTIONS = [
  'group.created',
  'group.settings_changed',
  'group.chat_moved',
  'member.role_changed',
  'incident.status_changed',
  'incident.forwarded',
  'consent.granted',
  'consent.revoked',
  'contact.added',
  'contact.removed',
  'link_code.created',
  'link_code.consumed',
  'member.exported',
  'member.forgotten',
  'incidents.exported',
  'retention.purged',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Details are ids, counts, setting names and pseudonyms: never names, e-mail addresses,
 * excerpts or message text, so the audit log can outlive the data it describes.
 */
export type AuditValue = string | number | boolean | null | readonly (string | number)[];
export type AuditDetails = Readonly<Record<string, AuditValue>>;

/** Who did what to which group, when: the school's answer to "who looked at this?". */
export interface AuditEntry {
  readonly id: number;
  readonly at: Date;
  readonly actor: string;
  readonly action: AuditAction;
  readonly groupId?: number;
  readonly details: AuditDetails;
}

const auditValueSchema = z.union([
  z.string().max(200),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string().max(200), z.number()])).max(100),
]);
export const auditDetailsSchema = z.record(z.string(), auditValueSchema);

export const newAuditSchema = z.object({
  at: dateSchema,
  actor: actorSchema,
  action: z.enum(AUDIT_ACTIONS),
  groupId: idSchema.optional(),
  details: auditDetailsSchema.default({}),
});
export type NewAuditEntry = z.input<typeof newAuditSchema>;

export const auditFilterSchema = z.object({
  groupId: idSchema.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  since: dateSchema.optional(),
  limit: z.int().positive().max(100_000).optional(),
});
export type AuditFilter = z.input<typeof auditFilterSchema>;

export interface AuditRepo {
  record(entry: NewAuditEntry): AuditEntry;
  /** Newest first. */
  list(filter?: AuditFilter): AuditEntry[];
}
