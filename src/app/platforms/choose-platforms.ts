import type { PlatformFactory } from './platform-factory.js';

/** Which platforms `start` runs, and why: the start-up log prints `reason`. */
export interface PlatformChoice {
  readonly platforms: readonly PlatformFactory[];
  readonly reason: string;
}

/**
 * Every registered platform whose token variable is set and non-blank; when none is,
 * the fallback alone (the console class group), so a fresh clone runs with no set-up.
 * A name registered twice is a programming error and fails at once.
 */
export function choosePlatforms(
  env: Readonly<Record<string, string | undefined>>,
  registry: readonly PlatformFactory[],
  fallback: PlatformFactory,
): PlatformChoice {
  const names = new Set<string>();
  for (const p of [...registry, fallback]) {
    if (names.has(p.platform)) throw new Error(`platform "${p.platform}" is registered twice`);
    names.add(p.platform);
  }
  const enabled = registry.filter((p) => (env[p.enabledBy] ?? '').trim() !== '');
  if (enabled.length > 0) {
    return {
      platforms: enabled,
      reason: `enabled by ${enabled.map((p) => p.enabledBy).join(', ')}`,
    };
  }
  const vars = registry.map((p) => p.enabledBy).join(', ');
  return {
    platforms: [fallback],
    reason: vars
      ? `no platform token set (${vars}): running ${fallback.platform}`
      : `running ${fallback.platform}`,
  };
}
