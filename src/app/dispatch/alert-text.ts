import type { Language } from '../../core/categories.js';
import type { ActionButton } from '../../core/chat/outbound-action.js';
import type { AlertNote, Raise } from '../../core/policy/index.js';
import type { Group } from '../../store/groups.js';
import type { Incident } from '../../store/incidents.js';
import type { OutboxRecipient } from '../../store/outbox.js';
import type { Renderer } from '../templates/renderer.js';

/** What an alert is about and how it should read. */
export interface AlertContent {
  /** The stored incident; undefined while it could not be stored (a full disk). */
  readonly incident: Incident | undefined;
  /** Used when there is no stored incident yet. */
  readonly fallback: Pick<Incident, 'category' | 'severity' | 'why' | 'excerpt'> & {
    readonly author?: { readonly name: string };
  };
  readonly recipient: OutboxRecipient;
  readonly urgent: boolean;
  readonly notes: readonly AlertNote[];
  readonly raised?: Raise;
  /** B4: the teacher forwarded it; their name heads the alert. */
  readonly forwardedBy?: string;
}

/**
 * An alert for the teacher or supervisor in the group's language: category, severity,
 * the masked excerpt, who and where, what the protocol suggests next, and the notes
 * the policy attached (aangifte, the inspector's number, strikes). The buttons let the
 * teacher handle it in one press; a stored incident is needed for them.
 */
export function renderAlert(
  t: Renderer['t'],
  group: Pick<Group, 'className' | 'language'>,
  content: AlertContent,
  strikeWindowDays: number,
): { readonly text: string; readonly buttons: readonly ActionButton[] } {
  const lang: Language = group.language;
  const source = content.incident ?? content.fallback;
  const heading = content.forwardedBy
    ? t(lang, 'alert.heading.forwarded', { teacher: content.forwardedBy })
    : t(lang, `alert.heading.${content.recipient}${content.urgent ? '_urgent' : ''}`);
  const notes = content.notes.map((n) =>
    n === 'raised_by_strikes' && content.raised
      ? t(lang, 'note.raised_by_strikes', {
          from: t(lang, `severity.${content.raised.from}`),
          to: t(lang, `severity.${source.severity}`),
          count: content.raised.count,
          days: strikeWindowDays,
        })
      : n === 'raised_by_strikes'
        ? ''
        : t(lang, `note.${n}`),
  );
  if (!content.incident) notes.push(t(lang, 'alert.not_stored'));
  const text = t(lang, 'alert.message', {
    heading,
    id: content.incident ? content.incident.id : '?',
    category: t(lang, `category.${source.category}`),
    severity: t(lang, `severity.${source.severity}`),
    group: group.className,
    author: source.author?.name ?? t(lang, 'alert.conversation'),
    excerpt: source.excerpt.trim() === '' ? t(lang, 'alert.no_excerpt') : `"${source.excerpt}"`,
    why: source.why,
    advice: t(lang, `advice.${source.category}`),
    notes: notes.filter((n) => n !== '').join('\n'),
  });
  return {
    text,
    buttons: content.incident ? alertButtons(t, lang, content.incident.id, content.recipient) : [],
  };
}

/** Gezien, Opgelost, Vals alarm, and for the teacher Naar leidinggevende (B4). */
export function alertButtons(
  t: Renderer['t'],
  lang: Language,
  incidentId: number,
  recipient: OutboxRecipient,
): ActionButton[] {
  const statuses = ['seen', 'resolved', 'false_alarm'] as const;
  const buttons: ActionButton[] = statuses.map((s) => ({
    label: t(lang, `button.${s}`),
    command: `handle ${incidentId} ${s}`,
  }));
  if (recipient === 'teacher')
    buttons.push({ label: t(lang, 'button.forward'), command: `handle ${incidentId} forward` });
  return buttons;
}
