import type { MediaKind, Role } from '../message.js';

/** Media that show or record people (A5); documents need no consent. */
const CONSENT_MEDIA: readonly MediaKind[] = ['photo', 'video', 'audio'];
/** Staff post with the school's own consent administration; the register covers members. */
const STAFF_ROLES: readonly Role[] = ['teacher', 'supervisor', 'staff'];

/**
 * Should the consent register be asked about this message? Only for photos, film and
 * sound (A5) posted by a member who is not staff. The pipeline asks the store only
 * when this says yes, so a text message costs no lookup.
 */
export function needsConsentCheck(
  media: { readonly kind: MediaKind } | undefined,
  role: Role,
): media is { readonly kind: 'photo' | 'video' | 'audio' } {
  return media !== undefined && CONSENT_MEDIA.includes(media.kind) && !STAFF_ROLES.includes(role);
}
