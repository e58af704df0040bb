import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../../core/config-error.js';

/**
 * Reads `<configDir>/<name>` and validates it against `schema`. Every configuration
 * file reports its problems the same way: all at once, each with its path, under the
 * file's name as the operator would type it, so it can be fixed in one go.
 */
export function loadYamlFile<S extends z.ZodType>(configDir: string, name: string, schema: S): z.output<S> {
  const path = join(configDir, name);
  const shown = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, shown);
  }
  return parseYamlFile(text, shown, schema);
}

/** The text of a configuration file, parsed and validated; `file` names it in errors. */
export function parseYamlFile<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S> {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new ConfigError(`not valid YAML: ${(e as Error).message.split('\n')[0]}`, file);
  }
  const result = schema.safeParse(doc);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new ConfigError(problems.join('; '), file);
}
