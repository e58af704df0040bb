/**
 * A start-up problem in configuration data (a lexicon line, a template, a settings
 * file). It names the file and, where there is one, the line, so an operator can fix
 * it without reading code; the bot refuses to start rather than run half-configured.
 */
export class ConfigError extends Error {
  readonly code = 'E_CONFIG';

  constructor(
    readonly problem: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'ConfigError';
  }
}
