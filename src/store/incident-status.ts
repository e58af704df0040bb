import type { Incident, StatusChange } from './incidents.js';

/**
 * The life of an incident in the teacher's inbox. `seen` means "I have read it";
 * `resolved` and `false_alarm` close it; a closed incident can be reopened, and a
 * closed one can be re-closed the other way (a resolved case turns out a false alarm),
 * but nothing goes back to merely `seen`: that would lose the teacher's conclusion.
 */
export const INCIDENT_STATUSES = ['open', 'seen', 'resolved', 'false_alarm'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

const ALLOWED: Record<IncidentStatus, readonly IncidentStatus[]> = {
  open: ['seen', 'resolved', 'false_alarm'],
  seen: ['open', 'resolved', 'false_alarm'],
  resolved: ['open', 'false_alarm'],
  false_alarm: ['open', 'resolved'],
};

export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** Open incidents are unhandled; every other status records who handled it and when. */
export function isHandled(status: IncidentStatus): boolean {
  return status !== 'open';
}

/**
 * Decides a status change without touching storage; the implementations persist
 * `incident` (and audit) only when `changed` is true. Setting the current status again
 * is a no-op success, so a double-tapped button does not error.
 */
export function planStatusChange(
  current: Incident | undefined,
  status: IncidentStatus,
  by: string,
  now: Date,
): StatusChange {
  if (!current) return { ok: false, reason: 'not_found' };
  if (current.status === status) return { ok: true, incident: current, changed: false };
  if (!canTransition(current.status, status))
    return { ok: false, reason: 'invalid_transition', from: current.status };
  const { handledBy: _by, handledAt: _at, ...rest } = current;
  const incident: Incident = isHandled(status)
    ? { ...rest, status, handledBy: by, handledAt: now }
    : { ...rest, status };
  return { ok: true, incident, changed: true };
}
