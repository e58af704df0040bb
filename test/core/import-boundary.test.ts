import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = resolve(import.meta.dirname, '../../src/core');
/** Pure libraries the core may use: no I/O, no clock, no environment. */
const ALLOWED_PACKAGES = ['libphonenumber-js', 'ibantools', 'zod'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('the core stays pure (ARCHITECTURE: no I/O, no clock, no process.env)', () => {
  const files = sourceFiles(CORE);

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(CORE, f), f]))(
    '%s imports only the core and pure libraries',
    (_n, file) => {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const spec = (m[1] ?? m[2]) as string;
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          expect(relative(CORE, target).startsWith('..'), `${spec} leaves src/core`).toBe(false);
        } else {
          expect(ALLOWED_PACKAGES, `${spec} is not a pure library`).toContain(spec.split('/')[0]);
        }
      }
    },
  );

  it.each(files.map((f) => [relative(CORE, f), f]))(
    '%s reads no clock, environment or console',
    (_n, file) => {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code).not.toMatch(/process\.|Date\.now\(|new Date\(\)|console\.|Math\.random\(/);
    },
  );
});
