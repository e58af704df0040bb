import type { ActionResult, OutboundAction } from '../../core/chat/outbound-action.js';
import type { Finding } from '../../core/finding.js';
import type { MessageRef, Role } from '../../core/message.js';
import { CuePhrases, checkStaffRole } from '../../core/policy/index.js';
import type { Group } from '../../store/groups.js';
import type { Pseudonym } from '../../store/pseudonym.js';
import { isStoreError } from '../../store/store-error.js';
import type { BrainDeps } from '../brain-deps.js';
import { toPast } from './history.js';

/** The rate-limit record of the B2 reminder, per member. */
export const STAFF_ROLE_KEY = 'staff_role';
const MINUTE_MS = 60_000;
/** The group's recent incidents read to see whether the school is being discussed. */
const GROUP_LIMIT = 20;

/** One message as B2 needs it: who wrote it, where, and what the core found. */
export interface StaffRoleMessage {
  readonly group: Group;
  readonly ref: MessageRef;
  readonly author: { readonly platformId: string; readonly pseudonym: Pseudonym; readonly name: string };
  readonly role: Role;
  /** The message's normalised text (the core's `normalised.value`), for the cues; never stored. */
  readonly normalised: string;
  readonly findings: readonly Finding[];
  readonly now: Date;
}

/**
 * B2 in the pipeline: a staff member who joins a discussion about the school in a
 * parents' group without saying they are staff gets a kind private reminder, at most
 * once per cooldown (a reminder record per member, so it survives a restart). The
 * decision is the policy's (`checkStaffRole`); this reads what it needs, matches the
 * configured cues and sends. Only staff in parents' groups cost a store read.
 */
export class StaffRoleReminder {
  private readonly roleCues: CuePhrases;
  private readonly schoolCues: CuePhrases;

  constructor(
    private readonly deps: BrainDeps,
    private readonly send: (group: Group, action: OutboundAction) => Promise<ActionResult>,
  ) {
    const { roleCues, schoolCues } = deps.config.staffRole;
    this.roleCues = new CuePhrases([...roleCues.nl, ...roleCues.en], 'staffRole.roleCues');
    this.schoolCues = new CuePhrases([...schoolCues.nl, ...schoolCues.en], 'staffRole.schoolCues');
  }

  async consider(m: StaffRoleMessage): Promise<void> {
    if (m.group.type !== 'parents' || m.role !== 'staff') return;
    const { store, log, config, renderer } = this.deps;
    const windowMinutes = config.policy.derailing.windowMinutes;
    let input: Parameters<typeof checkStaffRole>[0];
    try {
      const notThis = (i: { ref: MessageRef }) =>
        !(i.ref.chatId === m.ref.chatId && i.ref.messageId === m.ref.messageId);
      const since = new Date(m.now.getTime() - windowMinutes * MINUTE_MS);
      const groupHistory = store.incidents
        .list({ groupId: m.group.id, since, limit: GROUP_LIMIT })
        .filter(notThis)
        .map(toPast);
      const last = store.reminders.last({
        groupId: m.group.id,
        key: STAFF_ROLE_KEY,
        member: m.author.pseudonym,
      });
      input = {
        now: m.now,
        groupType: m.group.type,
        authorRole: m.role,
        statesRole: this.roleCues.foundIn(m.normalised),
        namesSchool: this.schoolCues.foundIn(m.normalised),
        findings: m.findings,
        groupHistory,
        windowMinutes,
        cooldownMinutes: config.staffRole.cooldownMinutes,
        ...(last ? { lastReminder: last } : {}),
      };
    } catch (error) {
      if (!isStoreError(error)) throw error;
      log.warn('staff_role.read_failed', { group: m.group.id, code: error.code });
      return;
    }
    const check = checkStaffRole(input);
    log.debug('staff_role.checked', { group: m.group.id, message: m.ref.messageId, why: check.why });
    if (!check.remind) return;
    const text = renderer.t(m.group.language, 'staff_role.reminder', {
      name: m.author.name,
      group: m.group.className,
    });
    const result = await this.send(m.group, {
      kind: 'send_private',
      userId: m.author.platformId,
      text,
      aboutChatId: m.group.chatId,
    });
    if (!result.ok) return;
    log.info('staff_role.reminded', { group: m.group.id });
    try {
      store.reminders.record({
        groupId: m.group.id,
        key: STAFF_ROLE_KEY,
        member: m.author.pseudonym,
        sentAt: m.now,
      });
    } catch (error) {
      if (!isStoreError(error)) throw error;
      log.warn('staff_role.unrecorded', { group: m.group.id, code: error.code });
    }
  }
}
