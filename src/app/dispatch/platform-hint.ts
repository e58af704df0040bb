import type { Language } from '../../core/categories.js';
import type { ChatAdapter, PlatformHint } from '../../core/chat/chat-adapter.js';
import type { Renderer } from '../templates/renderer.js';

/**
 * How to do something on the group's platform (open a private chat with the bot, let it
 * read every message, grant a right), in the platform's own words when its adapter
 * gives them, otherwise the neutral template `hint.<topic>`. Keeps the brain's texts
 * free of one platform's buttons and commands.
 */
export function platformHint(
  adapter: ChatAdapter | undefined,
  renderer: Renderer,
  topic: PlatformHint,
  lang: Language,
): string {
  return adapter?.hint?.(topic, lang)?.trim() || renderer.t(lang, `hint.${topic}`);
}
