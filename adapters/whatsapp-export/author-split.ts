import type { HeaderLine } from './header-line.js';

/** A header's rest split into a member's name and the first line of what they wrote. */
export interface AuthorSplit {
  readonly author: string;
  readonly body: string;
}

// The name ends at the first ": "; names with a colon in them do not occur in practice.
const NAME_AND_BODY = /^([^:]{1,80}?): ([\s\S]*)$/;
/** Quotes appear in notices (`changed the subject to "Groep 7: uitje"`), never in names. */
const NOT_IN_NAMES = /["\u201c\u201d]/;
const NAME_MARKS = /^[~\u200e\u200f\u202f\s]+|[\u200e\u200f\u202f\s]+$/g;

/**
 * Tells a member's message from a notice by WhatsApp itself. Notices ("Anna heeft Bram
 * toegevoegd", "Messages and calls are end-to-end encrypted") have no `Name: ` part on
 * Android; iOS attributes them to the group with an invisible mark before the text.
 * Returns undefined for a notice: the scanner counts those and does not judge them.
 */
export function splitAuthor(
  header: Pick<HeaderLine, 'rest'>,
  isPlaceholder: (body: string) => boolean,
): AuthorSplit | undefined {
  const m = NAME_AND_BODY.exec(header.rest);
  if (!m) return undefined;
  const rawName = m[1] as string;
  const body = m[2] as string;
  if (NOT_IN_NAMES.test(rawName)) return undefined;
  if (body.startsWith('\u200e') && !isPlaceholder(body)) return undefined;
  const author = rawName.replace(NAME_MARKS, '');
  if (author.length === 0) return undefined;
  return { author, body };
}
