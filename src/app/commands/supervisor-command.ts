import { randomInt } from 'node:crypto';
import type { CommandHandler } from './command-context.js';
import { privately } from './command-context.js';

/** No 0/O or 1/I/L: a code read aloud or copied from paper still works. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A one-time code like `KW-7XQ4-M9RT`: 8 random characters, about 40 bits. */
export function newLinkCode(): string {
  const pick = () => ALPHABET[randomInt(ALPHABET.length)] as string;
  const part = () => Array.from({ length: 4 }, pick).join('');
  return `KW-${part()}-${part()}`;
}

/**
 * `supervisor`: the teacher gets a one-time code (privately) to give to their
 * supervisor; `supervisor CODE`, sent to the bot by the supervisor, links them to the
 * group (B3, B4). The code is stored hashed, expires, and works once; the teacher hears
 * who was linked, and alerts that waited for a supervisor are delivered.
 */
export const supervisorCommand: CommandHandler = async (ctx) => {
  const { inv, deps, services } = ctx;
  const code = inv.args.join('').trim();
  if (code === '') return createCode(ctx);
  const result = deps.store.linkCodes.consume(code.toUpperCase(), ctx.actor, ctx.now);
  if (!result.ok) return [privately(ctx.t(`supervisor.refused.${result.reason}`))];
  const group = deps.store.groups.update(
    result.groupId,
    { supervisor: { platformId: inv.from.id, name: inv.from.name.slice(0, 100) } },
    ctx.actor,
    ctx.now,
  );
  if (!group) return [privately(ctx.t('supervisor.refused.unknown'))];
  const t = (key: string, params: Record<string, string>) => deps.renderer.t(group.language, key, params);
  if (group.teacher) {
    await services.notify(
      group,
      group.teacher.platformId,
      t('supervisor.linked_teacher', { supervisor: inv.from.name, group: group.className }),
    );
  }
  await services.delivery.flushGroup(group.id, { all: true, recipient: 'supervisor' });
  return [privately(t('supervisor.linked', { group: group.className }))];
};

const createCode: CommandHandler = (ctx) => {
  const group = ctx.group;
  if (!group || !ctx.staff) return [privately(ctx.t('command.refused', { command: ctx.inv.name }))];
  const minutes = ctx.deps.config.commands.supervisorCodeMinutes;
  const code = newLinkCode();
  ctx.deps.store.linkCodes.create({
    groupId: group.id,
    code,
    purpose: 'supervisor',
    createdBy: ctx.actor,
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + minutes * 60_000),
  });
  return [privately(ctx.t('supervisor.code', { code, minutes, group: group.className }))];
};
