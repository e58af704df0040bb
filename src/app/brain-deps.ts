import type { Language } from '../core/categories.js';
import type { Finding } from '../core/finding.js';
import type { Pseudonym } from '../store/pseudonym.js';
import type { Store } from '../store/store.js';
import type { AppConfig } from './config/app-config.js';
import type { Engine } from './engine.js';
import type { Logger } from './log.js';
import type { Renderer } from './templates/renderer.js';

/**
 * Replaces the personal-data spans of a text with placeholders (core/mask.ts): every
 * excerpt the bot stores or sends in an alert goes through it.
 */
export type MaskFn = (original: string, findings: readonly Finding[], lang: Language) => string;

/**
 * Everything the brain uses, constructed once by the composition root
 * (composition-root.ts) and passed down: nothing below it reads the environment,
 * opens files or looks at the clock on its own, so a test builds the same brain with
 * an in-memory store and a fixed clock.
 */
export interface BrainDeps {
  readonly store: Store;
  readonly engine: Pick<Engine, 'analyse'>;
  readonly config: AppConfig;
  readonly renderer: Renderer;
  readonly pseudonymise: (platform: string, userId: string) => Pseudonym;
  readonly mask: MaskFn;
  readonly clock: () => Date;
  readonly log: Logger;
}
