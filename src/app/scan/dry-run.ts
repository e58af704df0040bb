import type { Finding } from '../../core/finding.js';
import type { IncomingMessage } from '../../core/message.js';
import {
  type Decision,
  decide,
  type PolicyCapabilities,
  type PolicyGroup,
  type PolicyHistory,
  type PolicySettings,
} from '../../core/policy/index.js';

/**
 * What the bot would have rights to in a WhatsApp group where it is admin: delete and
 * write privately, but not mute (WhatsApp has no per-member mute).
 */
export const DRY_RUN_CAPABILITIES: PolicyCapabilities = {
  canDelete: true,
  canMute: false,
  canSendPrivate: true,
};

/** The group a dry run assumes: set up, teacher and supervisor linked, no lesson hours. */
export function dryRunGroup(type: PolicyGroup['type'], timeZone: string): PolicyGroup {
  return { type, timeZone, lessonHours: [], hasTeacher: true, hasSupervisor: true };
}

/**
 * One message through the live bot's policy without doing anything: the same `decide`,
 * judged at the message's own time, with whatever history the caller kept. The
 * scanner (`klaswacht scan`) and `klaswacht explain` both ask it, so what they say the
 * bot would do is what the bot does.
 */
export function dryRunDecision(o: {
  readonly settings: PolicySettings;
  readonly group: PolicyGroup;
  readonly message: IncomingMessage;
  readonly findings: readonly Finding[];
  readonly history: PolicyHistory;
}): Decision {
  const m = o.message;
  return decide({
    now: m.sentAt,
    settings: o.settings,
    group: o.group,
    message: {
      ref: m.ref,
      authorRole: m.author.role,
      sentAt: m.sentAt,
      edited: m.edited,
      ...(m.media ? { media: m.media } : {}),
    },
    author: m.author.id,
    findings: o.findings,
    history: o.history,
    capabilities: DRY_RUN_CAPABILITIES,
  });
}
