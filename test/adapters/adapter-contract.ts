import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../src/core/chat/chat-event.js';
import type { AdapterHarness, HarnessFactory } from './adapter-harness.js';

/** Collects what an adapter reports, and lets a test wait for it. */
class Sink {
  readonly events: ChatEvent[] = [];
  private waiters: Array<() => void> = [];
  delayMs = 0;
  active = 0;
  maxActive = 0;

  readonly handle = async (e: ChatEvent): Promise<void> => {
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    this.events.push(e);
    this.active--;
    for (const w of this.waiters.splice(0)) w();
  };

  async waitFor(pred: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!pred()) {
      if (Date.now() > deadline)
        throw new Error(`adapter never delivered ${what}; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  messages() {
    return this.events.flatMap((e) => (e.type === 'message' ? [e.message] : []));
  }

  commands() {
    return this.events.flatMap((e) => (e.type === 'command' ? [e.command] : []));
  }
}

/**
 * The behaviour every ChatAdapter owes the brain, run against each platform's real SDK
 * and fake server (ARCHITECTURE: contract suites for every ChatAdapter).
 */
export function adapterContract(name: string, makeHarness: HarnessFactory): void {
  describe(`ChatAdapter contract: ${name}`, () => {
    let h: AdapterHarness;
    let sink: Sink;

    beforeEach(async () => {
      h = await makeHarness();
      sink = new Sink();
      await h.adapter.start(sink.handle);
    });

    afterEach(async () => {
      await h.adapter.stop();
      await h.close();
    });

    it('delivers a group text message with chat, message id, author and time', async () => {
      const id = await h.postText(h.parent, 'Morgen gym, vergeet de tas niet!');
      await sink.waitFor(() => sink.messages().length === 1, 'the message');
      const m = sink.messages()[0];
      expect(m).toMatchObject({
        ref: { platform: h.platform, chatId: h.groupChatId, messageId: id },
        author: { id: h.parent.id, name: h.parent.name, isBot: false },
        text: 'Morgen gym, vergeet de tas niet!',
        edited: false,
      });
      expect(m?.sentAt).toBeInstanceOf(Date);
    });

    it('delivers the messages of one chat in order, each awaited before the next', async () => {
      sink.delayMs = 30;
      for (const t of ['een', 'twee', 'drie']) await h.postText(h.parent, t);
      await sink.waitFor(() => sink.messages().length === 3, 'three messages');
      expect(sink.messages().map((m) => m.text)).toEqual(['een', 'twee', 'drie']);
      expect(sink.maxActive).toBe(1);
    });

    it('delivers replies with what they reply to', async (ctx) => {
      if (!h.supports.replies) ctx.skip();
      const first = await h.postText(h.teacher, 'Wie rijdt er woensdag?');
      await h.postText(h.parent, 'Ik!', { replyTo: first });
      await sink.waitFor(() => sink.messages().length === 2, 'the reply');
      expect(sink.messages()[1]?.replyTo).toMatchObject({ chatId: h.groupChatId, messageId: first });
    });

    it('marks edited messages, with the same message id', async (ctx) => {
      if (!h.supports.edits) ctx.skip();
      const id = await h.postText(h.parent, 'hoi');
      await h.editText(h.parent, id, 'hoi allemaal');
      await sink.waitFor(() => sink.messages().length === 2, 'the edit');
      expect(sink.messages()[1]).toMatchObject({
        ref: { messageId: id },
        text: 'hoi allemaal',
        edited: true,
      });
    });

    it('delivers photos as media, with the caption as text', async (ctx) => {
      if (!h.supports.media) ctx.skip();
      await h.postPhoto(h.parent, 'klassenfoto');
      await sink.waitFor(() => sink.messages().length === 1, 'the photo');
      expect(sink.messages()[0]).toMatchObject({ text: 'klassenfoto', media: { kind: 'photo', count: 1 } });
    });

    it('delivers commands with their arguments and the invoker admin rights', async () => {
      await h.invokeCommand(h.teacher, 'lessons', ['ma', '08:30-12:00'], 'group');
      await h.invokeCommand(h.parent, 'rules', [], 'group');
      await sink.waitFor(() => sink.commands().length === 2, 'two commands');
      const [teacher, parent] = sink.commands();
      expect(teacher).toMatchObject({
        name: 'lessons',
        args: ['ma', '08:30-12:00'],
        chatId: h.groupChatId,
        isPrivate: false,
        fromIsChatAdmin: true,
        from: { id: h.teacher.id },
      });
      expect(parent).toMatchObject({ name: 'rules', fromIsChatAdmin: false, from: { id: h.parent.id } });
      expect(typeof teacher?.replyHandle).toBe('string');
    });

    it('sends group messages and private messages', async () => {
      const group = await h.adapter.perform({
        kind: 'send_group',
        chatId: h.groupChatId,
        text: 'Vriendelijke groet',
      });
      const dm = await h.adapter.perform({
        kind: 'send_private',
        userId: h.teacher.id,
        text: 'Melding voor juf',
      });
      await h.settle();
      expect(group.ok).toBe(true);
      expect(dm.ok).toBe(true);
      expect(h.groupTexts()).toContain('Vriendelijke groet');
      expect(h.privateTexts(h.teacher).some((t) => t.includes('Melding voor juf'))).toBe(true);
      expect(h.groupTexts().some((t) => t.includes('Melding voor juf'))).toBe(false);
    });

    it('answers a command invocation, privately when asked', async () => {
      await h.invokeCommand(h.parent, 'rules', [], 'group');
      await sink.waitFor(() => sink.commands().length === 1, 'the command');
      const cmd = sink.commands()[0];
      if (!cmd) throw new Error('no command');
      const res = await h.adapter.perform({
        kind: 'reply',
        replyHandle: cmd.replyHandle,
        chatId: cmd.chatId,
        text: 'De regels van deze groep',
        private: true,
      });
      await h.settle();
      expect(res.ok).toBe(true);
      expect(h.privateTexts(h.parent).some((t) => t.includes('De regels van deze groep'))).toBe(true);
      expect(h.groupTexts().some((t) => t.includes('De regels van deze groep'))).toBe(false);
    });

    it('deletes a message, and reports a refused delete as a value', async () => {
      const id = await h.postText(h.parent, 'mijn nummer is 06-12345678');
      await sink.waitFor(() => sink.messages().length === 1, 'the message');
      expect(await h.adapter.perform({ kind: 'delete', chatId: h.groupChatId, messageId: id })).toEqual({
        ok: true,
      });
      expect(h.deletedIds()).toContain(id);

      const id2 = await h.postText(h.parent, 'nog een nummer 06-87654321');
      h.refuseNextDelete();
      const refused = await h.adapter.perform({ kind: 'delete', chatId: h.groupChatId, messageId: id2 });
      expect(refused).toMatchObject({ ok: false, reason: 'forbidden' });
      expect(h.deletedIds()).not.toContain(id2);
    });

    it('reports its capabilities in the group', async () => {
      const caps = await h.adapter.capabilities(h.groupChatId);
      expect(caps.canDelete).toBe(true);
      expect(caps.canSendPrivate).toBe(true);
      expect(typeof caps.canReadAllMessages).toBe('boolean');
    });

    it('stops delivering after stop(), and stop() may be called twice', async () => {
      await h.adapter.stop();
      await h.adapter.stop();
      await h.postText(h.parent, 'na het stoppen').catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100));
      expect(sink.messages()).toEqual([]);
    });
  });
}
