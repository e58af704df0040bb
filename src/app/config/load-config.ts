import { type AppConfig, appConfigSchema } from './app-config.js';
import { loadYamlFile, parseYamlFile } from './yaml-file.js';

/**
 * Reads and validates `defaults.yaml` from the configuration folder. Every problem is
 * reported at once with its path, so an operator fixes the file in one go.
 */
export function loadAppConfig(configDir: string): AppConfig {
  return loadYamlFile(configDir, 'defaults.yaml', appConfigSchema);
}

/** Parses and validates the text of a defaults file; exported for tests of broken files. */
export function parseAppConfig(text: string, file: string): AppConfig {
  return parseYamlFile(text, file, appConfigSchema);
}
