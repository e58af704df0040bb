import type { ChatEvent, CommandName } from '../../core/chat/chat-event.js';
import type { Store } from '../../store/store.js';
import type { CommandHandler } from '../commands/command-context.js';
import type { Env } from '../env.js';
import type { Logger } from '../log.js';
import type { Renderer } from '../templates/renderer.js';
import { markedAnnouncement } from './announcement.js';
import { announceCommand, contactsCommand } from './mail-commands.js';
import { MailService } from './mail-service.js';
import { createSmtpSender, type MailSender } from './smtp-sender.js';
import { smtpSettingsFromEnv } from './smtp-settings.js';

export interface MailWiringOptions {
  readonly env: Env;
  readonly store: Store;
  readonly renderer: Renderer;
  readonly clock: () => Date;
  readonly log: Logger;
  /** Tests pass their own; otherwise nodemailer with the `.env` settings. */
  readonly sender?: MailSender;
}

/** B1 e-mail as `npm start` plugs it into the brain. */
export interface MailWiring {
  readonly service: MailService;
  /** `announce` and `contacts` for the brain's command router. */
  readonly commandHandlers: Partial<Record<CommandName, CommandHandler>>;
  /**
   * Wraps a platform's sink: after the brain handled a message, a teacher's group
   * message marked as an announcement (📢, #mededeling) is e-mailed too, once.
   */
  watch(platform: string, sink: (event: ChatEvent) => Promise<void>): (event: ChatEvent) => Promise<void>;
}

/**
 * Builds B1 e-mail from the environment; undefined when `KLASWACHT_SMTP_HOST` is not
 * set, and the brain's commands keep answering that e-mail is not configured.
 */
export function createMailWiring(o: MailWiringOptions): MailWiring | undefined {
  const settings = smtpSettingsFromEnv(o.env);
  if (!settings) return undefined;
  const service = new MailService({
    store: o.store,
    renderer: o.renderer,
    sender: o.sender ?? createSmtpSender(settings),
    now: o.clock,
    log: o.log,
    from: settings.from,
  });
  return {
    service,
    commandHandlers: { announce: announceCommand(service), contacts: contactsCommand },
    watch: (platform, sink) => async (event) => {
      await sink(event);
      if (event.type !== 'message' || event.message.author.isBot) return;
      const m = event.message;
      const text = markedAnnouncement(m.text);
      if (text === undefined) return;
      try {
        const group = o.store.groups.findByChat(platform, m.ref.chatId);
        if (!group?.active || group.teacher?.platformId !== m.author.id) return;
        service.announce({
          group,
          teacherName: m.author.name,
          text,
          source: `message:${platform}:${m.ref.chatId}:${m.ref.messageId}`,
          at: m.sentAt,
        });
      } catch (error) {
        o.log.error('mail.announce_failed', { platform, error: (error as Error).name });
      }
    },
  };
}
