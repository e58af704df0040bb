/** One e-mail to the group's contacts who cannot be in the group app (B1). */
export interface MailMessage {
  readonly to: readonly { readonly name: string; readonly email: string }[];
  readonly subject: string;
  readonly text: string;
}

export type MailResult =
  | { readonly ok: true; readonly accepted: number }
  | {
      readonly ok: false;
      readonly reason: 'not_configured' | 'rejected' | 'failed';
      readonly detail?: string;
    };

/**
 * The seam for B1 e-mail. The brain only knows this interface: the `announce` and
 * `contacts` commands answer that e-mail is not configured while no sender is wired
 * in (BrainDeps.mail), and a later issue plugs in an SMTP sender (nodemailer) and the
 * two command handlers (commands/command-router.ts takes handler overrides) without
 * touching the pipeline.
 */
export interface MailSender {
  send(message: MailMessage): Promise<MailResult>;
}
