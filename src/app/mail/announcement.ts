import type { Group } from '../../store/groups.js';
import type { Store } from '../../store/store.js';
import type { Renderer } from '../templates/renderer.js';

/** A teacher's announcement for the members outside the group app (B1). */
export interface Announcement {
  readonly group: Group;
  /** The teacher's display name, as the mail's sender line says. */
  readonly teacherName: string;
  readonly text: string;
  /**
   * What the announcement is, stable across redelivery: the chat message
   * (`telegram:-100:512`) or the command invocation. The same source is mailed once.
   */
  readonly source: string;
  readonly at: Date;
}

export interface QueuedAnnouncement {
  readonly contacts: number;
  /** New mails; fewer than `contacts` when this announcement was queued before. */
  readonly queued: number;
}

/**
 * Queues one e-mail per registered contact of the group, in one transaction, rendered
 * in the group's language. Queuing is all that happens here: delivery (and its
 * retries) is the outbox's job, so the teacher's command answers at once.
 */
export function queueAnnouncement(store: Store, renderer: Renderer, a: Announcement): QueuedAnnouncement {
  const lang = a.group.language;
  const params = { group: a.group.className, teacher: a.teacherName, school: a.group.school };
  const subject = renderer.t(lang, 'mail.announcement_subject', params);
  return store.transaction(() => {
    const contacts = store.contacts.list(a.group.id);
    let queued = 0;
    for (const c of contacts) {
      const text = renderer.t(lang, 'mail.announcement_body', { ...params, name: c.name, text: a.text });
      const { created } = store.mail.enqueue({
        groupId: a.group.id,
        contactId: c.id,
        key: `announce:${a.group.id}:${a.source}:${c.id}`,
        to: c.email,
        toName: c.name,
        subject,
        text,
        createdAt: a.at,
      });
      if (created) queued++;
    }
    return { contacts: contacts.length, queued };
  });
}

/** Marks with which a teacher turns a group message into an announcement for e-mail too. */
export const ANNOUNCEMENT_MARKS = ['📢', '#mededeling', '#announcement'] as const;

/**
 * The announcement in a teacher's group message that starts with a mark (`📢 Vrijdag
 * geen school`), without the mark; undefined for an ordinary message.
 */
export function markedAnnouncement(text: string): string | undefined {
  const trimmed = text.trimStart();
  for (const mark of ANNOUNCEMENT_MARKS) {
    if (!trimmed.toLocaleLowerCase('nl').startsWith(mark)) continue;
    const rest = trimmed.slice(mark.length);
    if (mark.startsWith('#') && /^[\p{L}\p{N}_]/u.test(rest)) continue; // #mededelingen is another tag
    const body = rest.replace(/^[\s:.-]+/, '').trim();
    return body.length > 0 ? body : undefined;
  }
  return undefined;
}
