import { CATEGORIES, SEVERITIES } from '../../core/categories.js';
import { PLATFORM_HINTS } from '../../core/chat/chat-adapter.js';
import { ROLES } from '../../core/message.js';
import { ALERT_NOTES, CATEGORY_RULES } from '../../core/policy/index.js';
import { MAIL_TEMPLATE_SPECS } from '../mail/mail-templates.js';
import { SCHEDULE_TEMPLATE_SPECS } from '../schedule/schedule-templates.js';

/** The placeholders one template must use, and the ones it may use. */
export interface TemplateSpec {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

const spec = (required: readonly string[] = [], optional: readonly string[] = []): TemplateSpec => ({
  required,
  optional,
});
const each = (prefix: string, names: readonly string[], s: TemplateSpec = spec()) =>
  Object.fromEntries(names.map((n) => [`${prefix}.${n}`, s]));

const noteTopics = CATEGORIES.filter((c) => CATEGORY_RULES[c].noteToPoster);
const deleteTopics = CATEGORIES.filter((c) => CATEGORY_RULES[c].delete);
const groupTopics = CATEGORIES.filter((c) => CATEGORY_RULES[c].remindGroup);
const ALERT_FIELDS = ['heading', 'id', 'category', 'severity', 'group', 'excerpt', 'advice'];
const CAPABILITY_KEYS = ['read_all', 'delete', 'mute', 'private'];
const DOSSIER_COLUMNS = [
  'id',
  'date',
  'author',
  'category',
  'severity',
  'status',
  'excerpt',
  'why',
  'handled_by',
];

/**
 * Every text the bot writes, by key, with its placeholders. Both `config/templates/nl.yaml`
 * and `en.yaml` must have exactly these keys; start-up refuses a missing or unknown key,
 * an unknown placeholder (a typo like `{nmae}`) or a missing required one (an alert
 * without its `{excerpt}`), naming the file and the key.
 */
export const TEMPLATE_SPECS: Readonly<Record<string, TemplateSpec>> = {
  ...each('category', CATEGORIES),
  ...each('severity', SEVERITIES),
  ...each('role', ROLES),
  ...each('group_type', ['parents', 'pupils', 'staff']),
  ...each('incident_status', ['open', 'seen', 'resolved', 'false_alarm']),
  ...each('media', ['photo', 'video', 'audio', 'document']),
  ...each('weekday', ['1', '2', '3', '4', '5', '6', '7']),

  // In the group: kind, never naming anyone (Uitgangspunten 3, A4).
  ...each('group', groupTopics),
  'group.open_private_chat': spec(['recipient', 'how']),
  'group.setup_needed': spec(),
  'group.intro': spec(),
  'welcome.text': spec(['group', 'school']),
  // How to do it on the platform, when its adapter does not say (platform-hint.ts).
  ...each('hint', PLATFORM_HINTS),

  // Privately to the poster (A3).
  ...each('member', noteTopics, spec(['group'], ['name'])),
  ...each('member_deleted', deleteTopics, spec(['group'], ['name'])),
  'support.self_harm': spec([], ['name', 'group']),
  'staff_role.reminder': spec(['group'], ['name']),

  // Alerts to the teacher and the supervisor.
  'alert.message': spec(ALERT_FIELDS, ['author', 'why', 'notes']),
  'alert.heading.teacher': spec(),
  'alert.heading.teacher_urgent': spec(),
  'alert.heading.supervisor': spec(),
  'alert.heading.supervisor_urgent': spec(),
  'alert.heading.forwarded': spec(['teacher']),
  'alert.no_excerpt': spec(),
  'alert.conversation': spec(),
  'alert.not_stored': spec(),
  ...each('advice', CATEGORIES),
  ...each(
    'note',
    ALERT_NOTES.filter((n) => n !== 'raised_by_strikes'),
  ),
  'note.raised_by_strikes': spec(['from', 'to', 'count', 'days']),
  ...each('button', ['seen', 'resolved', 'false_alarm', 'forward']),
  'ask_delete.message': spec(['id', 'group', 'reason']),
  ...each('ask_delete.reason', ['unsupported', 'forbidden', 'too_old', 'failed']),
  'why.derailing': spec(['messages', 'people', 'minutes']),
  'why.media_without_consent': spec(['media']),

  // Command replies.
  'command.refused': spec(['command']),
  'command.group_only': spec(['command']),
  'command.which_group': spec(['groups']),
  'command.no_group': spec(),
  'command.failed': spec(),
  'command.usage': spec(['usage']),
  'help.everyone': spec(),
  'help.staff': spec(),
  'rules.text': spec(['group', 'school']),
  'rules.lessons': spec(['hours']),
  'setup.done': spec(['group', 'type', 'language', 'teacher']),
  'setup.taken': spec(['teacher']),
  'supervisor.code': spec(['code', 'minutes', 'group']),
  'supervisor.linked': spec(['group']),
  'supervisor.linked_teacher': spec(['supervisor', 'group']),
  ...each('supervisor.refused', ['unknown', 'expired', 'used']),
  'member.unknown': spec(['name']),
  'member.ambiguous': spec(['name', 'candidates']),
  'member.not_seen': spec(['name']),
  'member_role.set': spec(['name', 'role'], ['group']),
  'member_role.unchanged': spec(['name', 'role'], ['group']),
  'member_role.staff_b2': spec([], ['name', 'role', 'group']),
  'consent.none': spec(),
  'consent.list': spec(['entries']),
  'consent.entry': spec(['name', 'kind', 'given_by', 'given_at'], ['until']),
  'consent.until': spec(['until']),
  'consent.granted': spec(['name', 'kinds']),
  'consent.revoked': spec(['name', 'kinds']),
  'consent.not_revoked': spec(['name']),
  'lessons.none': spec(),
  'lessons.list': spec(['hours']),
  'lessons.set': spec(['hours']),
  'lessons.cleared': spec(),
  'lessons.exception': spec(['until']),
  'lessons.bad': spec(['arg']),
  'allow.none': spec(),
  'allow.list': spec(['entries']),
  'allow.added': spec(['entry']),
  'allow.removed': spec(['entry']),
  'allow.not_found': spec(['entry']),
  'incidents.none': spec(['group']),
  'incidents.list': spec(['group', 'count', 'lines']),
  'incidents.line': spec(['id', 'date', 'category', 'severity', 'status', 'excerpt'], ['author']),
  'handle.done': spec(['id', 'status']),
  'handle.forwarded': spec(['id']),
  'handle.already_forwarded': spec(['id']),
  'handle.no_supervisor': spec(),
  'handle.not_found': spec(['id']),
  'handle.invalid': spec(['id', 'from', 'to']),
  'export.member_done': spec(['name', 'count']),
  'export.group_done': spec(['group', 'count']),
  'dossier.member_title': spec(['name', 'group', 'school']),
  'dossier.group_title': spec(['group', 'school']),
  'dossier.meta': spec(['date', 'by', 'days']),
  'dossier.profile': spec(['name', 'role', 'first_seen', 'last_seen']),
  'dossier.incidents': spec(['count']),
  'dossier.consent': spec(['count']),
  'dossier.contacts': spec(['count']),
  'dossier.reminders': spec(['count']),
  'dossier.none': spec(),
  ...each('dossier.column', DOSSIER_COLUMNS),
  'forget.confirm': spec(['name', 'incidents', 'command']),
  'forget.done': spec(['name', 'incidents', 'consent', 'reminders']),
  'status.text': spec(['group', 'school', 'type', 'language', 'teacher', 'supervisor', 'lessons', 'days']),
  'status.open': spec(['count']),
  'status.nobody': spec(),
  'status.capabilities': spec(),
  ...each('status.can', CAPABILITY_KEYS),
  ...each('status.cannot', ['delete', 'mute', 'private']),
  'status.cannot.read_all': spec(['how']),
  'status.missing_rights': spec(['rights', 'how']),
  'status.capabilities_unknown': spec(),
  'mail.not_configured': spec(['command']),
  ...MAIL_TEMPLATE_SPECS,
  ...SCHEDULE_TEMPLATE_SPECS,
};

/** Columns of the CSV and Markdown dossiers, in order. */
export const DOSSIER_COLUMN_KEYS = DOSSIER_COLUMNS;
