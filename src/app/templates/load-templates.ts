import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { LANGUAGES, type Language } from '../../core/categories.js';
import { ConfigError } from '../../core/config-error.js';
import { TEMPLATE_SPECS } from './template-spec.js';

/** Every text, flattened to dotted keys, per language. */
export type TemplateSet = Readonly<Record<Language, Readonly<Record<string, string>>>>;

const PLACEHOLDER = /\{([a-z_]+)\}/g;

/**
 * The templates of one file must be exactly the catalogue's keys, each using only its
 * allowed placeholders and all its required ones, with no stray brace left (a `{Name}`
 * that would print as is).
 */
const templateFileSchema = z.record(z.string(), z.string()).superRefine((flat, ctx) => {
  for (const key of Object.keys(TEMPLATE_SPECS)) {
    if (!(key in flat)) ctx.addIssue({ code: 'custom', path: [key], message: 'missing' });
  }
  for (const [key, text] of Object.entries(flat)) {
    const spec = TEMPLATE_SPECS[key];
    if (!spec) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'not a template the bot uses (typo?)' });
      continue;
    }
    const used = new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string));
    const allowed = new Set([...spec.required, ...spec.optional]);
    for (const name of used) {
      if (!allowed.has(name)) {
        const may = [...allowed].map((a) => `{${a}}`).join(', ') || 'none';
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `unknown placeholder {${name}} (allowed: ${may})`,
        });
      }
    }
    for (const name of spec.required) {
      if (!used.has(name)) ctx.addIssue({ code: 'custom', path: [key], message: `must use {${name}}` });
    }
    if (/[{}]/.test(text.replace(PLACEHOLDER, ''))) {
      ctx.addIssue({ code: 'custom', path: [key], message: 'has a brace that is not a {placeholder}' });
    }
    if (text.trim() === '') ctx.addIssue({ code: 'custom', path: [key], message: 'is empty' });
  }
});

/**
 * Reads `templates/nl.yaml` and `templates/en.yaml` from the configuration folder and
 * validates both; a broken template stops start-up with the file and key, so a
 * teacher never receives an alert with a hole in it.
 */
export function loadTemplates(configDir: string): TemplateSet {
  const result: Partial<Record<Language, Record<string, string>>> = {};
  for (const lang of LANGUAGES) {
    const path = join(configDir, 'templates', `${lang}.yaml`);
    const shown = relative(process.cwd(), path) || path;
    result[lang] = parseTemplateFile(readText(path, shown), shown);
  }
  return result as TemplateSet;
}

/** Parses and validates one template file's text; exported for tests of broken files. */
export function parseTemplateFile(text: string, file: string): Record<string, string> {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new ConfigError(`not valid YAML: ${(e as Error).message.split('\n')[0]}`, file);
  }
  const flat: Record<string, string> = {};
  flatten(doc, '', flat, file);
  const checked = templateFileSchema.safeParse(flat);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `key ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(problems.join('; '), file);
  }
  return checked.data;
}

function flatten(node: unknown, prefix: string, out: Record<string, string>, file: string): void {
  if (typeof node === 'string') {
    out[prefix] = node.replace(/\n+$/, '');
    return;
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    throw new ConfigError(`key ${prefix || '(root)'}: expected text or a map of texts`, file);
  }
  for (const [key, value] of Object.entries(node))
    flatten(value, prefix ? `${prefix}.${key}` : key, out, file);
}

function readText(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, shown);
  }
}
