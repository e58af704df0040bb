import type { Language } from '../../core/categories.js';
import type { TemplateSet } from './load-templates.js';
import { TEMPLATE_SPECS } from './template-spec.js';

export type TemplateParams = Readonly<Record<string, string | number>>;

/** Renders the bot's texts in a group's language; the one way text reaches a member. */
export interface Renderer {
  /**
   * The template `key` in `lang` with `{placeholders}` filled in one pass, so a name or
   * excerpt containing braces is printed as is, never expanded. A missing required
   * parameter or an unknown key is a bug: it throws.
   */
  t(lang: Language, key: string, params?: TemplateParams): string;
}

export function createRenderer(templates: TemplateSet): Renderer {
  return {
    t(lang, key, params = {}) {
      const spec = TEMPLATE_SPECS[key];
      const text = templates[lang][key];
      if (!spec || text === undefined) throw new Error(`template "${key}" does not exist`);
      for (const name of spec.required) {
        if (params[name] === undefined) throw new Error(`template "${key}" needs {${name}}`);
      }
      return text
        .replace(/\{([a-z_]+)\}/g, (_m, name: string) => String(params[name] ?? ''))
        .replace(/[ \t]+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    },
  };
}
