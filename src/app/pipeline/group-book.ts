import type { Author, Role } from '../../core/message.js';
import type { Group } from '../../store/groups.js';
import type { BrainDeps } from '../brain-deps.js';

const NAMES_MS = 5 * 60_000;
const GROUP_MS = 5_000;

/**
 * The class groups the bot knows, as the pipeline and commands need them. A chat is a
 * group once the bot was added to it (`bot_status`) or someone ran `setup` there (or the
 * console roster seeded it); messages from other chats are ignored, so a Discord server's
 * other channels never reach the policy.
 */
export class GroupBook {
  private readonly names = new Map<number, { at: number; names: string[] }>();
  private readonly groups = new Map<string, { at: number; group: Group | undefined }>();

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

  /** Something may have changed a group's settings: read them from the store again. */
  changed(): void {
    this.groups.clear();
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

/** The teacher and supervisor are known by platform id from the group, whatever the platform says. */
export function effectiveRole(group: Group, author: Author): Role {
  if (group.teacher?.platformId === author.id) return 'teacher';
  if (group.supervisor?.platformId === author.id) return 'supervisor';
  return author.role;
}

/** How the group refers to its teacher: the full name and the name without `juf`/`meester`. */
export function teacherNames(group: Group): string[] {
  const name = group.teacher?.name.toLocaleLowerCase('nl').trim();
  if (!name) return [];
  const bare = name.replace(/^(juf|meester|mevrouw|meneer|mr\.?|mrs\.?|ms\.?|miss)\s+/, '');
  return bare !== name ? [name, bare] : [name];
}
