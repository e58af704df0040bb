import { checkCommand } from './check-command.js';
import type { CliCommand } from './cli-command.js';
import { explainCommand } from './explain-command.js';
import { scanCommand } from './scan-command.js';

/** Every `klaswacht` subcommand, in the order `klaswacht help` lists them. */
export const COMMANDS: readonly CliCommand[] = [checkCommand, explainCommand, scanCommand];
