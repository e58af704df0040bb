import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../../bin/klaswacht.js');

/** The environment a child bot gets: nothing from the developer's shell that could pick a platform. */
export function botEnv(db: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    KLASWACHT_DB: db,
    KLASWACHT_SECRET: 'e2e-test-secret-0123456789abcdef',
    ...extra,
  };
}

export interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `klaswacht <args>` as a child process in `cwd`, writing `input` to its standard
 * input. `killWhen` sees the output so far; when it returns true the child is killed
 * with SIGKILL (no shutdown code runs), as a power cut or an OOM kill would.
 */
export function runBot(
  args: readonly string[],
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    input?: string;
    /** Leave standard input open after `input` (a terminal session rather than a pipe). */
    keepInputOpen?: boolean;
    killWhen?: (stdout: string) => boolean;
    /** Sends this signal once, the first time `when` sees the output it waits for. */
    signal?: { readonly name: NodeJS.Signals; readonly when: (stdout: string) => boolean };
  },
): Promise<Run> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    let killed = false;
    let signalled = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (!killed && options.killWhen?.(stdout)) {
        killed = true;
        child.kill('SIGKILL');
      }
      if (!signalled && options.signal?.when(stdout)) {
        signalled = true;
        child.kill(options.signal.name);
      }
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolveRun({ code, signal, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    if (options.keepInputOpen) child.stdin.write(options.input ?? '');
    else child.stdin.end(options.input ?? '');
  });
}
