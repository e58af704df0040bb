import type { Author, Role } from '../../core/message.js';
import type { Group } from '../../store/groups.js';
import type { Pseudonym } from '../../store/pseudonym.js';
import { isStoreError } from '../../store/store-error.js';
import type { BrainDeps } from '../brain-deps.js';

const NAMES_MS = 5 * 60_000;
const GROUP_MS = 5_000;
const ROLES_MS = 5 * 60_000;
const MAX_ROLES = 10_000;

/**
 * The class groups the bot knows, as the pipeline and commands need them. A chat is a
 * group once the bot was added to it (`bot_status`) or someone ran `setup` there (or the
 * console roster seeded it); messages from other chats are ignored, so a Discord server's
 * other channels never reach the policy.
 */
export class GroupBook {
  private readonly names = new Map<number, { at: number; names: string[] }>();
  private readonly groups = new Map<string, { at: number; group: Group | undefined }>();
  private readonly roles = new Map<string, { at: number; role: Role }>();

  constructor(private readonly deps: BrainDeps) {}

  /**
   * The group of a chat. Kept for a few seconds, because every message asks; the brain
   * forgets it after every command and lifecycle event (`changed`), so a setting a
   * teacher just changed applies to the very next message.
   */
  find(platform: string, chatId: string): Group | undefined {
    const key = `${platform} ${chatId}`;
    const now = this.deps.clock().getTime();
    const hit = this.groups.get(key);
    if (hit && now - hit.at < GROUP_MS && now >= hit.at) return hit.group;
    const group = this.deps.store.groups.findByChat(platform, chatId);
    if (this.groups.size > 10_000) this.groups.clear();
    this.groups.set(key, { at: now, group });
    return group;
  }

  /**
   * Something may have changed a group's settings or a member's role (every command
   * ends here): read them from the store again.
   */
  changed(): void {
    this.groups.clear();
    this.roles.clear();
  }

  /**
   * The role the store keeps for a member (given by a teacher with `role`, or by an
   * earlier sighting), `unknown` for a member it does not know. Asked for every message
   * on platforms that never know roles, so it is kept for a few minutes; `changed`
   * forgets it, so a role just set applies to the very next message. A store that
   * cannot answer makes the role `unknown` for this message rather than stopping it.
   */
  storedRole(groupId: number, member: Pseudonym): Role {
    const key = `${groupId} ${member}`;
    const now = this.deps.clock().getTime();
    const hit = this.roles.get(key);
    if (hit && now - hit.at < ROLES_MS && now >= hit.at) return hit.role;
    let role: Role;
    try {
      role = this.deps.store.members.get(groupId, member)?.role ?? 'unknown';
    } catch (error) {
      if (!isStoreError(error)) throw error;
      this.deps.log.warn('member.role_read_failed', { group: groupId, code: error.code });
      return 'unknown';
    }
    if (this.roles.size >= MAX_ROLES) this.roles.clear();
    this.roles.set(key, { at: now, role });
    return role;
  }

  /** Whether a chat is an active class group: what adapters may use to drop other chats early. */
  isGroupChat(platform: string, chatId: string): boolean {
    return this.find(platform, chatId)?.active === true;
  }

  /** The group of a chat, registered with the operator's defaults when new. */
  ensure(platform: string, chatId: string, title: string | undefined, by: string): Group {
    const existing = this.find(platform, chatId);
    if (existing) return existing;
    const d = this.deps.config.groups;
    this.changed();
    return this.deps.store.groups.create(
      {
        platform,
        chatId,
        className: title?.trim().slice(0, 100) || chatId.slice(0, 100),
        school: d.school,
        type: d.type,
        language: d.language,
        timeZone: d.timeZone,
        retentionDays: d.retentionDays,
        createdAt: this.deps.clock(),
      },
      by,
    );
  }

  /** Members' display names, lower-cased, for the detectors (a name in the text points at a person). */
  memberNames(groupId: number): string[] {
    const now = this.deps.clock().getTime();
    const hit = this.names.get(groupId);
    if (hit && now - hit.at < NAMES_MS) return hit.names;
    const names = this.deps.store.members.list(groupId).map((m) => m.displayName.toLocaleLowerCase('nl'));
    this.names.set(groupId, { at: now, names });
    return names;
  }

  /** A new member was written: their name should be known at once. */
  forgetNames(groupId: number): void {
    this.names.delete(groupId);
  }
}

/**
 * The role a member is judged by. The teacher and supervisor are known by platform id
 * from the group, whatever the platform says; anyone else has the platform's role, and
 * where the platform does not know (Telegram and Discord always say `unknown`) the role
 * the store keeps, which is how a role a teacher gave with `role` reaches the policy
 * (B2). A stored `teacher` or `supervisor` is only what an earlier sighting of the
 * group's own teacher or supervisor wrote, so it does not outlive a new `setup` or link.
 * `stored` is only asked when needed.
 */
export function effectiveRole(group: Group, author: Author, stored: () => Role): Role {
  if (group.teacher?.platformId === author.id) return 'teacher';
  if (group.supervisor?.platformId === author.id) return 'supervisor';
  if (author.role !== 'unknown') return author.role;
  const kept = stored();
  return kept === 'teacher' || kept === 'supervisor' ? 'unknown' : kept;
}

/** How the group refers to its teacher: the full name and the name without `juf`/`meester`. */
export function teacherNames(group: Group): string[] {
  const name = group.teacher?.name.toLocaleLowerCase('nl').trim();
  if (!name) return [];
  const bare = name.replace(/^(juf|meester|mevrouw|meneer|mr\.?|mrs\.?|ms\.?|miss)\s+/, '');
  return bare !== name ? [name, bare] : [name];
}
