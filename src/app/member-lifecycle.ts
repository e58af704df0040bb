import type { ChatEvent } from '../core/chat/chat-event.js';
import type { ActionResult, OutboundAction } from '../core/chat/outbound-action.js';
import type { Author } from '../core/message.js';
import type { Group } from '../store/groups.js';
import { isStoreError } from '../store/store-error.js';
import type { BrainDeps } from './brain-deps.js';
import { formatLessonHours } from './commands/lesson-hours.js';
import type { GroupBook } from './pipeline/group-book.js';

type Joined = Extract<ChatEvent, { type: 'member_joined' }>;
type Left = Extract<ChatEvent, { type: 'member_left' }>;

/** The rate-limit record of the welcome: one per group, read back as "the last one". */
export const WELCOME_KEY = 'welcome';

/** What handling a join needs from the brain. */
export interface MemberLifecycleDeps {
  readonly deps: BrainDeps;
  readonly groups: GroupBook;
  /** Records the member as a message's author would be (the pipeline's sightings). */
  readonly recordSighting: (group: Group, author: Author, at: Date) => void;
  /** Performs one action in the group (the dispatcher: logs refusals, waits out rate limits). */
  readonly send: (group: Group, action: OutboundAction) => Promise<ActionResult>;
}

/**
 * A member joined a class group. They are recorded (pseudonymised, as the pipeline does
 * for authors) so the teacher can register their consent (A5) before they post; in a
 * set-up group the newcomers get one short, kind welcome with the group's norms in plain
 * words (Uitgangspunten 3, A2, A4, A5), naming no one. Joins within the cooldown share
 * that welcome; the cooldown is a reminder record in the store, so it survives a restart.
 */
export async function handleMemberJoined(m: MemberLifecycleDeps, event: Joined): Promise<void> {
  const { log, clock } = m.deps;
  const group = m.groups.find(event.platform, event.chatId);
  if (!group?.active || event.member.isBot) {
    const reason = event.member.isBot ? 'bot' : group ? 'inactive' : 'not_a_group';
    log.debug('member.joined', { platform: event.platform, ignored: reason });
    return;
  }
  const now = clock();
  m.recordSighting(group, event.member, event.at.getTime() > now.getTime() ? now : event.at);
  log.info('member.joined', { group: group.id, platform: event.platform });
  if (!group.teacher) return;
  await welcome(m, group, now);
}

/** A member left: nothing to store beyond what exists (retention or `forget` removes it). */
export function handleMemberLeft(m: MemberLifecycleDeps, event: Left): void {
  const group = m.groups.find(event.platform, event.chatId);
  m.deps.log.info('member.left', { group: group?.id, platform: event.platform });
}

async function welcome(m: MemberLifecycleDeps, group: Group, now: Date): Promise<void> {
  const { store, log, config } = m.deps;
  let last: Date | undefined;
  try {
    last = store.reminders.last({ groupId: group.id, key: WELCOME_KEY });
  } catch (error) {
    if (!isStoreError(error)) throw error;
    // Without the record a restarted bot could welcome every join: better none now.
    log.warn('member.welcome_skipped', { group: group.id, reason: 'store', code: error.code });
    return;
  }
  if (last && now.getTime() - last.getTime() < config.welcome.cooldownMinutes * 60_000) {
    log.debug('member.welcome_skipped', { group: group.id, reason: 'recent' });
    return;
  }
  const result = await m.send(group, {
    kind: 'send_group',
    chatId: group.chatId,
    text: welcomeText(m, group),
  });
  if (!result.ok) return;
  try {
    store.reminders.record({ groupId: group.id, key: WELCOME_KEY, sentAt: now });
  } catch (error) {
    if (!isStoreError(error)) throw error;
    log.warn('member.welcome_unrecorded', { group: group.id, code: error.code });
  }
}

/** The welcome, and in a pupils' group with lesson hours the A1 line of `rules`. */
function welcomeText(m: MemberLifecycleDeps, group: Group): string {
  const t = (key: string, params?: Record<string, string>) => m.deps.renderer.t(group.language, key, params);
  const text = t('welcome.text', { group: group.className, school: group.school });
  if (group.type !== 'pupils' || group.lessonHours.length === 0) return text;
  const hours = formatLessonHours(group.lessonHours, (d) => t(`weekday.${d}`), group.language);
  return `${text}\n${t('rules.lessons', { hours })}`;
}
