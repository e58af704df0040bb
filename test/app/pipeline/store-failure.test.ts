import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/store/memory/memory-store.js';
import type { Store } from '../../../src/store/store.js';
import { StoreError } from '../../../src/store/store-error.js';
import { brainFixture, TEACHER } from '../support/brain-fixture.js';
import { failingStore } from '../support/failing-store.js';

describe('when the store fails (a full disk)', () => {
  it('the teacher still gets the alert, and the incident is recorded once the disk has room', async () => {
    const store = failingStore(createMemoryStore());
    const f = brainFixture({ store });
    store.failing = 'full';
    await f.post('Bram', 'mijn nummer is 06-12345678', { id: '5' });

    // Acted on anyway: deleted, the poster told, the teacher alerted directly.
    expect(f.adapter.deleted()).toEqual(['5']);
    const alerts = f.adapter.privateTo(TEACHER.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain('Melding #?');
    expect(alerts[0]).toContain('kon nog niet worden opgeslagen');
    expect(alerts[0]).toContain('[telefoonnummer]');
    expect(f.store.incidents.list()).toEqual([]);
    expect(f.brain.pending.size).toBe(1);
    expect(f.log.lines.join('\n')).toMatch(/incident\.store_failed .*code=full/);

    // Still full at the next message: still pending, that message pending too.
    await f.post('Cem', 'loser', { id: '6' });
    expect(f.brain.pending.size).toBe(2);

    // Room again: the next message first records what waited, without alerting twice.
    store.failing = undefined;
    await f.post('Anna', 'hallo', { id: '7' });
    expect(f.brain.pending.size).toBe(0);
    expect(
      f.store.incidents
        .list()
        .map((i) => [i.ref.messageId, i.category])
        .sort(),
    ).toEqual([
      ['5', 'personal_data'],
      ['6', 'bullying'],
    ]);
    expect(f.adapter.privateTo(TEACHER.id)).toHaveLength(2);
    expect(f.store.outbox.list()).toEqual([]);
  });

  it('records what waited at shutdown (drain), when the disk has room by then', async () => {
    const store = failingStore(createMemoryStore());
    const f = brainFixture({ store });
    store.failing = 'busy';
    await f.post('Bram', 'loser', { id: '1' });
    store.failing = undefined;
    await f.brain.drain();
    expect(f.store.incidents.list()).toHaveLength(1);
  });

  it('a redelivery of a message recorded late makes no second incident', async () => {
    const store = failingStore(createMemoryStore());
    const f = brainFixture({ store });
    store.failing = 'full';
    await f.post('Bram', 'loser', { id: '1' });
    store.failing = undefined;
    await f.post('Bram', 'loser', { id: '1' });
    expect(f.store.incidents.list()).toHaveLength(1);
    expect(f.adapter.privateTo(TEACHER.id)).toHaveLength(1);
  });

  it('a role the store cannot read counts as unknown for that message, which is judged anyway', async () => {
    const inner = createMemoryStore();
    const store = Object.create(inner) as Store;
    const members = Object.create(inner.members) as Store['members'];
    members.get = () => {
      throw new StoreError('busy', 'members.get', 'database is locked');
    };
    Object.assign(store, { members });
    const f = brainFixture({ store });
    await f.post('Tom', 'De school doet er alles aan, loser', { role: 'unknown' });
    expect(f.store.incidents.list()).toHaveLength(1);
    expect(f.log.lines.join('\n')).toMatch(/member\.role_read_failed group=\d+ code=busy/);
  });
});
