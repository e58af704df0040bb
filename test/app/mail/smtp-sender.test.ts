import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpSender, type OutgoingMail } from '../../../src/app/mail/smtp-sender.js';
import { TestSmtpServer } from './smtp-test-server.js';

const server = new TestSmtpServer();
beforeAll(() => server.start());
afterAll(() => server.stop());

const mail = (address: string): OutgoingMail => ({
  to: { name: 'Opa Jansen', address },
  subject: 'Bericht van juf Mirjam: geen school op vrijdag',
  text: 'Beste Opa Jansen,\n\nVrijdag is er géén school (studiedag).\n\nGroeten, juf Mirjam',
  messageId: '<klaswacht.1.1700000000000@school.example>',
});

const sender = () =>
  createSmtpSender({
    host: '127.0.0.1',
    port: server.port,
    security: 'none',
    from: 'klaswacht <klaswacht@school.example>',
  });

describe('createSmtpSender against a real SMTP server on 127.0.0.1', () => {
  it('delivers a mail with sender, recipient, subject, text and our Message-ID', async () => {
    const s = sender();
    expect(await s.send(mail('opa.jansen@example.org'))).toEqual({ ok: true });
    s.close();
    const got = server.received.at(-1);
    expect(got).toMatchObject({
      from: 'klaswacht@school.example',
      to: ['opa.jansen@example.org'],
      subject: 'Bericht van juf Mirjam: geen school op vrijdag',
      text: 'Beste Opa Jansen,\n\nVrijdag is er géén school (studiedag).\n\nGroeten, juf Mirjam',
    });
    expect(got?.headers['message-id']).toBe('<klaswacht.1.1700000000000@school.example>');
  });

  it('reports a refused mailbox as permanent, and "try later" as worth retrying', async () => {
    const s = sender();
    server.rejectRecipient = 'weg@example.org';
    expect(await s.send(mail('weg@example.org'))).toEqual({
      ok: false,
      permanent: true,
      reason: 'rejected_550',
    });
    server.rejectRecipient = undefined;
    server.deferAll = true;
    expect(await s.send(mail('opa.jansen@example.org'))).toEqual({
      ok: false,
      permanent: false,
      reason: 'deferred_451',
    });
    server.deferAll = false;
    s.close();
  });

  it('reports a server that is not there as worth retrying', async () => {
    const down = new TestSmtpServer();
    await down.start();
    const port = down.port;
    await down.stop();
    const s = createSmtpSender({ host: '127.0.0.1', port, security: 'none', from: 'k <k@school.example>' });
    const result = await s.send(mail('opa.jansen@example.org'));
    expect(result).toEqual({ ok: false, permanent: false, reason: 'connection' });
    s.close();
  });
});
