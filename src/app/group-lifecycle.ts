import type { ChatAdapter } from '../core/chat/chat-adapter.js';
import type { ChatEvent } from '../core/chat/chat-event.js';
import type { BrainDeps } from './brain-deps.js';
import type { GroupBook } from './pipeline/group-book.js';
import type { SeedGroup } from './platforms/platform-factory.js';

type BotStatus = Extract<ChatEvent, { type: 'bot_status' }>;

/**
 * The bot joined or left a chat. Added: the chat becomes a class group (with the
 * operator's defaults) and the bot introduces itself, asking an admin to run `setup`
 * when no teacher is known. Removed: the group goes inactive (its data stays until
 * retention removes it; a teacher can re-add the bot).
 */
export async function handleBotStatus(
  deps: BrainDeps,
  groups: GroupBook,
  adapter: ChatAdapter | undefined,
  event: BotStatus,
): Promise<void> {
  const { store, renderer, log } = deps;
  const by = event.by ? `${event.platform}:${event.by.id}` : 'system';
  if (event.status === 'removed') {
    const group = groups.find(event.platform, event.chatId);
    if (group?.active) store.groups.update(group.id, { active: false }, by, event.at);
    log.info('group.bot_removed', { group: group?.id, platform: event.platform });
    return;
  }
  if (event.status !== 'added') return;
  let group = groups.ensure(event.platform, event.chatId, event.chatTitle, by);
  if (!group.active) group = store.groups.update(group.id, { active: true }, by, event.at) ?? group;
  log.info('group.bot_added', { group: group.id, platform: event.platform });
  if (!adapter) return;
  const say = (key: string) =>
    adapter.perform({ kind: 'send_group', chatId: event.chatId, text: renderer.t(group.language, key) });
  await say('group.intro');
  if (!group.teacher) await say('group.setup_needed');
}

/**
 * Creates the groups a platform brings (the console roster) if they do not exist yet;
 * an existing group keeps whatever its teacher changed since.
 */
export function seedGroups(deps: BrainDeps, platform: string, seeds: readonly SeedGroup[]): number {
  let created = 0;
  for (const seed of seeds) {
    if (deps.store.groups.findByChat(platform, seed.chatId)) continue;
    deps.store.groups.create(
      { retentionDays: deps.config.groups.retentionDays, ...seed, platform, createdAt: deps.clock() },
      'system',
    );
    created += 1;
  }
  return created;
}
