import type { Writable } from 'node:stream';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Values a log line may carry: ids, counts, codes and reasons, never message text or names. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * The bot's operational log. Lines are `klaswacht <level> <event> key=value ...` so an
 * operator can grep them; fields are ids, counts and reason codes only. Members are
 * parents and minors: a log line never carries message text, names or e-mail
 * addresses (DEVELOPERS.md, privacy), which is why there is no free-text parameter.
 */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

export function isLogLevel(x: unknown): x is LogLevel {
  return typeof x === 'string' && (LOG_LEVELS as readonly string[]).includes(x);
}

/** A logger writing one line per event to `out` (standard error in the bot). */
export function createLogger(out: Writable, level: LogLevel = 'info'): Logger {
  const write = (at: LogLevel, event: string, fields: LogFields = {}) => {
    if (RANK[at] < RANK[level]) return;
    const parts = [`klaswacht ${at} ${event}`];
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) parts.push(`${key}=${formatValue(value)}`);
    }
    out.write(`${parts.join(' ')}\n`);
  };
  return {
    debug: (e, f) => write('debug', e, f),
    info: (e, f) => write('info', e, f),
    warn: (e, f) => write('warn', e, f),
    error: (e, f) => write('error', e, f),
  };
}

/** Collects log lines in memory: for tests that assert what was (and was not) logged. */
export function createMemoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  const sink = { write: (chunk: string) => lines.push(chunk.trimEnd()) } as unknown as Writable;
  return Object.assign(createLogger(sink, 'debug'), { lines });
}

function formatValue(value: string | number | boolean): string {
  const s = String(value);
  return /^[\w.:/@+-]+$/.test(s) ? s : JSON.stringify(s);
}
