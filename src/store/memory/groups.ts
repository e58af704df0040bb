import type { AuditRepo } from '../audit.js';
import {
  applyGroupPatch,
  changedGroupKeys,
  type Group,
  type GroupRepo,
  groupCreateArgs,
  groupMoveArgs,
  groupUpdateArgs,
} from '../groups.js';
import { StoreError } from '../store-error.js';
import { idSchema, parseInput } from '../validate.js';
import { copy, type MemoryState, nextId } from './state.js';

export function createMemoryGroups(s: MemoryState, audit: AuditRepo): GroupRepo {
  const byChat = (platform: string, chatId: string) =>
    [...s.groups.values()].find((g) => g.platform === platform && g.chatId === chatId);
  const unique = (platform: string, chatId: string, operation: string) => {
    if (byChat(platform, chatId)) {
      throw new StoreError(
        'constraint',
        operation,
        'UNIQUE constraint failed: groups.platform, groups.chat_id',
      );
    }
  };
  const put = (g: Group) => {
    s.groups.set(g.id, copy(g));
    return copy(g);
  };

  const repo: GroupRepo = {
    create(...args) {
      const [g, by] = parseInput(groupCreateArgs, args, 'groups.create');
      unique(g.platform, g.chatId, 'groups.create');
      const { lessonExceptionUntil, teacher, supervisor, ...rest } = g;
      const group: Group = {
        ...rest,
        ...(lessonExceptionUntil ? { lessonExceptionUntil } : {}),
        ...(teacher ? { teacher } : {}),
        ...(supervisor ? { supervisor } : {}),
        id: nextId(s, 'groups'),
        updatedAt: g.createdAt,
      };
      audit.record({ at: g.createdAt, actor: by, action: 'group.created', groupId: group.id });
      return put(group);
    },
    get(id) {
      const g = s.groups.get(parseInput(idSchema, id, 'groups.get'));
      return g && copy(g);
    },
    findByChat(platform, chatId) {
      const g = byChat(String(platform), String(chatId));
      return g && copy(g);
    },
    list(filter = {}) {
      return [...s.groups.values()]
        .filter((g) => filter.active === undefined || g.active === filter.active)
        .filter((g) => filter.platform === undefined || g.platform === filter.platform)
        .sort((a, b) => a.id - b.id)
        .map(copy);
    },
    update(...args) {
      const [id, patch, by, now] = parseInput(groupUpdateArgs, args, 'groups.update');
      const current = s.groups.get(id);
      if (!current) return undefined;
      const next = applyGroupPatch(current, patch, now);
      audit.record({
        at: now,
        actor: by,
        action: 'group.settings_changed',
        groupId: id,
        details: { changed: changedGroupKeys(patch) },
      });
      return put(next);
    },
    moveChat(...args) {
      const [platform, fromChatId, toChatId, by, now] = parseInput(groupMoveArgs, args, 'groups.moveChat');
      const current = byChat(platform, fromChatId);
      if (!current) return undefined;
      if (toChatId !== fromChatId) unique(platform, toChatId, 'groups.moveChat');
      audit.record({
        at: now,
        actor: by,
        action: 'group.chat_moved',
        groupId: current.id,
        details: { from: fromChatId, to: toChatId },
      });
      return put({ ...current, chatId: toChatId, updatedAt: now });
    },
  };
  return repo;
}
