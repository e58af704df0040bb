import type { ChatAdapter } from '../core/chat/chat-adapter.js';
import type { ChatEvent, CommandName } from '../core/chat/chat-event.js';
import type { Group } from '../store/groups.js';
import type { Incident } from '../store/incidents.js';
import { isStoreError } from '../store/store-error.js';
import type { BrainDeps } from './brain-deps.js';
import type { CommandHandler } from './commands/command-context.js';
import { CommandRouter } from './commands/command-router.js';
import { CapabilityCache } from './dispatch/adapter-lookup.js';
import { Delivery } from './dispatch/delivery.js';
import { Dispatcher } from './dispatch/dispatcher.js';
import { platformHint } from './dispatch/platform-hint.js';
import { handleBotStatus } from './group-lifecycle.js';
import { handleMemberJoined, handleMemberLeft, type MemberLifecycleDeps } from './member-lifecycle.js';
import { ChatQueue } from './pipeline/chat-queue.js';
import { GroupBook } from './pipeline/group-book.js';
import { MessagePipeline } from './pipeline/message-pipeline.js';
import { PendingWrites } from './pipeline/pending-writes.js';

/**
 * The bot's brain: one per process, shared by every platform. Adapters hand it their
 * events through `sinkFor`; it keeps each chat's events in order (ChatQueue), runs
 * messages through the pipeline, answers commands, follows the group's life (added,
 * removed, moved), welcomes members who join, and delivers waiting alerts when a
 * private chat opens.
 */
export class Brain {
  readonly groups: GroupBook;
  readonly delivery: Delivery;
  readonly pipeline: MessagePipeline;
  readonly pending: PendingWrites;
  private readonly queue: ChatQueue;
  private readonly adapters = new Map<string, ChatAdapter>();
  private readonly caps: CapabilityCache;
  private readonly dispatcher: Dispatcher;
  private readonly commands: CommandRouter;
  private readonly members: MemberLifecycleDeps;

  constructor(
    private readonly deps: BrainDeps,
    options: { readonly commandHandlers?: Partial<Record<CommandName, CommandHandler>> } = {},
  ) {
    const lookup = (platform: string) => this.adapters.get(platform);
    this.queue = new ChatQueue(deps.log);
    this.groups = new GroupBook(deps);
    this.caps = new CapabilityCache(lookup, deps.clock);
    this.delivery = new Delivery(deps, lookup);
    this.dispatcher = new Dispatcher(deps, lookup, (g, i, reason) => this.askTeacherToDelete(g, i, reason));
    this.pending = new PendingWrites(deps.log);
    this.pipeline = new MessagePipeline(
      deps,
      this.groups,
      this.caps,
      this.dispatcher,
      this.delivery,
      this.pending,
    );
    this.commands = new CommandRouter(
      deps,
      lookup,
      {
        delivery: this.delivery,
        groups: this.groups,
        notify: async (group, userId, text) => {
          const r = await this.dispatcher.send(group, {
            kind: 'send_private',
            userId,
            text,
            aboutChatId: group.chatId,
          });
          if (!r.ok) deps.log.warn('notify.failed', { group: group.id, reason: r.reason });
        },
        membersErased: (groupId) => {
          this.pipeline.sightings.clear();
          this.groups.forgetNames(groupId);
        },
        capabilities: (group) => this.caps.get(group.platform, group.chatId),
        hint: (group, topic) => platformHint(lookup(group.platform), deps.renderer, topic, group.language),
      },
      options.commandHandlers,
    );
    this.members = {
      deps,
      groups: this.groups,
      recordSighting: (group, author, at) => this.pipeline.recordSighting(group, author, at),
      send: (group, action) => this.dispatcher.send(group, action),
    };
  }

  /** Registers a platform's adapter and returns the sink to start it with. */
  sinkFor(adapter: ChatAdapter): (event: ChatEvent) => Promise<void> {
    if (this.adapters.has(adapter.platform)) throw new Error(`platform "${adapter.platform}" attached twice`);
    this.adapters.set(adapter.platform, adapter);
    return (event) => this.handle(adapter.platform, event);
  }

  /** Handles one event in its chat's order; resolves when it has been handled, never rejects. */
  handle(platform: string, event: ChatEvent): Promise<void> {
    switch (event.type) {
      case 'message': {
        const m = event.message;
        return this.queue.run(`${platform} ${m.ref.chatId}`, 'message', () => this.pipeline.handle(m));
      }
      case 'command':
        return this.queue.run(
          `${platform} ${event.command.chatId}`,
          `command:${event.command.name}`,
          async () => {
            try {
              await this.commands.handle(event.command);
            } finally {
              this.groups.changed();
            }
          },
        );
      case 'bot_status':
        return this.queue.run(`${platform} ${event.chatId}`, 'bot_status', async () => {
          if (event.status === 'promoted' || event.status === 'demoted')
            this.caps.invalidate(platform, event.chatId);
          await handleBotStatus(this.deps, this.groups, this.adapters.get(platform), event);
          this.groups.changed();
        });
      case 'chat_moved':
        return this.queue.run(`${platform} ${event.fromChatId}`, 'chat_moved', async () => {
          const moved = this.deps.store.groups.moveChat(
            platform,
            event.fromChatId,
            event.toChatId,
            'system',
            event.at,
          );
          this.groups.changed();
          this.caps.invalidate(platform, event.fromChatId);
          this.deps.log.info('group.moved', { group: moved?.id, platform });
        });
      case 'private_chat_opened':
        return this.queue.run(`${platform} private ${event.userId}`, 'private_chat_opened', async () => {
          const sent = await this.delivery.privateChatOpened(platform, event.userId);
          this.deps.log.info('private_chat.opened', { platform, delivered: sent });
        });
      case 'member_joined':
        return this.queue.run(`${platform} ${event.chatId}`, 'member_joined', () =>
          handleMemberJoined(this.members, event),
        );
      case 'member_left':
        return this.queue.run(`${platform} ${event.chatId}`, 'member_left', async () =>
          handleMemberLeft(this.members, event),
        );
    }
  }

  /** Waits for every queued event, records what waited for the store, delivers what is due. */
  async drain(): Promise<void> {
    await this.queue.drain();
    if (this.pending.size > 0) await this.pipeline.retryPending();
    await this.dispatcher.retries.flushNow();
    await this.delivery.flushDue();
  }

  /** The bot could not delete a message: ask the teacher to, through the outbox. */
  private async askTeacherToDelete(
    group: Group,
    incident: Incident | undefined,
    reason: string,
  ): Promise<void> {
    const { renderer, store, clock, log } = this.deps;
    const t = renderer.t;
    const text = t(group.language, 'ask_delete.message', {
      id: incident?.id ?? '?',
      group: group.className,
      reason: t(group.language, `ask_delete.reason.${reason}`),
    });
    log.info('delete.ask_teacher', { group: group.id, incident: incident?.id, reason });
    if (incident) {
      try {
        store.outbox.enqueue({
          groupId: group.id,
          incidentId: incident.id,
          key: `incident:${incident.id}:ask_delete`,
          recipient: 'teacher',
          urgent: false,
          text,
          createdAt: clock(),
        });
        await this.delivery.flushGroup(group.id);
        return;
      } catch (error) {
        if (!isStoreError(error)) throw error;
      }
    }
    await this.delivery.sendDirect(group, 'teacher', text, []);
  }
}
