import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { ConfigError } from '../../core/config-error.js';
import { type AppConfig, appConfigSchema } from './app-config.js';

/**
 * Reads and validates `defaults.yaml` from the configuration folder. Every problem is
 * reported at once with its path, so an operator fixes the file in one go.
 */
export function loadAppConfig(configDir: string): AppConfig {
  const path = join(configDir, 'defaults.yaml');
  const shown = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, shown);
  }
  return parseAppConfig(text, shown);
}

/** Parses and validates the text of a defaults file; exported for tests of broken files. */
export function parseAppConfig(text: string, file: string): AppConfig {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new ConfigError(`not valid YAML: ${(e as Error).message.split('\n')[0]}`, file);
  }
  const result = appConfigSchema.safeParse(doc);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new ConfigError(problems.join('; '), file);
}
