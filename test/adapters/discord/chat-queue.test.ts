import { describe, expect, it } from 'vitest';
import { ChatQueue } from '../../../adapters/discord/chat-queue.js';

/** A task that finishes when the test says so. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { open, opened };
}

describe('ChatQueue', () => {
  it('keeps one chat in order while another chat goes ahead', async () => {
    const errors: unknown[] = [];
    const queue = new ChatQueue((_chat, e) => errors.push(e));
    const log: string[] = [];
    const slow = gate();
    queue.run('groep-7', async () => {
      await slow.opened;
      log.push('7a');
    });
    queue.run('groep-7', async () => {
      log.push('7b');
    });
    const done8 = new Promise<void>((resolve) =>
      queue.run('groep-8', async () => {
        log.push('8a');
        resolve();
      }),
    );
    await done8;
    expect(log).toEqual(['8a']);
    slow.open();
    await new Promise<void>((resolve) => queue.run('groep-7', async () => resolve()));
    expect(log).toEqual(['8a', '7a', '7b']);
    expect(errors).toEqual([]);
  });

  it('reports a failing task and goes on with the next', async () => {
    const errors: Array<[string, unknown]> = [];
    const queue = new ChatQueue((chat, e) => errors.push([chat, e]));
    const boom = new Error('sink failed');
    queue.run('groep-7', async () => {
      throw boom;
    });
    await new Promise<void>((resolve) => queue.run('groep-7', async () => resolve()));
    expect(errors).toEqual([['groep-7', boom]]);
  });

  it('drops what has not started once closed', async () => {
    const queue = new ChatQueue(() => undefined);
    const slow = gate();
    const ran: string[] = [];
    queue.run('groep-7', async () => {
      await slow.opened;
      ran.push('first');
    });
    queue.run('groep-7', async () => {
      ran.push('second');
    });
    await new Promise((r) => setTimeout(r, 0)); // the first task is now running, waiting on its gate
    queue.close();
    queue.run('groep-7', async () => {
      ran.push('after close');
    });
    slow.open();
    await new Promise((r) => setTimeout(r, 20));
    expect(ran).toEqual(['first']);
  });
});
