import type { Readable, Writable } from 'node:stream';
import type { Logger } from '../../src/app/log.js';
import type { Capabilities, ChatAdapter } from '../../src/core/chat/chat-adapter.js';
import type { ChatEvent } from '../../src/core/chat/chat-event.js';
import type { ActionResult, OutboundAction } from '../../src/core/chat/outbound-action.js';
import type { Author } from '../../src/core/message.js';
import {
  block,
  buttonsLine,
  CONSOLE_LABELS,
  type ConsoleLabels,
  fileLines,
  groupLabel,
  privateLabel,
} from './console-output.js';
import { type ConsoleRoster, memberId } from './console-roster.js';
import { type ConsoleLine, mentionsIn, parseConsoleLine } from './parse-line.js';

type Post = Extract<ConsoleLine, { kind: 'post' }>;

interface ConsoleUser {
  readonly author: Author;
  readonly admin: boolean;
  privateChatOpen: boolean;
}

export interface ConsoleAdapterOptions {
  readonly input: Readable;
  readonly output: Writable;
  readonly roster: ConsoleRoster;
  readonly clock: () => Date;
  readonly log: Logger;
  /** How many recent messages the group keeps deletable (a platform's delete window, in messages). */
  readonly keepMessages?: number;
}

const STOP = Symbol('stop');

/**
 * The console class group as a real ChatAdapter: lines `Name: text` on the input are
 * the group's conversation (message id = line number, so the same input always gives
 * the same ids and a restarted bot recognises redelivered messages); the output shows
 * the conversation and everything the bot does, labelled by who sees it. It decides
 * nothing about moderation: it only translates, like the Telegram and Discord adapters.
 */
export class ConsoleAdapter implements ChatAdapter {
  readonly platform = 'console';
  /** Resolves at end of input (or stop), once every event delivered has been awaited. */
  readonly finished: Promise<void>;
  /** Refuse this many coming deletes as a platform without rights would (demos and tests). */
  refuseDeletes = 0;

  private readonly labels: ConsoleLabels;
  private readonly users = new Map<string, ConsoleUser>();
  private readonly messages = new Map<string, { authorId: string; deleted: boolean }>();
  private readonly invocations = new Map<string, { chatId: string; isPrivate: boolean; userId: string }>();
  private sink: ((e: ChatEvent) => Promise<void>) | undefined;
  private stopped = false;
  private stopSignal!: () => void;
  private readonly stopping = new Promise<typeof STOP>((r) => {
    this.stopSignal = () => r(STOP);
  });
  private resolveFinished!: () => void;
  private botMessages = 0;
  private lastLine = 0;

  constructor(private readonly options: ConsoleAdapterOptions) {
    this.labels = CONSOLE_LABELS[options.roster.group.language];
    for (const m of options.roster.members) {
      this.users.set(memberId(m.name), {
        author: { id: memberId(m.name), name: m.name, role: m.role, isBot: false },
        admin: m.admin,
        privateChatOpen: m.privateChatOpen,
      });
    }
    this.finished = new Promise((r) => {
      this.resolveFinished = r;
    });
  }

  /** The console user id of a roster name. */
  userIdOf(name: string): string {
    return memberId(name);
  }

  get chatId(): string {
    return this.options.roster.group.chatId;
  }

  async start(sink: (event: ChatEvent) => Promise<void>): Promise<void> {
    if (this.sink) throw new Error('console adapter: start() called twice');
    this.sink = sink;
    void this.readLoop();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.stopSignal();
    if (!this.sink) this.resolveFinished();
    await this.finished;
  }

  async capabilities(chatId: string): Promise<Capabilities> {
    const inGroup = chatId === this.chatId;
    return {
      canDelete: inGroup && this.options.roster.bot.canDelete,
      canMute: inGroup && this.options.roster.bot.canMute,
      canReadAllMessages: inGroup,
      canSendPrivate: true,
    };
  }

  async perform(action: OutboundAction): Promise<ActionResult> {
    switch (action.kind) {
      case 'send_group':
        if (action.chatId !== this.chatId) return { ok: false, reason: 'not_found', detail: 'unknown chat' };
        this.write(block(groupLabel(this.labels), 'klaswacht', action.text));
        return { ok: true, messageId: `bot-${++this.botMessages}` };
      case 'send_private':
        return this.sendPrivate(action.userId, action.text, action.buttons);
      case 'reply': {
        const inv = this.invocations.get(action.replyHandle);
        if (!inv) return { ok: false, reason: 'not_found', detail: 'unknown reply handle' };
        if (action.private || inv.isPrivate)
          return this.sendPrivate(inv.userId, action.text, action.buttons, action.files);
        this.write(block(groupLabel(this.labels), 'klaswacht', action.text));
        this.write(...buttonsLine(this.labels, action.buttons), ...fileLines(this.labels, action.files));
        return { ok: true, messageId: `bot-${++this.botMessages}` };
      }
      case 'delete':
        return this.delete(action.chatId, action.messageId);
      case 'mute': {
        const user = this.users.get(action.userId);
        if (action.chatId !== this.chatId || !user) return { ok: false, reason: 'not_found' };
        if (!this.options.roster.bot.canMute)
          return { ok: false, reason: 'forbidden', detail: 'no right to mute' };
        const until = action.until.toISOString().slice(11, 16);
        this.write(`${groupLabel(this.labels)} ${this.labels.muted(user.author.name, `${until} UTC`)}`);
        return { ok: true };
      }
    }
  }

  private sendPrivate(
    userId: string,
    text: string,
    buttons?: Parameters<typeof buttonsLine>[1],
    files?: Parameters<typeof fileLines>[1],
  ): ActionResult {
    const user = this.users.get(userId);
    if (!user) return { ok: false, reason: 'not_found', detail: 'unknown user' };
    if (!user.privateChatOpen) return { ok: false, reason: 'no_private_chat' };
    const label = privateLabel(this.labels, user.author.role, user.author.name);
    this.write(
      block(label, 'klaswacht', text),
      ...buttonsLine(this.labels, buttons),
      ...fileLines(this.labels, files),
    );
    return { ok: true, messageId: `bot-${++this.botMessages}` };
  }

  private delete(chatId: string, messageId: string): ActionResult {
    if (chatId !== this.chatId) return { ok: false, reason: 'not_found', detail: 'unknown chat' };
    if (this.refuseDeletes > 0) {
      this.refuseDeletes -= 1;
      return { ok: false, reason: 'forbidden', detail: 'refused' };
    }
    if (!this.options.roster.bot.canDelete)
      return { ok: false, reason: 'forbidden', detail: 'no right to delete' };
    const message = this.messages.get(messageId);
    if (!message) {
      const n = Number(messageId);
      const evicted = Number.isInteger(n) && n > 0 && n <= this.lastLine;
      return { ok: false, reason: evicted ? 'too_old' : 'not_found' };
    }
    if (message.deleted) return { ok: false, reason: 'not_found', detail: 'already deleted' };
    message.deleted = true;
    this.write(`${groupLabel(this.labels)} ${this.labels.deleted(messageId)}`);
    return { ok: true };
  }

  private async readLoop(): Promise<void> {
    const { input } = this.options;
    input.setEncoding('utf8');
    const chunks = input[Symbol.asyncIterator]() as AsyncIterator<string>;
    let buffer = '';
    let lineNo = 0;
    try {
      while (!this.stopped) {
        const next = await Promise.race([chunks.next(), this.stopping]);
        if (next === STOP || next.done) break;
        buffer += next.value;
        let nl = buffer.indexOf('\n');
        while (nl !== -1 && !this.stopped) {
          lineNo += 1;
          await this.handleLine(buffer.slice(0, nl), lineNo);
          buffer = buffer.slice(nl + 1);
          nl = buffer.indexOf('\n');
        }
      }
      if (!this.stopped && buffer !== '') await this.handleLine(buffer, lineNo + 1);
    } catch (error) {
      this.options.log.error('console.input_failed', {
        code: (error as NodeJS.ErrnoException).code ?? 'error',
      });
    } finally {
      // Stopped before the end of input (a signal): a pending read would keep the process
      // alive, and an iterator's return() waits for it, so the input is destroyed outright.
      if (this.stopped) input.destroy();
      else void chunks.return?.();
      this.resolveFinished();
    }
  }

  private async handleLine(raw: string, lineNo: number): Promise<void> {
    const line = parseConsoleLine(raw);
    if (line.kind === 'skip') return;
    if (line.kind === 'invalid') {
      this.options.log.warn('console.line_skipped', { line: lineNo, problem: line.problem });
      return;
    }
    this.lastLine = lineNo;
    const at = line.sentAt ?? this.options.clock();
    const user = await this.userFor(line.name, at, !line.private);
    if (line.private) return this.handlePrivate(user, line, lineNo, at);
    if (line.command) {
      this.write(`${groupLabel(this.labels)} #${lineNo} ${user.author.name}: ${line.text}`);
      return this.deliverCommand(user, line.command, lineNo, at, false);
    }
    return this.deliverMessage(user, line, lineNo, at);
  }

  private async handlePrivate(user: ConsoleUser, line: Post, lineNo: number, at: Date): Promise<void> {
    this.write(
      `${privateLabel(this.labels, user.author.role, user.author.name)} ${user.author.name}: ${line.text}`,
    );
    if (!user.privateChatOpen) {
      user.privateChatOpen = true;
      await this.emit({ type: 'private_chat_opened', platform: this.platform, userId: user.author.id, at });
    }
    if (line.command) await this.deliverCommand(user, line.command, lineNo, at, true);
  }

  private async deliverCommand(
    user: ConsoleUser,
    command: NonNullable<Post['command']>,
    lineNo: number,
    at: Date,
    isPrivate: boolean,
  ): Promise<void> {
    const replyHandle = `line-${lineNo}`;
    const chatId = isPrivate ? `dm-${user.author.id}` : this.chatId;
    this.remember(this.invocations, replyHandle, { chatId, isPrivate, userId: user.author.id });
    await this.emit({
      type: 'command',
      command: {
        platform: this.platform,
        chatId,
        isPrivate,
        from: user.author,
        fromIsChatAdmin: !isPrivate && user.admin,
        name: command.name,
        args: command.args,
        at,
        replyHandle,
      },
    });
  }

  private async deliverMessage(user: ConsoleUser, line: Post, lineNo: number, at: Date): Promise<void> {
    let id = String(lineNo);
    if (line.editOf !== undefined) {
      const original = this.messages.get(line.editOf);
      if (!original || original.authorId !== user.author.id || original.deleted) {
        this.options.log.warn('console.edit_skipped', { line: lineNo, of: line.editOf });
        return;
      }
      id = line.editOf;
    } else {
      this.remember(this.messages, id, { authorId: user.author.id, deleted: false });
    }
    const replied = line.replyTo === undefined ? undefined : this.messages.get(line.replyTo);
    const qualifier = line.editOf
      ? ` (${this.labels.edited})`
      : line.replyTo
        ? ` (${this.labels.replyTo(line.replyTo)})`
        : '';
    const media = line.media
      ? `[${this.labels.media[line.media.kind]}${line.media.count > 1 ? ` x${line.media.count}` : ''}] `
      : '';
    this.write(`${groupLabel(this.labels)} #${id} ${user.author.name}${qualifier}: ${media}${line.text}`);
    await this.emit({
      type: 'message',
      message: {
        ref: { platform: this.platform, chatId: this.chatId, messageId: id },
        author: user.author,
        text: line.text,
        ...(line.media ? { media: line.media } : {}),
        sentAt: at,
        edited: line.editOf !== undefined,
        ...(line.replyTo !== undefined
          ? {
              replyTo: {
                platform: this.platform,
                chatId: this.chatId,
                messageId: line.replyTo,
                ...(replied ? { authorId: replied.authorId } : {}),
              },
            }
          : {}),
        mentions: mentionsIn(line.text),
      },
    });
  }

  /** The user behind a name; a name not in the roster joins the group as a parent. */
  private async userFor(name: string, at: Date, joinsGroup: boolean): Promise<ConsoleUser> {
    const id = memberId(name);
    const known = this.users.get(id);
    if (known) return known;
    const user: ConsoleUser = {
      author: { id, name, role: 'parent', isBot: false },
      admin: false,
      privateChatOpen: true,
    };
    this.users.set(id, user);
    if (!joinsGroup) return user;
    this.write(`${groupLabel(this.labels)} ${this.labels.joined(name)}`);
    await this.emit({
      type: 'member_joined',
      platform: this.platform,
      chatId: this.chatId,
      member: user.author,
      at,
    });
    return user;
  }

  private async emit(event: ChatEvent): Promise<void> {
    if (this.stopped || !this.sink) return;
    await this.sink(event);
  }

  /** Keeps the newest entries only: memory stays flat on a long input. */
  private remember<V>(map: Map<string, V>, key: string, value: V): void {
    map.set(key, value);
    const keep = this.options.keepMessages ?? 5000;
    if (map.size > keep) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
  }

  private write(...lines: string[]): void {
    if (lines.length > 0) this.options.output.write(`${lines.join('\n')}\n`);
  }
}
