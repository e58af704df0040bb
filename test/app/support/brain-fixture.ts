import { Brain } from '../../../src/app/brain.js';
import type { BrainDeps } from '../../../src/app/brain-deps.js';
import { loadAppConfig } from '../../../src/app/config/load-config.js';
import { createMemoryLogger } from '../../../src/app/log.js';
import { DEFAULT_CONFIG_DIR } from '../../../src/app/paths.js';
import { loadTemplates } from '../../../src/app/templates/load-templates.js';
import { createRenderer } from '../../../src/app/templates/renderer.js';
import type { ChatEvent, CommandName } from '../../../src/core/chat/chat-event.js';
import { maskPersonalData } from '../../../src/core/mask.js';
import type { IncomingMessage, Role } from '../../../src/core/message.js';
import type { Group, NewGroup } from '../../../src/store/groups.js';
import { createMemoryStore } from '../../../src/store/memory/memory-store.js';
import { createPseudonymiser } from '../../../src/store/pseudonym.js';
import type { Store } from '../../../src/store/store.js';
import { RecordingAdapter } from './recording-adapter.js';
import { ScriptedEngine } from './scripted-engine.js';

/** Tuesday 4 March 2025, 10:00 UTC (11:00 in Amsterdam). */
export const T0 = new Date('2025-03-04T10:00:00.000Z');
const config = loadAppConfig(DEFAULT_CONFIG_DIR);
const templates = loadTemplates(DEFAULT_CONFIG_DIR);

export const TEACHER = { id: 'u-juf', name: 'Juf Marieke' };
export const SUPERVISOR = { id: 'u-henk', name: 'Meester Henk' };
export const CHAT = 'klas-7b';

/** A brain on an in-memory store, a recording platform, a scripted engine and a clock the test moves. */
export interface BrainFixture {
  readonly brain: Brain;
  readonly deps: BrainDeps;
  readonly store: Store;
  readonly adapter: RecordingAdapter;
  readonly engine: ScriptedEngine;
  readonly log: ReturnType<typeof createMemoryLogger>;
  readonly group: () => Group;
  now: Date;
  /** Moves the clock on. */
  advance(ms: number): void;
  /** A member posts in the group; resolves when the brain has handled it. */
  post(
    from: string,
    text: string,
    extra?: Partial<IncomingMessage> & { id?: string; role?: Role },
  ): Promise<void>;
  command(
    from: { id: string; name: string },
    name: CommandName,
    args?: string[],
    extra?: { private?: boolean; admin?: boolean },
  ): Promise<void>;
  send(event: ChatEvent): Promise<void>;
  /** The pseudonym of a test user. */
  pseudonym(userId: string): ReturnType<BrainDeps['pseudonymise']>;
}

export function brainFixture(
  options: { group?: Partial<NewGroup> | false; store?: Store; deps?: Partial<BrainDeps> } = {},
): BrainFixture {
  const store = options.store ?? createMemoryStore();
  const log = createMemoryLogger();
  const engine = new ScriptedEngine();
  const adapter = new RecordingAdapter();
  let seq = 0;
  let handle = 0;
  const f = {
    now: T0,
  } as BrainFixture & { now: Date };
  const deps: BrainDeps = {
    store,
    engine,
    config,
    renderer: createRenderer(templates),
    pseudonymise: createPseudonymiser('brain-test-secret-0123456789'),
    mask: maskPersonalData,
    clock: () => f.now,
    log,
    ...options.deps,
  };
  const brain = new Brain(deps);
  const sink = brain.sinkFor(adapter);
  let groupId = 0;
  if (options.group !== false) {
    groupId = store.groups.create(
      {
        platform: 'test',
        chatId: CHAT,
        className: 'Groep 7B',
        school: 'De Regenboog',
        type: 'parents',
        language: 'nl',
        teacher: { platformId: TEACHER.id, name: TEACHER.name },
        supervisor: { platformId: SUPERVISOR.id, name: SUPERVISOR.name },
        createdAt: T0,
        ...options.group,
      },
      'system',
    ).id;
  }
  Object.assign(f, {
    brain,
    deps,
    store,
    adapter,
    engine,
    log,
    group: () => store.groups.get(groupId) as Group,
    advance(ms: number) {
      f.now = new Date(f.now.getTime() + ms);
    },
    post(from: string, text: string, extra: Partial<IncomingMessage> & { id?: string; role?: Role } = {}) {
      seq += 1;
      const { id, role, ...rest } = extra;
      const message: IncomingMessage = {
        ref: { platform: 'test', chatId: CHAT, messageId: id ?? String(seq) },
        author: { id: `u-${from.toLowerCase()}`, name: from, role: role ?? 'parent', isBot: false },
        text,
        sentAt: f.now,
        edited: false,
        mentions: [],
        ...rest,
      };
      return sink({ type: 'message', message });
    },
    command(
      from: { id: string; name: string },
      name: CommandName,
      args: string[] = [],
      extra: { private?: boolean; admin?: boolean } = {},
    ) {
      handle += 1;
      return sink({
        type: 'command',
        command: {
          platform: 'test',
          chatId: extra.private ? `dm-${from.id}` : CHAT,
          isPrivate: extra.private ?? false,
          from: { id: from.id, name: from.name, role: 'unknown', isBot: false },
          fromIsChatAdmin: extra.admin ?? false,
          name,
          args,
          at: f.now,
          replyHandle: `h${handle}`,
        },
      });
    },
    send: sink,
    pseudonym: (userId: string) => deps.pseudonymise('test', userId),
  });
  return f;
}
