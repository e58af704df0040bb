import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MailDelivery } from '../../../src/app/mail/mail-delivery.js';
import { createSmtpSender, type MailSender } from '../../../src/app/mail/smtp-sender.js';
import type { Group } from '../../../src/store/groups.js';
import { openSqliteStore } from '../../../src/store/sqlite/open.js';
import type { Store } from '../../../src/store/store.js';
import { TestSmtpServer } from './smtp-test-server.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const dir = mkdtempSync(join(tmpdir(), 'klaswacht-mail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let server: TestSmtpServer;
let file: string;
let n = 0;
let now: Date;
const senders: MailSender[] = [];
const stores: Store[] = [];

beforeEach(async () => {
  server = new TestSmtpServer();
  await server.start();
  n += 1;
  file = join(dir, `mail-${n}.sqlite`);
  now = new Date('2026-03-30T08:00:00Z');
});
afterEach(async () => {
  for (const s of senders.splice(0)) s.close();
  for (const s of stores.splice(0)) s.close();
  await server.stop();
});

/** A bot process: its own store connection and SMTP sender, as after a restart. */
function boot(port = server.port): { store: Store; delivery: MailDelivery } {
  const store = openSqliteStore({ path: file });
  stores.push(store);
  const sender = createSmtpSender({
    host: '127.0.0.1',
    port,
    security: 'none',
    from: 'klaswacht <bot@school.example>',
  });
  senders.push(sender);
  const delivery = new MailDelivery({ store, sender, now: () => now, messageIdDomain: 'school.example' });
  return { store, delivery };
}

function setUp(store: Store): { group: Group; ids: number[] } {
  const group = store.groups.create(
    {
      platform: 'telegram',
      chatId: '-1',
      className: 'Groep 6',
      school: 'De Regenboog',
      type: 'parents',
      language: 'nl',
      createdAt: now,
    },
    'test',
  );
  const ids = ['opa.jansen@example.org', 'mama.bakker@example.org'].map((email, i) => {
    const contact = store.contacts.add({
      groupId: group.id,
      name: `Contact ${i}`,
      email,
      addedBy: 't',
      addedAt: now,
    }).contact;
    return store.mail.enqueue({
      groupId: group.id,
      contactId: contact.id,
      key: `announce:${group.id}:telegram:-1:42:${contact.id}`,
      to: email,
      toName: contact.name,
      subject: 'Geen school vrijdag',
      text: 'Vrijdag is er een studiedag.',
      createdAt: now,
    }).entry.id;
  });
  return { group, ids };
}

describe('MailDelivery through a real SMTP server', () => {
  it('delivers each queued mail once, also across a restart', async () => {
    const first = boot();
    setUp(first.store);
    expect(await first.delivery.deliverDue()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(server.received.map((m) => m.to[0]).sort()).toEqual([
      'mama.bakker@example.org',
      'opa.jansen@example.org',
    ]);
    first.store.close();
    const second = boot();
    second.delivery.recover();
    expect(await second.delivery.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(server.received).toHaveLength(2);
    expect(second.store.mail.list({ status: 'sent' })).toHaveLength(2);
    expect(second.store.mail.list().every((m) => m.text === '' && m.subject === '')).toBe(true);
  });

  it('keeps mails while the server is down, backs off, and delivers once when it is back', async () => {
    const port = server.port;
    await server.stop();
    const { store, delivery } = boot(port);
    const { ids } = setUp(store);
    expect(await delivery.deliverDue()).toEqual({ sent: 0, retrying: 2, failed: 0 });
    expect(
      store.mail.list().map((m) => [m.status, m.attempts, m.nextAttemptAt.getTime() - now.getTime()]),
    ).toEqual([
      ['pending', 1, MINUTE],
      ['pending', 1, MINUTE],
    ]);
    now = new Date(now.getTime() + MINUTE);
    await delivery.deliverDue();
    expect(store.mail.list().map((m) => m.nextAttemptAt.getTime() - now.getTime())).toEqual([
      2 * MINUTE,
      2 * MINUTE,
    ]);
    now = new Date(now.getTime() + MINUTE);
    expect(await delivery.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 }); // not due yet
    await server.start(port);
    now = new Date(now.getTime() + MINUTE);
    expect(await delivery.deliverDue()).toEqual({ sent: 2, retrying: 0, failed: 0 });
    expect(await delivery.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(server.received).toHaveLength(2);
    expect(ids.map((id) => store.mail.list().find((m) => m.id === id)?.attempts)).toEqual([3, 3]);
  });

  it('sends a mail a crash left half-sent again, with the same Message-ID', async () => {
    const first = boot();
    const { ids } = setUp(first.store);
    // The crash: deliverDue claims the first mail at once; the process dies before it can record the result.
    const dying = first.delivery.deliverDue().catch(() => 'died');
    first.store.close();
    expect(await dying).toBe('died');
    await server.stop();
    server = new TestSmtpServer();
    await server.start();
    const second = boot();
    const stuck = second.store.mail.list().filter((m) => m.status === 'sending');
    expect(stuck.map((m) => m.id)).toEqual([ids[0]]);
    expect(second.delivery.recover()).toBe(1);
    expect((await second.delivery.deliverDue()).sent).toBe(2);
    expect(server.received.map((m) => m.headers['message-id'])).toContain(
      `<klaswacht.${ids[0]}.${now.getTime()}@school.example>`,
    );
  });

  it('gives up at once on a refused address, and after three days on a server that stays away', async () => {
    const { store, delivery } = boot();
    setUp(store);
    server.rejectRecipient = 'opa.jansen@example.org';
    server.deferAll = false;
    expect(await delivery.deliverDue()).toEqual({ sent: 1, retrying: 0, failed: 1 });
    expect(store.mail.list({ status: 'failed' })).toMatchObject([
      { to: 'opa.jansen@example.org', lastError: 'rejected_550' },
    ]);
    const contact = store.contacts.add({
      groupId: 1,
      name: 'Tante',
      email: 'tante@example.org',
      addedBy: 't',
      addedAt: now,
    }).contact;
    store.mail.enqueue({
      groupId: 1,
      contactId: contact.id,
      key: 'late',
      to: 'tante@example.org',
      toName: 'Tante',
      subject: 's',
      text: 't',
      createdAt: now,
    });
    server.deferAll = true;
    now = new Date(now.getTime() + 71 * HOUR);
    expect(await delivery.deliverDue()).toEqual({ sent: 0, retrying: 1, failed: 0 });
    now = new Date(now.getTime() + 2 * HOUR);
    expect(await delivery.deliverDue()).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(
      store.mail
        .list({ status: 'failed' })
        .map((m) => m.lastError)
        .sort(),
    ).toEqual(['expired', 'rejected_550']);
  });
});
