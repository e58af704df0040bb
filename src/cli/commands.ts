import { checkCommand } from './check-command.js';
import type { CliCommand } from './cli-command.js';
import { explainCommand } from './explain-command.js';
import { incidentsCommand } from './incidents-command.js';
import { purgeCommand } from './purge-command.js';
import { scanCommand } from './scan-command.js';
import { startCommand } from './start-command.js';

/** Every `klaswacht` subcommand, in the order `klaswacht help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  startCommand,
  checkCommand,
  explainCommand,
  scanCommand,
  incidentsCommand,
  purgeCommand,
];
