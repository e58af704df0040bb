import { CONSENT_MEDIA_KINDS, type ConsentMediaKind } from '../../store/consent.js';
import type { CommandContext, CommandHandler, CommandReply } from './command-context.js';
import { formatDay, privately } from './command-context.js';
import { resolveMember } from './resolve-member.js';

const KINDS: Readonly<Record<string, readonly ConsentMediaKind[]>> = {
  foto: ['photo'],
  "foto's": ['photo'],
  photo: ['photo'],
  photos: ['photo'],
  video: ['video'],
  "video's": ['video'],
  videos: ['video'],
  audio: ['audio'],
  geluid: ['audio'],
  alles: CONSENT_MEDIA_KINDS,
  all: CONSENT_MEDIA_KINDS,
};
const REVOKE = new Set(['intrekken', 'revoke', 'trek']);
const BY = new Set(['door', 'by']);
const UNTIL = new Set(['tot', 'until']);

/**
 * `consent`: the group's register of written, provable consent for photos, film and
 * sound (A5), which decides `media_without_consent`.
 *
 *     consent                                          the register
 *     consent Anna foto,video door moeder tot 2026-07-01   register (who gave it, until when)
 *     consent intrekken Anna video                     withdraw
 *
 * Every change is audited by the store, without names.
 */
export const consentCommand: CommandHandler = (ctx) => {
  const group = ctx.group;
  if (!group) return [];
  const args = [...ctx.inv.args];
  if (args.length === 0) return [list(ctx, group.id)];
  const revoke = REVOKE.has((args[0] ?? '').toLowerCase());
  if (revoke) args.shift();
  const k = args.findIndex((a) => kindsOf(a) !== undefined);
  if (k <= 0) return [privately(ctx.t('command.usage', { usage: USAGE }))];
  const found = resolveMember(ctx, group.id, args.slice(0, k).join(' '));
  if ('reply' in found) return [found.reply];
  const { member } = found;
  const kinds = kindsOf(args[k] as string) as readonly ConsentMediaKind[];
  const labels = kinds.map((x) => ctx.t(`media.${x}`)).join(', ');
  if (revoke) {
    const any = kinds
      .map((kind) => ctx.deps.store.consent.revoke(group.id, member.pseudonym, kind, ctx.actor, ctx.now))
      .some(Boolean);
    const key = any ? 'consent.revoked' : 'consent.not_revoked';
    return [privately(ctx.t(key, { name: member.displayName, kinds: labels }))];
  }
  const rest = args.slice(k + 1);
  const byAt = rest.findIndex((a) => BY.has(a.toLowerCase()));
  const untilAt = rest.findIndex((a) => UNTIL.has(a.toLowerCase()));
  const givenBy =
    byAt === -1 ? member.displayName : rest.slice(byAt + 1, untilAt > byAt ? untilAt : undefined).join(' ');
  const untilText = untilAt === -1 ? undefined : rest[untilAt + 1];
  const until = untilText === undefined ? undefined : new Date(`${untilText}T00:00:00Z`);
  if (until !== undefined && (Number.isNaN(until.getTime()) || until <= ctx.now)) {
    return [privately(ctx.t('command.usage', { usage: USAGE }))];
  }
  ctx.deps.store.transaction(() => {
    for (const kind of kinds) {
      ctx.deps.store.consent.grant(
        {
          groupId: group.id,
          member: member.pseudonym,
          kind,
          givenBy: givenBy || member.displayName,
          givenAt: ctx.now,
          ...(until ? { until } : {}),
        },
        ctx.actor,
        ctx.now,
      );
    }
  });
  return [privately(ctx.t('consent.granted', { name: member.displayName, kinds: labels }))];
};

const USAGE =
  '/consent naam foto|video|audio|alles [door ...] [tot JJJJ-MM-DD]  |  /consent intrekken naam soort';

function kindsOf(word: string): readonly ConsentMediaKind[] | undefined {
  const parts = word.toLowerCase().split(',').filter(Boolean);
  if (parts.length === 0) return undefined;
  const kinds = new Set<ConsentMediaKind>();
  for (const p of parts) {
    const k = KINDS[p];
    if (!k) return undefined;
    for (const x of k) kinds.add(x);
  }
  return [...kinds];
}

function list(ctx: CommandContext, groupId: number): CommandReply {
  const entries = ctx.deps.store.consent.list(groupId);
  if (entries.length === 0) return privately(ctx.t('consent.none'));
  const tz = ctx.group?.timeZone ?? 'Europe/Amsterdam';
  const lines = entries.map((e) =>
    ctx.t('consent.entry', {
      name: ctx.deps.store.members.get(groupId, e.member)?.displayName ?? `${e.member.slice(0, 8)}…`,
      kind: ctx.t(`media.${e.kind}`),
      given_by: e.givenBy,
      given_at: formatDay(e.givenAt, tz),
      until: e.until ? ctx.t('consent.until', { until: formatDay(e.until, tz) }) : '',
    }),
  );
  return privately(ctx.t('consent.list', { entries: lines.join('\n') }));
}
