import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AbuseModel } from '../core/detectors/model/abuse-model.js';
import { parseModelFile } from '../core/detectors/model/model-file.js';

/** The model file inside a configuration folder. */
export function modelPath(configDir: string): string {
  return join(configDir, 'model', 'abuse-model.json');
}

/**
 * Read the trained abuse model (`<config>/model/abuse-model.json`), like the lexicons:
 * the app reads, the core parses and checks. A malformed file stops start-up with its
 * path (ConfigError); a configuration folder without the file runs the rules alone
 * (`explain` lists the detectors, so that shows).
 */
export function loadModel(configDir: string): AbuseModel | undefined {
  const path = modelPath(configDir);
  if (!existsSync(path)) return undefined;
  const shown = relative(process.cwd(), path) || path;
  return parseModelFile(readFileSync(path, 'utf8'), shown);
}
