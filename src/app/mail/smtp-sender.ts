import { createTransport } from 'nodemailer';
import type { SmtpSettings } from './smtp-settings.js';

/** One e-mail, already rendered. `messageId` is stable per outbox row: a resend is recognisable. */
export interface OutgoingMail {
  readonly to: { readonly name: string; readonly address: string };
  readonly subject: string;
  readonly text: string;
  readonly messageId: string;
}

/**
 * How an attempt went. Failures are values (house rule): `permanent` when the server
 * refused for good (an unknown mailbox, 5xx), otherwise worth another try later.
 * `reason` is a short code for the outbox, never the server's text (it may echo the address).
 */
export type SendResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly permanent: boolean; readonly reason: string };

export interface MailSender {
  send(mail: OutgoingMail): Promise<SendResult>;
  close(): void;
}

interface NodemailerError {
  readonly code?: string;
  readonly responseCode?: number;
  readonly permanent?: boolean;
}

/** Sends through the school's SMTP server with nodemailer, one connection per attempt. */
export function createSmtpSender(settings: SmtpSettings): MailSender {
  const transport = createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: settings.from,
          to: { name: mail.to.name, address: mail.to.address },
          subject: mail.subject,
          text: mail.text,
          messageId: mail.messageId,
        });
        if (info.rejected.length > 0) return { ok: false, permanent: true, reason: 'rejected' };
        return { ok: true };
      } catch (e) {
        return classify(e as NodemailerError);
      }
    },
    close: () => transport.close(),
  };
}

/** nodemailer's error codes as the outbox's reason codes. */
const CODES: Readonly<Record<string, string>> = {
  ESOCKET: 'connection',
  ECONNECTION: 'connection',
  ETIMEDOUT: 'timeout',
  EDNS: 'dns',
  ETLS: 'tls',
  EPROTOCOL: 'protocol',
  EENVELOPE: 'envelope',
  EMESSAGE: 'message',
};

/**
 * A refused recipient or message (5xx) is permanent; everything else (no connection, a
 * timeout, 4xx "try later", and a failed login, which an operator can fix) is retried.
 */
export function classify(e: NodemailerError): SendResult {
  const code = e.responseCode;
  if (e.code === 'EAUTH') return { ok: false, permanent: false, reason: 'auth' };
  if (code !== undefined && code >= 500) return { ok: false, permanent: true, reason: `rejected_${code}` };
  if (code !== undefined) return { ok: false, permanent: false, reason: `deferred_${code}` };
  const reason = CODES[e.code ?? ''] ?? 'failed';
  return { ok: false, permanent: false, reason };
}
