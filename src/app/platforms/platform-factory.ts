import type { Readable, Writable } from 'node:stream';
import type { ChatAdapter } from '../../core/chat/chat-adapter.js';
import type { NewGroup } from '../../store/groups.js';
import type { Logger } from '../log.js';

/**
 * What a platform may use to build its adapter. Everything comes from the composition
 * root; a factory reads its token from `env` and nothing else from the process, so a
 * test can start a platform against a fake server by passing a different `env`.
 */
export interface PlatformContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The configuration folder (`config/` unless `--config` says otherwise). */
  readonly configDir: string;
  readonly log: Logger;
  /** The process's streams: the console group reads and writes them, network platforms ignore them. */
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly clock: () => Date;
  /**
   * Whether a chat is a set-up, active class group (the store knows). A platform whose
   * bot sees more than its class groups (every channel of a Discord server) uses it to
   * drop other chats' messages before their text reaches the brain. Optional: without it
   * the adapter forwards every chat and the pipeline ignores those that are not groups.
   */
  readonly isGroupChat?: (platform: string, chatId: string) => boolean;
}

/**
 * A class group the platform knows before anyone ran `setup` in it: the console's demo
 * roster brings its teacher and supervisor. Created once (an existing group keeps its
 * settings); network platforms have none and let teachers run `setup`.
 */
export type SeedGroup = Omit<NewGroup, 'platform' | 'createdAt'>;

/** A started platform: its adapter, plus what the composition root should know about it. */
export interface PlatformInstance {
  readonly adapter: ChatAdapter;
  readonly seedGroups?: readonly SeedGroup[];
  /**
   * Resolves when the platform will deliver no more events and every one it delivered
   * has been awaited (the console at end of input). Network platforms leave it out:
   * they run until the process is told to stop.
   */
  readonly finished?: Promise<void>;
}

/**
 * One entry of the platform registry (./platforms.ts). `npm start` runs every platform
 * whose `enabledBy` variable is set in the environment (`.env`); when none is, the
 * console class group. A platform engineer adds exactly one entry.
 */
export interface PlatformFactory {
  /** Lower-case platform name; the `platform` of its adapter and of every MessageRef it makes. */
  readonly platform: string;
  /** The environment variable holding the platform's token, e.g. `TELEGRAM_BOT_TOKEN`. */
  readonly enabledBy: string;
  /** One line for the start-up log and `klaswacht start --help`. */
  readonly description: string;
  /** Builds the adapter (not started yet); throws with a clear message on bad settings. */
  create(context: PlatformContext): Promise<PlatformInstance>;
}
