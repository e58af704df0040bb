import type { Role } from '../message.js';
import type { AlertNote, PlannedIncident } from './policy-action.js';
import type { PolicyGroup } from './policy-input.js';

/** Who is alerted about one incident, with the notes that explain the route. */
export interface AlertRoute {
  readonly teacher: boolean;
  readonly supervisor: boolean;
  readonly notes: readonly AlertNote[];
  readonly why: string;
}

/**
 * Who hears about an incident. The teacher runs the group and hears about everything;
 * `critical` and derailing (B3) also go to the supervisor. An incident about the
 * teacher (`target: teacher`), or written by the teacher (Sancties 1-2, the personnel
 * file), goes to the supervisor instead. Without a linked supervisor the teacher is
 * told, with a note to link one: an alert that reaches nobody helps no one.
 */
export function routeAlert(incident: PlannedIncident, authorRole: Role, group: PolicyGroup): AlertRoute {
  const about = incident.target === 'teacher';
  const by = authorRole === 'teacher' && incident.withAuthor;
  if (about || by) {
    const note: AlertNote = about ? 'about_teacher' : 'by_teacher';
    if (group.hasSupervisor) {
      return {
        teacher: false,
        supervisor: true,
        notes: [note],
        why: `${about ? 'about the teacher' : 'written by the teacher'}: to the supervisor instead`,
      };
    }
    return {
      teacher: true,
      supervisor: false,
      notes: [note, 'no_supervisor_linked'],
      why: `${about ? 'about the teacher' : 'written by the teacher'}, but no supervisor is linked: to the teacher`,
    };
  }
  const escalate = incident.severity === 'critical' || incident.category === 'derailing';
  if (!escalate) return { teacher: true, supervisor: false, notes: [], why: 'to the teacher' };
  const reason = incident.category === 'derailing' ? 'B3 derailing' : 'critical';
  if (group.hasSupervisor) {
    return {
      teacher: true,
      supervisor: true,
      notes: ['supervisor_informed'],
      why: `${reason}: to the teacher and the supervisor`,
    };
  }
  return {
    teacher: true,
    supervisor: false,
    notes: ['no_supervisor_linked'],
    why: `${reason}: the supervisor should know, but none is linked: to the teacher`,
  };
}
