import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root, found from this file so commands work from any working directory. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Shipped configuration: operator defaults, lexicons, message templates. */
export const DEFAULT_CONFIG_DIR = resolve(PROJECT_ROOT, 'config');
