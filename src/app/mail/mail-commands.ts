import type { CommandContext, CommandHandler, CommandReply } from '../commands/command-context.js';
import { privately } from '../commands/command-context.js';
import type { MailService } from './mail-service.js';

const ADD = new Set(['toevoegen', 'add', '+']);
const REMOVE = new Set(['verwijderen', 'verwijder', 'remove', '-']);
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/**
 * `announce <text>`: the teacher's announcement goes by e-mail to every contact of the
 * group who is not in the group app (B1). Queued at once; the outbox delivers.
 */
export function announceCommand(mail: MailService): CommandHandler {
  return (ctx) => {
    const group = ctx.group;
    if (!group) return [privately(ctx.t('command.no_group'))];
    const text = ctx.inv.args.join(' ').trim();
    if (text === '') return [privately(ctx.t('mail.announce_empty'))];
    const result = mail.announce({
      group,
      teacherName: ctx.inv.from.name,
      text,
      source: `command:${ctx.inv.platform}:${ctx.inv.chatId}:${ctx.inv.replyHandle}`,
      at: ctx.now,
    });
    if (result.contacts === 0) return [privately(ctx.t('mail.announce_no_contacts'))];
    if (result.queued === 0) return [privately(ctx.t('mail.announce_again'))];
    return [privately(ctx.t('mail.announce_queued', { count: result.queued }))];
  };
}

/**
 * `contacts`: the register of members who cannot be in the group app and get the
 * announcements by e-mail (B1). Answered privately: names and addresses are personal
 * data. Adding and removing are audited by the store.
 *
 *     contacts                                  the list, numbered
 *     contacts toevoegen Opa Jansen opa@x.nl    add
 *     contacts verwijderen 3                    remove (by number or address)
 */
export const contactsCommand: CommandHandler = (ctx) => {
  const group = ctx.group;
  if (!group) return [privately(ctx.t('command.no_group'))];
  const [first = '', ...rest] = ctx.inv.args;
  const store = ctx.deps.store;
  if (ctx.inv.args.length === 0) {
    const list = store.contacts.list(group.id);
    if (list.length === 0) return [privately(ctx.t('mail.contacts_none'))];
    const entries = list.map((c) => ctx.t('mail.contacts_entry', { id: c.id, name: c.name, email: c.email }));
    return [privately(ctx.t('mail.contacts_list', { entries: entries.join('\n') }))];
  }
  if (ADD.has(first.toLowerCase())) return add(ctx, group.id, rest);
  if (REMOVE.has(first.toLowerCase())) return remove(ctx, group.id, rest.join(' ').trim());
  return [privately(ctx.t('mail.contacts_usage'))];
};

function add(ctx: CommandContext, groupId: number, words: readonly string[]): CommandReply[] {
  const email = words.at(-1)?.replace(/^<|>$/g, '') ?? '';
  const name = words.slice(0, -1).join(' ').trim();
  if (!EMAIL.test(email) || name === '') return [privately(ctx.t('mail.contacts_usage'))];
  const { contact, created } = ctx.deps.store.contacts.add({
    groupId,
    name,
    email,
    addedBy: ctx.actor,
    addedAt: ctx.now,
  });
  const key = created ? 'mail.contact_added' : 'mail.contact_exists';
  return [privately(ctx.t(key, { name: contact.name, email: contact.email }))];
}

function remove(ctx: CommandContext, groupId: number, entry: string): CommandReply[] {
  if (entry === '') return [privately(ctx.t('mail.contacts_usage'))];
  const wanted = entry.replace(/^<|>$/g, '').toLowerCase();
  const contact = ctx.deps.store.contacts
    .list(groupId)
    .find((c) => String(c.id) === wanted || c.email === wanted);
  if (!contact || !ctx.deps.store.contacts.remove(groupId, contact.id, ctx.actor, ctx.now)) {
    return [privately(ctx.t('mail.contact_not_found', { entry }))];
  }
  return [privately(ctx.t('mail.contact_removed', { name: contact.name }))];
}
