import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG_DIR } from '../../../src/app/paths.js';
import { loadTemplates, parseTemplateFile } from '../../../src/app/templates/load-templates.js';
import { createRenderer } from '../../../src/app/templates/renderer.js';
import { TEMPLATE_SPECS } from '../../../src/app/templates/template-spec.js';
import { ConfigError } from '../../../src/core/config-error.js';

const shipped = (lang: string) => readFileSync(join(DEFAULT_CONFIG_DIR, 'templates', `${lang}.yaml`), 'utf8');

describe('the shipped templates', () => {
  const templates = loadTemplates(DEFAULT_CONFIG_DIR);
  const t = createRenderer(templates).t;

  it('have every key in Dutch and English', () => {
    expect(Object.keys(templates.nl).sort()).toEqual(Object.keys(TEMPLATE_SPECS).sort());
    expect(Object.keys(templates.en).sort()).toEqual(Object.keys(TEMPLATE_SPECS).sort());
  });

  it.each(['nl', 'en'] as const)('%s: the helplines, the inspector and aangifte are spelled out', (lang) => {
    const support = t(lang, 'support.self_harm', { name: 'Sanne' });
    expect(support).toContain('0800-0113');
    expect(support).toContain('0800-0432');
    expect(t(lang, 'note.report_duty_inspector')).toContain('0900-1113111');
    expect(t(lang, 'note.police_report_possible')).toContain('aangifte');
  });

  it.each(['nl', 'en'] as const)('%s: no group reminder has a name placeholder', (lang) => {
    for (const key of Object.keys(TEMPLATE_SPECS).filter((k) => k.startsWith('group.'))) {
      expect(templates[lang][key], key).not.toMatch(/\{name\}|\{author\}/);
    }
  });
});

describe('a broken template file stops start-up, naming file and key', () => {
  const file = 'config/templates/nl.yaml';
  const edit = (from: string, to: string) => shipped('nl').replace(from, to);

  it.each([
    ['a missing key', edit('  profanity: grof taalgebruik\n', ''), 'key category.profanity: missing'],
    [
      'an unknown placeholder',
      edit(
        'Hallo {name}, je bericht in {group} kan iemand',
        'Hallo {nmae}, je bericht in {group} kan iemand',
      ),
      'key member.bullying: unknown placeholder {nmae}',
    ],
    [
      'a missing required placeholder',
      edit('Fragment: {excerpt}', 'Fragment: -'),
      'key alert.message: must use {excerpt}',
    ],
    ['a stray brace', edit('Melding #{id}:', 'Melding #{Id}:'), 'key alert.message: has a brace'],
    ['an unknown key', `${shipped('nl')}\nextra:\n  thing: hallo\n`, 'key extra.thing: not a template'],
    ['a list instead of text', edit('  low: laag', '  low: [laag]'), 'key severity.low: expected text'],
    ['broken YAML', `${shipped('nl')}\n  : : :\n`, 'not valid YAML'],
  ])('%s', (_what, text, message) => {
    let error: unknown;
    try {
      parseTemplateFile(text, file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain(message);
  });
});

describe('rendering', () => {
  const t = createRenderer(loadTemplates(DEFAULT_CONFIG_DIR)).t;

  it('fills placeholders in one pass: braces in a value are printed, not expanded', () => {
    const text = t('en', 'member.unknown', { name: '{group}' });
    expect(text).toContain('"{group}"');
  });

  it('refuses a missing required value and an unknown key (bugs, not texts)', () => {
    expect(() => t('nl', 'handle.done', { id: 3 })).toThrow(/needs \{status\}/);
    expect(() => t('nl', 'no.such.key')).toThrow(/does not exist/);
  });

  it('leaves out the empty lines of optional parts', () => {
    const text = t('nl', 'alert.message', {
      heading: 'H',
      id: 1,
      category: 'c',
      severity: 's',
      group: 'g',
      author: 'a',
      excerpt: 'e',
      why: 'w',
      advice: 'adv',
    });
    expect(text.endsWith('Wat het protocol voorstelt: adv')).toBe(true);
  });
});
