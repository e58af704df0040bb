import { z } from 'zod';
import { actorSchema, dateSchema, idSchema, shortText } from './validate.js';

/**
 * A member who cannot be in the group app and is informed by e-mail instead (B1).
 * Not pseudonymised: the whole point is to reach this person at this address.
 */
export interface EmailContact {
  readonly id: number;
  readonly groupId: number;
  readonly name: string;
  /** Trimmed and lower-cased, so the same address is not added twice. */
  readonly email: string;
  readonly addedBy: string;
  readonly addedAt: Date;
}

export const newContactSchema = z.object({
  groupId: idSchema,
  name: shortText(200),
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  addedBy: actorSchema,
  addedAt: dateSchema,
});
export type NewContact = z.input<typeof newContactSchema>;

export const removeContactArgs = z.tuple([idSchema, idSchema, actorSchema, dateSchema]);

export interface ContactRepo {
  /** Adding an address the group already has returns that contact with `created: false`. Audited. */
  add(contact: NewContact): { readonly contact: EmailContact; readonly created: boolean };
  /** Scoped by group so a teacher cannot remove another group's contact. Audited. */
  remove(groupId: number, id: number, by: string, now: Date): boolean;
  /** Sorted by name. */
  list(groupId: number): EmailContact[];
}
