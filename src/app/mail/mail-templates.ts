import type { TemplateSpec } from '../templates/template-spec.js';

const spec = (required: readonly string[] = [], optional: readonly string[] = []): TemplateSpec => ({
  required,
  optional,
});

/** The texts of B1 e-mail (`mail.*` in config/templates), checked at start-up like every template. */
export const MAIL_TEMPLATE_SPECS: Readonly<Record<string, TemplateSpec>> = {
  'mail.announcement_subject': spec(['group', 'teacher'], ['school']),
  'mail.announcement_body': spec(['text', 'teacher'], ['group', 'school', 'name']),
  'mail.announce_queued': spec(['count']),
  'mail.announce_again': spec(),
  'mail.announce_no_contacts': spec(),
  'mail.announce_empty': spec(),
  'mail.contacts_list': spec(['entries']),
  'mail.contacts_entry': spec(['id', 'name', 'email']),
  'mail.contacts_none': spec(),
  'mail.contact_added': spec(['name', 'email']),
  'mail.contact_exists': spec(['name', 'email']),
  'mail.contact_removed': spec(['name']),
  'mail.contact_not_found': spec(['entry']),
  'mail.contacts_usage': spec(),
};
