#!/usr/bin/env node
// The `klaswacht` command. tsx only strips types (esbuild), so start-up stays fast
// and there is no build step that could go stale.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
