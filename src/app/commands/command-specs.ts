import type { CommandName } from '../../core/chat/chat-event.js';
import { allowCommand } from './allow-command.js';
import type { CommandHandler, CommandSpec } from './command-context.js';
import { consentCommand } from './consent-command.js';
import { exportCommand } from './export-command.js';
import { forgetCommand } from './forget-command.js';
import { handleCommand, incidentsCommand } from './incident-commands.js';
import { helpCommand, mailNotConfigured, rulesCommand, statusCommand } from './info-commands.js';
import { lessonsCommand } from './lessons-command.js';
import { roleCommand } from './role-command.js';
import { setupCommand } from './setup-command.js';
import { supervisorCommand } from './supervisor-command.js';

const spec = (
  name: CommandName,
  access: CommandSpec['access'],
  handler: CommandHandler,
  usage: string,
  options: { groupChatOnly?: boolean; needsGroup?: boolean } = {},
): CommandSpec => ({
  name,
  access,
  handler,
  usage,
  groupChatOnly: options.groupChatOnly ?? false,
  needsGroup: options.needsGroup ?? true,
});

/**
 * Every command, who may use it and where: the permission table the README prints.
 * `setup`, `supervisor` and `handle` check finer rights themselves (the admin who sets
 * up becomes the teacher; anyone holding a link code may present it; only the
 * incident's own group's staff may handle it).
 */
export const COMMAND_SPECS: Readonly<Record<CommandName, CommandSpec>> = {
  help: spec('help', 'everyone', helpCommand, '/help', { needsGroup: false }),
  rules: spec('rules', 'everyone', rulesCommand, '/rules'),
  status: spec('status', 'everyone', statusCommand, '/status'),
  setup: spec(
    'setup',
    'everyone',
    setupCommand,
    '/setup [ouders|leerlingen|medewerkers] [nl|en] [klasnaam]',
    {
      groupChatOnly: true,
      needsGroup: false,
    },
  ),
  supervisor: spec('supervisor', 'everyone', supervisorCommand, '/supervisor  |  /supervisor CODE', {
    needsGroup: false,
  }),
  consent: spec('consent', 'staff', consentCommand, '/consent [naam soort ...]'),
  role: spec('role', 'staff', roleCommand, '/role naam medewerker|ouder|leerling'),
  lessons: spec('lessons', 'staff', lessonsCommand, '/lessons [ma-vr 08:30-12:00 ...|uit|vrij minuten]'),
  allow: spec('allow', 'staff', allowCommand, '/allow [toevoegen|verwijderen nummer]'),
  incidents: spec('incidents', 'staff', incidentsCommand, '/incidents [alle]'),
  handle: spec('handle', 'everyone', handleCommand, '/handle nummer gezien|opgelost|vals|doorsturen', {
    needsGroup: false,
  }),
  export: spec('export', 'staff', exportCommand, '/export naam|groep'),
  forget: spec('forget', 'staff', forgetCommand, '/forget naam'),
  announce: spec('announce', 'staff', mailNotConfigured, '/announce tekst', { needsGroup: false }),
  contacts: spec('contacts', 'staff', mailNotConfigured, '/contacts', { needsGroup: false }),
};
