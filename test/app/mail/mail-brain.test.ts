import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Brain } from '../../../src/app/brain.js';
import type { BrainDeps } from '../../../src/app/brain-deps.js';
import { loadAppConfig } from '../../../src/app/config/load-config.js';
import { createMemoryLogger } from '../../../src/app/log.js';
import { createMailWiring, type MailWiring } from '../../../src/app/mail/mail-wiring.js';
import { DEFAULT_CONFIG_DIR } from '../../../src/app/paths.js';
import { loadTemplates } from '../../../src/app/templates/load-templates.js';
import { createRenderer } from '../../../src/app/templates/renderer.js';
import type { ChatEvent, CommandName } from '../../../src/core/chat/chat-event.js';
import { maskPersonalData } from '../../../src/core/mask.js';
import { createMemoryStore } from '../../../src/store/memory/memory-store.js';
import { createPseudonymiser } from '../../../src/store/pseudonym.js';
import type { Store } from '../../../src/store/store.js';
import { RecordingAdapter } from '../support/recording-adapter.js';
import { ScriptedEngine } from '../support/scripted-engine.js';
import { TestSmtpServer } from './smtp-test-server.js';

const server = new TestSmtpServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

const T0 = new Date('2026-03-30T08:00:00Z');
const TEACHER = { id: 'u-juf', name: 'Juf Marieke' };
const PARENT = { id: 'u-pieter', name: 'Pieter' };

interface Harness {
  store: Store;
  adapter: RecordingAdapter;
  mail: MailWiring;
  command(
    from: { id: string; name: string },
    name: CommandName,
    args: string[],
    handle?: string,
  ): Promise<string[]>;
  post(from: { id: string; name: string }, text: string, messageId: string): Promise<void>;
}

let seq = 0;
const wirings: MailWiring[] = [];
afterEach(async () => {
  for (const w of wirings.splice(0)) await w.service.stop();
  server.received.length = 0;
});

/** The real brain with B1 e-mail wired as `npm start` wires it, mailing to the test server. */
function harness(): Harness {
  const store = createMemoryStore();
  const log = createMemoryLogger();
  const renderer = createRenderer(loadTemplates(DEFAULT_CONFIG_DIR));
  const deps: BrainDeps = {
    store,
    engine: new ScriptedEngine(),
    config: loadAppConfig(DEFAULT_CONFIG_DIR),
    renderer,
    pseudonymise: createPseudonymiser('mail-test-secret-0123456789'),
    mask: maskPersonalData,
    clock: () => T0,
    log,
  };
  const env = {
    KLASWACHT_SMTP_HOST: '127.0.0.1',
    KLASWACHT_SMTP_PORT: String(server.port),
    KLASWACHT_SMTP_SECURITY: 'none',
    KLASWACHT_MAIL_FROM: 'klaswacht <bot@regenboog.example>',
  };
  const mail = createMailWiring({ env, store, renderer, clock: () => T0, log }) as MailWiring;
  wirings.push(mail);
  const brain = new Brain(deps, { commandHandlers: mail.commandHandlers });
  const adapter = new RecordingAdapter();
  const sink = mail.watch('test', brain.sinkFor(adapter));
  store.groups.create(
    {
      platform: 'test',
      chatId: 'klas',
      className: 'Groep 7B',
      school: 'De Regenboog',
      type: 'parents',
      language: 'nl',
      teacher: { platformId: TEACHER.id, name: TEACHER.name },
      createdAt: T0,
    },
    'system',
  );
  return {
    store,
    adapter,
    mail,
    async command(from, name, args, handle) {
      seq++;
      const before = adapter.replies().length;
      const event: ChatEvent = {
        type: 'command',
        command: {
          platform: 'test',
          chatId: 'klas',
          isPrivate: false,
          from: { ...from, role: 'unknown', isBot: false },
          fromIsChatAdmin: false,
          name,
          args,
          at: T0,
          replyHandle: handle ?? `h${seq}`,
        },
      };
      await sink(event);
      return adapter
        .replies()
        .slice(before)
        .map((r) => r.text);
    },
    post: (from, text, messageId) =>
      sink({
        type: 'message',
        message: {
          ref: { platform: 'test', chatId: 'klas', messageId },
          author: { ...from, role: 'parent', isBot: false },
          text,
          sentAt: T0,
          edited: false,
          mentions: [],
        },
      }),
  };
}

describe('B1 e-mail through the brain', () => {
  it('lets the teacher register contacts and e-mails an announcement to them once', async () => {
    const h = harness();
    expect(
      await h.command(TEACHER, 'contacts', ['toevoegen', 'Opa', 'Jansen', 'opa.jansen@example.org']),
    ).toEqual(['Opa Jansen <opa.jansen@example.org> krijgt voortaan de mededelingen per e-mail.']);
    await h.command(TEACHER, 'contacts', ['add', 'Mama', 'Bakker', '<Mama.Bakker@Example.org>']);
    expect(await h.command(TEACHER, 'contacts', [])).toEqual([
      'E-mailcontacten buiten de groep (B1):\n2. Mama Bakker <mama.bakker@example.org>\n1. Opa Jansen <opa.jansen@example.org>',
    ]);
    expect(h.adapter.replies().every((r) => r.private)).toBe(true);
    expect(
      await h.command(TEACHER, 'announce', ['Vrijdag', 'is', 'er', 'een', 'studiedag.'], 'same'),
    ).toEqual(['Het bericht gaat per e-mail naar 2 contact(en) buiten de groep (B1).']);
    await h.mail.service.flush();
    expect(server.received.map((m) => m.to[0]).sort()).toEqual([
      'mama.bakker@example.org',
      'opa.jansen@example.org',
    ]);
    const opa = server.received.find((m) => m.to[0] === 'opa.jansen@example.org');
    expect(opa?.subject).toBe('Groep 7B: bericht van Juf Marieke');
    expect(opa?.text).toContain('Beste Opa Jansen,');
    expect(opa?.text).toContain('Vrijdag is er een studiedag.');
    expect(opa?.text).toContain('De Regenboog');
    // The same invocation delivered twice (a platform retry) is mailed once.
    expect(
      await h.command(TEACHER, 'announce', ['Vrijdag', 'is', 'er', 'een', 'studiedag.'], 'same'),
    ).toEqual(['Dit bericht is al eerder per e-mail verstuurd; het gaat niet nog een keer.']);
    await h.mail.service.flush();
    expect(server.received).toHaveLength(2);
  });

  it('e-mails a teacher’s group message marked 📢, once, and ignores a parent’s', async () => {
    const h = harness();
    await h.command(TEACHER, 'contacts', ['toevoegen', 'Opa', 'Jansen', 'opa.jansen@example.org']);
    await h.post(TEACHER, '📢 Morgen gym in de grote zaal, gymschoenen mee!', 'm1');
    await h.post(TEACHER, '📢 Morgen gym in de grote zaal, gymschoenen mee!', 'm1'); // redelivered
    await h.post(PARENT, '📢 Wie heeft mijn paraplu?', 'm2');
    await h.post(TEACHER, 'Gewoon een bericht', 'm3');
    await h.mail.service.flush();
    expect(
      server.received.map((m) => m.text.includes('Morgen gym in de grote zaal, gymschoenen mee!')),
    ).toEqual([true]);
  });

  it('refuses contacts to a parent, removes a contact and the mail waiting for them', async () => {
    const h = harness();
    expect(await h.command(PARENT, 'contacts', [])).toEqual([
      'Sorry, /contacts is alleen voor de leerkracht, de leidinggevende en de beheerders van de groep. Met /rules zie je de afspraken van de groep.',
    ]);
    await h.command(TEACHER, 'contacts', ['toevoegen', 'Opa', 'Jansen', 'opa.jansen@example.org']);
    h.mail.service.announce({
      group: h.store.groups.findByChat('test', 'klas') as never,
      teacherName: 'Juf Marieke',
      text: 'Nog niet verstuurd',
      source: 'x',
      at: T0,
    });
    expect(await h.command(TEACHER, 'contacts', ['verwijderen', '1'])).toEqual([
      'Opa Jansen krijgt geen mededelingen meer per e-mail.',
    ]);
    expect(h.store.mail.list()).toEqual([]);
    expect(await h.command(TEACHER, 'contacts', ['verwijderen', '9'])).toEqual([
      'Ik vind geen e-mailcontact 9. Met /contacts ziet u de lijst met nummers.',
    ]);
    expect(await h.command(TEACHER, 'announce', [])).toEqual([
      expect.stringContaining('Zet het bericht achter het commando'),
    ]);
  });
});
