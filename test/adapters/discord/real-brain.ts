import { Brain } from '../../../src/app/brain.js';
import type { BrainDeps } from '../../../src/app/brain-deps.js';
import { loadAppConfig } from '../../../src/app/config/load-config.js';
import { createEngine, type Engine } from '../../../src/app/engine.js';
import { createMemoryLogger } from '../../../src/app/log.js';
import { DEFAULT_CONFIG_DIR } from '../../../src/app/paths.js';
import { loadTemplates } from '../../../src/app/templates/load-templates.js';
import { createRenderer } from '../../../src/app/templates/renderer.js';
import { maskPersonalData } from '../../../src/core/mask.js';
import { createMemoryStore } from '../../../src/store/memory/memory-store.js';
import { createPseudonymiser } from '../../../src/store/pseudonym.js';

let engine: Engine | undefined;

/**
 * The brain as `npm start` builds it (engine, configuration, templates, policy, commands)
 * on an in-memory store and the real clock: what adapters are tested against end to end.
 */
export function realBrain(): { brain: Brain; deps: BrainDeps; log: ReturnType<typeof createMemoryLogger> } {
  engine ??= createEngine({ configDir: DEFAULT_CONFIG_DIR });
  const log = createMemoryLogger();
  const deps: BrainDeps = {
    store: createMemoryStore(),
    engine,
    config: loadAppConfig(DEFAULT_CONFIG_DIR),
    renderer: createRenderer(loadTemplates(DEFAULT_CONFIG_DIR)),
    pseudonymise: createPseudonymiser('real-brain-test-secret-0123456789'),
    mask: maskPersonalData,
    clock: () => new Date(),
    log,
  };
  return { brain: new Brain(deps), deps, log };
}
