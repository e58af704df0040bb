import type { CommandInvocation, CommandName } from '../../core/chat/chat-event.js';
import type { Group } from '../../store/groups.js';
import type { BrainDeps } from '../brain-deps.js';
import type { AdapterLookup } from '../dispatch/adapter-lookup.js';
import { describe } from '../pipeline/chat-queue.js';
import type { CommandContext, CommandHandler, CommandReply, CommandServices } from './command-context.js';
import { COMMAND_SPECS } from './command-specs.js';

/**
 * Answers commands, the same on every platform: finds the group (the chat's, or in a
 * private chat the one group the invoker serves), checks who may (COMMAND_SPECS), runs
 * the handler and sends its replies the platform's own way. A non-staff member gets a
 * clear, polite refusal; a failing handler is logged (ids only) and answered with an
 * apology, never a stack trace.
 */
export class CommandRouter {
  constructor(
    private readonly deps: BrainDeps,
    private readonly adapters: AdapterLookup,
    private readonly services: CommandServices,
    /** Replaces handlers, e.g. `announce` and `contacts` once a mail sender exists (B1). */
    private readonly overrides: Partial<Record<CommandName, CommandHandler>> = {},
  ) {}

  async handle(inv: CommandInvocation): Promise<void> {
    const replies = await this.answer(inv);
    const adapter = this.adapters(inv.platform);
    if (!adapter) return;
    for (const r of replies) {
      const result = await adapter.perform({
        kind: 'reply',
        replyHandle: inv.replyHandle,
        chatId: inv.chatId,
        text: r.text,
        private: r.private ?? false,
        ...(r.buttons ? { buttons: r.buttons } : {}),
        ...(r.files ? { files: r.files } : {}),
      });
      if (!result.ok)
        this.deps.log.warn('command.reply_failed', { command: inv.name, reason: result.reason });
    }
  }

  /** The replies to one invocation (exported for tests through `handle`'s adapter). */
  async answer(inv: CommandInvocation): Promise<readonly CommandReply[]> {
    try {
      return await this.run(inv);
    } catch (error) {
      this.deps.log.error('command.failed', { command: inv.name, error: describe(error) });
      const lang = this.deps.config.groups.language;
      return [{ text: this.deps.renderer.t(lang, 'command.failed'), private: true }];
    }
  }

  private async run(inv: CommandInvocation): Promise<readonly CommandReply[]> {
    const spec = COMMAND_SPECS[inv.name];
    const { group, candidates } = this.resolveGroup(inv);
    const lang = group?.language ?? candidates[0]?.language ?? this.deps.config.groups.language;
    const staff =
      group !== undefined &&
      ((!inv.isPrivate && inv.fromIsChatAdmin) ||
        group.teacher?.platformId === inv.from.id ||
        group.supervisor?.platformId === inv.from.id);
    const t = (key: string, params?: Record<string, string | number>) =>
      this.deps.renderer.t(lang, key, params);
    if (spec.groupChatOnly && inv.isPrivate)
      return [{ text: t('command.group_only', { command: inv.name }), private: true }];
    if (spec.needsGroup && !group) {
      if (candidates.length > 1) {
        return [
          {
            text: t('command.which_group', { groups: candidates.map((g) => g.className).join(', ') }),
            private: true,
          },
        ];
      }
      return [
        { text: inv.isPrivate ? t('command.no_group') : t('group.setup_needed'), private: inv.isPrivate },
      ];
    }
    if (spec.access === 'staff' && !staff) {
      this.deps.log.info('command.refused', { command: inv.name, platform: inv.platform });
      return [{ text: t('command.refused', { command: inv.name }), private: true }];
    }
    const ctx: CommandContext = {
      deps: this.deps,
      inv,
      group,
      candidates,
      lang,
      staff,
      actor: `${inv.platform}:${inv.from.id}`.slice(0, 200),
      now: inv.at.getTime() > this.deps.clock().getTime() ? this.deps.clock() : inv.at,
      services: this.services,
      t,
    };
    const handler = this.overrides[inv.name] ?? spec.handler;
    const replies = await handler(ctx);
    this.deps.log.info('command.done', { command: inv.name, group: group?.id, replies: replies.length });
    return replies;
  }

  private resolveGroup(inv: CommandInvocation): { group: Group | undefined; candidates: Group[] } {
    const { store } = this.deps;
    if (!inv.isPrivate) {
      const group = store.groups.findByChat(inv.platform, inv.chatId);
      return { group: group?.active ? group : undefined, candidates: [] };
    }
    const candidates = store.groups
      .list({ platform: inv.platform, active: true })
      .filter((g) => g.teacher?.platformId === inv.from.id || g.supervisor?.platformId === inv.from.id);
    return { group: candidates.length === 1 ? candidates[0] : undefined, candidates };
  }
}
