import type { Capabilities } from '../../core/chat/chat-adapter.js';
import type { Group } from '../../store/groups.js';
import type { CommandContext } from './command-context.js';

/** The rights `status` reports, in the order a teacher needs them: reading comes first. */
const CHECKS = [
  { key: 'read_all', has: (c: Capabilities) => c.canReadAllMessages },
  { key: 'delete', has: (c: Capabilities) => c.canDelete },
  { key: 'mute', has: (c: Capabilities) => c.canMute },
  { key: 'private', has: (c: Capabilities) => c.canSendPrivate },
] as const;

/**
 * What the bot can and cannot do in the group, in plain words for its staff, with what
 * to do about it in the platform's own terms (Telegram: admin or privacy mode at
 * BotFather; Discord: the named right). A bot that only sees commands cannot moderate
 * at all, so that line says how to fix it; missing rights are named as the platform
 * names them (`missingRights`).
 */
export async function capabilityLines(ctx: CommandContext, group: Group): Promise<string[]> {
  let caps: Capabilities;
  try {
    caps = await ctx.services.capabilities(group);
  } catch (error) {
    ctx.deps.log.warn('status.capabilities_failed', {
      group: group.id,
      error: error instanceof Error ? error.name : 'unknown',
    });
    return [ctx.t('status.capabilities_unknown')];
  }
  const lines = [ctx.t('status.capabilities')];
  for (const check of CHECKS) {
    if (check.has(caps)) lines.push(ctx.t(`status.can.${check.key}`));
    else if (check.key === 'read_all')
      lines.push(ctx.t('status.cannot.read_all', { how: ctx.services.hint(group, 'read_all_messages') }));
    else lines.push(ctx.t(`status.cannot.${check.key}`));
  }
  const missing = caps.missingRights ?? [];
  if (missing.length > 0) {
    lines.push(
      ctx.t('status.missing_rights', {
        rights: missing.join(', '),
        how: ctx.services.hint(group, 'grant_rights'),
      }),
    );
  }
  return lines;
}
