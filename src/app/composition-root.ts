import type { Readable, Writable } from 'node:stream';
import { maskPersonalData } from '../core/mask.js';
import { createPseudonymiser } from '../store/pseudonym.js';
import { openSqliteStore } from '../store/sqlite/open.js';
import type { Store } from '../store/store.js';
import { isStoreError } from '../store/store-error.js';
import { Brain } from './brain.js';
import type { BrainDeps } from './brain-deps.js';
import { loadAppConfig } from './config/load-config.js';
import { createEngine } from './engine.js';
import { databasePath, type Env } from './env.js';
import { seedGroups } from './group-lifecycle.js';
import { createLogger, isLogLevel, type Logger } from './log.js';
import { createMailWiring } from './mail/mail-wiring.js';
import { choosePlatforms } from './platforms/choose-platforms.js';
import { FALLBACK_PLATFORM } from './platforms/fallback-platform.js';
import type { PlatformFactory, PlatformInstance } from './platforms/platform-factory.js';
import { PLATFORMS } from './platforms/platforms.js';
import { loadScheduleConfig } from './schedule/schedule-config.js';
import { startSchedule } from './schedule/start-schedule.js';
import { resolveSecret } from './secret.js';
import { StartupError } from './startup-error.js';
import { loadTemplates } from './templates/load-templates.js';
import { createRenderer } from './templates/renderer.js';

export interface StartOptions {
  readonly env: Env;
  readonly cwd: string;
  readonly configDir: string;
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** `--db`; otherwise `KLASWACHT_DB`, otherwise ./data/klaswacht.sqlite. */
  readonly dbPath?: string;
  readonly clock?: () => Date;
  /** The platform registry and fallback; tests pass their own. */
  readonly registry?: readonly PlatformFactory[];
  readonly fallback?: PlatformFactory;
}

/** A running bot: wait for `finished` (the console's end of input) or call `stop` on a signal. */
export interface RunningBot {
  readonly brain: Brain;
  readonly store: Store;
  readonly log: Logger;
  readonly platforms: readonly string[];
  /** Resolves when every platform has ended by itself; never for a network platform. */
  readonly finished: Promise<void>;
  /** Graceful shutdown: stop receiving, finish every queued event, deliver what is due, close the store. */
  stop(): Promise<void>;
}

/**
 * The composition root: the one place that reads configuration, opens the store,
 * builds the engine, the pseudonymiser, the clock and the platforms, and wires them
 * into the brain. Everything below gets what it needs passed in. Start-up problems
 * (configuration, secret, database) throw before any platform starts.
 */
export async function startBot(options: StartOptions): Promise<RunningBot> {
  const level = options.env.KLASWACHT_LOG?.trim();
  const log = createLogger(options.stderr, isLogLevel(level) ? level : 'info');
  const clock = options.clock ?? (() => new Date());
  const config = loadAppConfig(options.configDir);
  const renderer = createRenderer(loadTemplates(options.configDir));
  const engine = createEngine({ configDir: options.configDir });
  const schedule = loadScheduleConfig(options.configDir);
  const choice = choosePlatforms(
    options.env,
    options.registry ?? PLATFORMS,
    options.fallback ?? FALLBACK_PLATFORM,
  );
  const consoleOnly = choice.platforms.every((p) => p === (options.fallback ?? FALLBACK_PLATFORM));
  const dbPath = databasePath(options.env, options.cwd, options.dbPath);
  const secret = resolveSecret({ env: options.env, dbPath, consoleOnly, log });
  let store: Store;
  try {
    store = openSqliteStore({ path: dbPath });
  } catch (error) {
    if (!isStoreError(error)) throw error;
    throw new StartupError(
      'E_STORE',
      `cannot open the database ${dbPath} (${error.code}): ${error.message}`,
      {
        cause: error,
      },
    );
  }
  const deps: BrainDeps = {
    store,
    engine,
    config,
    renderer,
    pseudonymise: createPseudonymiser(secret),
    mask: maskPersonalData,
    clock,
    log,
  };
  // B1 e-mail when SMTP is set in .env: the announce/contacts commands and marked announcements.
  const mail = createMailWiring({ env: options.env, store, renderer, clock, log });
  const brain = new Brain(deps, mail ? { commandHandlers: mail.commandHandlers } : {});
  log.info('start', { platforms: choice.platforms.map((p) => p.platform).join(','), reason: choice.reason });
  const purged = store.purgeExpired(clock());
  log.info('retention.purged', { ...purged });

  const instances: { factory: PlatformFactory; instance: PlatformInstance }[] = [];
  try {
    for (const factory of choice.platforms) {
      const instance = await factory.create({
        env: options.env,
        configDir: options.configDir,
        log,
        stdin: options.stdin,
        stdout: options.stdout,
        clock,
        isGroupChat: (platform, chatId) => brain.groups.isGroupChat(platform, chatId),
      });
      const seeded = seedGroups(deps, factory.platform, instance.seedGroups ?? []);
      if (seeded > 0) log.info('group.seeded', { platform: factory.platform, groups: seeded });
      instances.push({ factory, instance });
    }
    for (const { instance } of instances) {
      const sink = brain.sinkFor(instance.adapter);
      await instance.adapter.start(mail ? mail.watch(instance.adapter.platform, sink) : sink);
    }
  } catch (error) {
    for (const { instance } of instances) await instance.adapter.stop().catch(() => undefined);
    store.close();
    throw error;
  }
  brain.delivery.start();
  await brain.delivery.flushDue();
  mail?.service.start();
  const scheduler = await startSchedule({
    config: schedule,
    store,
    renderer,
    clock,
    log,
    adapterFor: (platform) => instances.find((i) => i.factory.platform === platform)?.instance.adapter,
    delivery: brain.delivery,
  });

  const finishers = instances.map((i) => i.instance.finished);
  const finished = finishers.every((f) => f !== undefined)
    ? Promise.all(finishers).then(() => undefined)
    : new Promise<void>(() => undefined);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      // Finish what is queued while the platforms can still send; then stop receiving;
      // then finish what arrived meanwhile. Alerts that cannot go out any more stay in
      // the outbox for the next start.
      await scheduler.stop();
      await brain.drain();
      for (const { instance } of instances) await instance.adapter.stop().catch(() => undefined);
      await brain.drain();
      brain.delivery.stop();
      await mail?.service.stop();
      if (brain.pending.size > 0) log.error('stop.incidents_unrecorded', { pending: brain.pending.size });
      store.close();
      log.info('stopped');
    })();
    return stopping;
  };
  return { brain, store, log, platforms: instances.map((i) => i.factory.platform), finished, stop };
}
